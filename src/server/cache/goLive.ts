/**
 * Scheduled project updates (issue #4) become public at their `publish_at` with no write to
 * bump a tag (issue #9). Each instance knows the next such instant (read again whenever the tag
 * versions move, i.e. after any publish); once it has passed, the first request bumps the tags
 * of the projects whose updates went live, in the database, so every instance and the front
 * cache drop those pages as a publish would.
 */
import { and, eq, gt, lte, min } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { nil, projects, updates } from '../../../db/schema.ts';
import { projectTags } from '../../lib/cacheTags.ts';
import { invalidateTags, purgeAfterCommit } from './invalidate.ts';

let since = new Date().toISOString();
let next: string | null | undefined;
let readAt = -1;

/** Returns true when it bumped tags (the caller then syncs again). */
export async function goLive(db: Db, version: number): Promise<boolean> {
  const now = new Date().toISOString();
  if (version !== readAt || next === undefined) {
    const [row] = await db.select({ at: min(updates.publishAt) }).from(updates).where(gt(updates.publishAt, since));
    next = row?.at ?? null;
    readAt = version;
  }
  if (next === null || next > now) return false;
  const from = since;
  since = now;
  next = undefined;
  const stale = await db.transaction(async (tx) => {
    const due = await tx
      .selectDistinct({ slug: projects.slug, municipioId: projects.municipioId, nilSlug: nil.slug })
      .from(updates)
      .innerJoin(projects, and(eq(projects.id, updates.projectId), eq(projects.publication, 'published')))
      .leftJoin(nil, eq(nil.id, projects.nilId))
      .where(and(gt(updates.publishAt, from), lte(updates.publishAt, now)));
    return due.length ? invalidateTags(tx, due.flatMap(projectTags)) : [];
  });
  purgeAfterCommit(stale);
  return stale.length > 0;
}
