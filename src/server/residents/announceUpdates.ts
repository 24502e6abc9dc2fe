/**
 * Announcing project updates to followers exactly once (issue #7, point 1). An update is told
 * when it becomes public: at publication for an immediate one, when its `publish_at` passes for
 * one scheduled by staff (issue #4). Either way the row is claimed with
 * `UPDATE … SET notified_at WHERE notified_at IS NULL … RETURNING` in the same transaction that
 * queues the messages, so a restart, a second worker tick or a second server instance on the
 * same database finds nothing left to claim and nothing is sent twice.
 */
import { and, eq, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projects, updates } from '../../../db/schema.ts';
import { updateEvent, updateKey, type PublicationEvent } from '../../lib/publicationEvents.ts';
import type { Tx } from '../projects/writeRecord.ts';
import { notifyPublication } from './notify.ts';
import { projectTitles } from './projectTitles.ts';

const visible = (at: string) => or(isNull(updates.publishAt), lte(updates.publishAt, at));

/** Claims the project's public, not yet announced updates (inside the publish transaction). */
export async function claimVisibleUpdates(tx: Tx, projectId: number, now: Date): Promise<PublicationEvent[]> {
  const at = now.toISOString();
  const rows = await tx
    .update(updates)
    .set({ notifiedAt: at })
    .where(and(eq(updates.projectId, projectId), isNull(updates.notifiedAt), visible(at)))
    .returning();
  return rows.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.id - b.id).map(updateEvent);
}

/**
 * Run by the mail worker: every scheduled update of a published project whose time has come and
 * that nobody announced yet is claimed and announced, one transaction per project. Immediate
 * updates (no `publish_at`) are left to the publication, so rows written by the seed or an
 * importer are never announced as news. Returns how many updates were announced.
 */
export async function announceScheduledUpdates(db: Db, now: Date): Promise<number> {
  const at = now.toISOString();
  const due = and(isNull(updates.notifiedAt), isNotNull(updates.publishAt), lte(updates.publishAt, at));
  const pending = await db
    .selectDistinct({ projectId: updates.projectId })
    .from(updates)
    .innerJoin(projects, eq(projects.id, updates.projectId))
    .where(and(due, eq(projects.publication, 'published')));
  let announced = 0;
  for (const { projectId } of pending) {
    announced += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(updates)
        .set({ notifiedAt: at })
        .where(and(eq(updates.projectId, projectId), due, inArray(updates.projectId, tx.select({ id: projects.id }).from(projects).where(eq(projects.publication, 'published')))))
        .returning();
      if (claimed.length === 0) return 0; // another instance got there first
      const [p] = await tx.select({ id: projects.id, slug: projects.slug, nilId: projects.nilId, municipioId: projects.municipioId }).from(projects).where(eq(projects.id, projectId));
      const events = claimed.sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.id - b.id).map(updateEvent);
      await notifyPublication(tx, { ...p, titles: await projectTitles(tx, projectId) }, events, now);
      return claimed.length;
    });
  }
  return announced;
}

/**
 * Used by writeRecord, which rewrites the rows on every publication: each update's `notified_at`
 * by identity, so a pending schedule stays pending and a told update stays told. A row with no
 * schedule and no `notified_at` (the seed, an importer) counts as told at `at`.
 */
export async function announcedBefore(tx: Tx, projectId: number, at: string): Promise<Map<string, string | null>> {
  const rows = await tx.select({ publishedOn: updates.publishedOn, title: updates.title, publishAt: updates.publishAt, notifiedAt: updates.notifiedAt }).from(updates).where(eq(updates.projectId, projectId));
  return new Map(rows.map((r) => [updateKey(r), r.notifiedAt ?? (r.publishAt === null ? at : null)]));
}
