/**
 * Reading a project's revisions: the open one (draft or in review, at most one), the published
 * record, and what the edit page starts from.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectRevisions, projects, users } from '../../../db/schema.ts';
import type { ProjectRecord } from '../../lib/projectSchema.ts';
import { recordFromTables } from './recordFromTables.ts';
import type { Tx } from './writeRecord.ts';

export async function openRevision(db: Db | Tx, projectId: number) {
  const [row] = await db
    .select()
    .from(projectRevisions)
    .where(and(eq(projectRevisions.projectId, projectId), inArray(projectRevisions.state, ['draft', 'in_review'])))
    .orderBy(desc(projectRevisions.id))
    .limit(1);
  return row ? { ...row, record: row.snapshot as unknown as ProjectRecord } : null;
}

/** What the public sees now (null when the project was never published). */
export async function publishedRecord(db: Db, projectId: number): Promise<ProjectRecord | null> {
  const [project] = await db.select({ publication: projects.publication }).from(projects).where(eq(projects.id, projectId));
  if (!project || (project.publication !== 'published' && project.publication !== 'archived')) return null;
  const [row] = await db
    .select({ snapshot: projectRevisions.snapshot })
    .from(projectRevisions)
    .where(and(eq(projectRevisions.projectId, projectId), eq(projectRevisions.state, 'published')))
    .orderBy(desc(projectRevisions.id))
    .limit(1);
  return row ? (row.snapshot as unknown as ProjectRecord) : recordFromTables(db, projectId);
}

/** Everything the staff edit page needs about one project. */
export async function editView(db: Db, projectId: number) {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!project) return null;
  const open = await openRevision(db, projectId);
  const published = await publishedRecord(db, projectId);
  // A new draft starts from the published record without its reasons: each change needs its own.
  // A draft with no revision yet (created by the bulk import) starts from its own rows.
  const record = open?.record ?? (published ? { ...published, reasons: {} } : await recordFromTables(db, projectId));
  if (!record) return null;
  const author = open?.authorId
    ? (await db.select({ email: users.email }).from(users).where(eq(users.id, open.authorId)))[0]?.email ?? null
    : null;
  return { project, open: open ? { id: open.id, state: open.state, updatedAt: open.updatedAt, author } : null, published, record };
}

export type EditView = NonNullable<Awaited<ReturnType<typeof editView>>>;
