/**
 * The one invalidation of public output (issue #9, point 1). Every write that changes what the
 * public sees calls `projectCacheTags` for the project as it was and as it is, then
 * `invalidateTags` inside its transaction, and `purgeAfterCommit` once it committed.
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { bumpCacheTags } from '../../../db/cacheVersions.ts';
import { nil, projects } from '../../../db/schema.ts';
import { projectTags } from '../../lib/cacheTags.ts';
import { purgeFront } from './purgeFront.ts';


/** The tags of a project's public output: its pages, its Municipio's and NIL's, every list. */
export async function projectCacheTags(tx: Db | Tx, projectId: number): Promise<string[]> {
  const [row] = await tx
    .select({ slug: projects.slug, municipioId: projects.municipioId, nilSlug: nil.slug })
    .from(projects)
    .leftJoin(nil, eq(nil.id, projects.nilId))
    .where(eq(projects.id, projectId));
  return row ? projectTags(row) : [];
}

/** Bumps the tags in the caller's transaction: every instance's cache sees it at commit. */
export async function invalidateTags(tx: Db | Tx, tags: readonly string[]): Promise<readonly string[]> {
  await bumpCacheTags(tx, tags);
  return tags;
}

/** Tells the front cache, after the commit (a purge before it could refetch the old page). */
export function purgeAfterCommit(tags: readonly string[]): void {
  // Never fails the write: a front cache that is down keeps the page at most s-maxage.
  void purgeFront(tags).catch((error) => console.error(JSON.stringify({ t: new Date().toISOString(), purge: 'failed', error: String(error) })));
}
