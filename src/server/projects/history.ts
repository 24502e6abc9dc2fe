/**
 * A project's history (issue #4, point 7): every published revision is kept; the public page
 * lists what changed at each publication (status, dates, budget, funding) with its reasons, and
 * staff compare any two revisions field by field.
 */
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectRevisions, users } from '../../../db/schema.ts';
import type { ProjectRecord } from '../../lib/projectSchema.ts';
import { diffRecords, historyEntries } from '../../lib/revisionDiff.ts';

/** Public: one entry per publication, oldest first, with the tracked changes it made. */
export async function publicHistory(db: Db, projectId: number) {
  const rows = await db
    .select({ id: projectRevisions.id, publishedAt: projectRevisions.publishedAt, snapshot: projectRevisions.snapshot })
    .from(projectRevisions)
    .where(and(eq(projectRevisions.projectId, projectId), inArray(projectRevisions.state, ['published', 'superseded']), isNotNull(projectRevisions.publishedAt)))
    .orderBy(asc(projectRevisions.publishedAt), asc(projectRevisions.id));
  return rows.map((row, i) => ({
    publishedAt: row.publishedAt!,
    first: i === 0,
    entries: historyEntries(i === 0 ? null : (rows[i - 1].snapshot as unknown as ProjectRecord), row.snapshot as unknown as ProjectRecord),
  }));
}

export type PublicHistory = Awaited<ReturnType<typeof publicHistory>>;

/** Staff: every revision of a project, newest first. */
export async function listRevisions(db: Db, projectId: number) {
  return db
    .select({ id: projectRevisions.id, state: projectRevisions.state, createdAt: projectRevisions.createdAt, updatedAt: projectRevisions.updatedAt, publishedAt: projectRevisions.publishedAt, author: users.email })
    .from(projectRevisions)
    .leftJoin(users, eq(users.id, projectRevisions.authorId))
    .where(eq(projectRevisions.projectId, projectId))
    .orderBy(asc(projectRevisions.id))
    .then((rows) => rows.reverse());
}

/** Staff: the differences between two revisions of the same project, or null if one is missing. */
export async function compareRevisions(db: Db, projectId: number, a: number, b: number) {
  const rows = await db
    .select({ id: projectRevisions.id, snapshot: projectRevisions.snapshot })
    .from(projectRevisions)
    .where(and(eq(projectRevisions.projectId, projectId), inArray(projectRevisions.id, [a, b])));
  const ra = rows.find((r) => r.id === a);
  const rb = rows.find((r) => r.id === b);
  if (!ra || !rb) return null;
  return diffRecords(ra.snapshot as unknown as ProjectRecord, rb.snapshot as unknown as ProjectRecord);
}
