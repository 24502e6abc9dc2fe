/**
 * Creating a project and saving its draft (issue #4, points 4–6). Every save carries the
 * `version` it started from; `projects.version` is the project's one optimistic lock, bumped by
 * every save and every workflow step, so a stale save is refused and shown both versions.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectRevisions, projects } from '../../../db/schema.ts';
import { can, type Actor } from '../../lib/permissions.ts';
import type { FieldErrors, ProjectRecord } from '../../lib/projectSchema.ts';
import { mergeTranslations } from '../../lib/mergeTranslations.ts';
import { reasonErrors } from '../../lib/revisionDiff.ts';
import { audit, type AuditEntry } from '../audit.ts';
import { ProjectError } from './projectError.ts';
import { resolveArea } from './projectArea.ts';
import { editView } from './revisions.ts';
import { projectColumns } from './writeRecord.ts';

export interface StaffActor extends Actor {
  id: number;
  email: string;
}

export type SaveResult =
  | { ok: true; projectId: number; version: number }
  | { ok: false; errors: FieldErrors }
  | { ok: false; stale: { current: ProjectRecord; version: number } };

async function uniqueness(db: Db, record: ProjectRecord, projectId: number | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const other = (column: typeof projects.slug | typeof projects.cup, value: string) =>
    db.select({ id: projects.id }).from(projects).where(projectId === null ? eq(column, value) : and(eq(column, value), ne(projects.id, projectId))).limit(1);
  if ((await other(projects.slug, record.slug)).length) errors.slug = 'staff.error.slugTaken';
  if (record.cup && (await other(projects.cup, record.cup)).length) errors.cup = 'staff.error.cupTaken';
  return errors;
}

export async function createProject(db: Db, actor: StaffActor, record: ProjectRecord, ip: string | null): Promise<SaveResult> {
  const area = await resolveArea(db, record.lon, record.lat, record.nilId);
  if (!can(actor, 'project.create', area)) throw new ProjectError(actor.role === 'municipio_editor' ? 'staff.error.outsideMunicipio' : 'staff.error.forbidden', 403);
  const errors = await uniqueness(db, record, null);
  if (Object.keys(errors).length) return { ok: false, errors };
  const projectId = await db.transaction(async (tx) => {
    const [row] = await tx.insert(projects).values({ ...projectColumns(record, area), publication: 'draft', version: 1 }).returning({ id: projects.id });
    await tx.insert(projectRevisions).values({ projectId: row.id, state: 'draft', snapshot: record as unknown as Record<string, unknown>, authorId: actor.id });
    await audit(tx, { actor, action: 'project_create', targetType: 'project', targetId: row.id, ip, detail: { slug: record.slug } });
    return row.id;
  });
  return { ok: true, projectId, version: 1 };
}

/**
 * Saves `submitted` as the project's draft. Editors save everything; translators only the
 * non-Italian texts (merged into the current record). Starting from a published project opens
 * a new draft revision; the public copy is untouched until publication.
 */
export async function saveDraft(db: Db, actor: StaffActor, projectId: number, baseVersion: number, submitted: ProjectRecord, ip: string | null, also?: Pick<AuditEntry, 'action' | 'detail'>): Promise<SaveResult> {
  const view = await editView(db, projectId);
  if (!view) throw new ProjectError('staff.error.notFound', 404);
  const scope = { municipioId: view.project.municipioId };
  const fullEdit = can(actor, 'project.edit', scope);
  if (!fullEdit && !can(actor, 'project.translate', scope)) throw new ProjectError('staff.error.forbidden', 403);
  if (view.open?.state === 'in_review') throw new ProjectError('staff.error.inReview', 409);
  if (view.project.version !== baseVersion) return { ok: false, stale: { current: view.record, version: view.project.version } };

  const record = fullEdit ? submitted : mergeTranslations(view.record, submitted);
  const area = await resolveArea(db, record.lon, record.lat, record.nilId);
  // A Municipio editor may not move a project out of their Municipio (nor in from another).
  if (fullEdit && !can(actor, 'project.edit', area)) throw new ProjectError('staff.error.outsideMunicipio', 403);
  const errors = { ...reasonErrors(view.published, record), ...(await uniqueness(db, record, projectId)) };
  if (Object.keys(errors).length) return { ok: false, errors };

  const unpublished = view.project.publication === 'draft' || view.project.publication === 'in_review';
  const version = await db.transaction(async (tx) => {
    const bumped = await tx
      .update(projects)
      .set({ version: sql`${projects.version} + 1`, ...(unpublished ? projectColumns(record, area) : {}) })
      .where(and(eq(projects.id, projectId), eq(projects.version, baseVersion)))
      .returning({ version: projects.version });
    if (bumped.length === 0) return null; // someone saved in between
    const snapshot = record as unknown as Record<string, unknown>;
    if (view.open) await tx.update(projectRevisions).set({ snapshot, authorId: actor.id, updatedAt: new Date().toISOString() }).where(eq(projectRevisions.id, view.open.id));
    else await tx.insert(projectRevisions).values({ projectId, state: 'draft', snapshot, authorId: actor.id });
    await audit(tx, { actor, action: 'project_edit', targetType: 'project', targetId: projectId, ip, detail: { version: bumped[0].version, translationsOnly: !fullEdit } });
    // What the edit was for (a photo upload), in the same transaction as the edit.
    if (also) await audit(tx, { actor, targetType: 'project', targetId: projectId, ip, ...also });
    return bumped[0].version;
  });
  if (version === null) {
    const fresh = await editView(db, projectId);
    return { ok: false, stale: { current: fresh!.record, version: fresh!.project.version } };
  }
  return { ok: true, projectId, version };
}
