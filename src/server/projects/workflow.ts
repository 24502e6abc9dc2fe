/**
 * Draft → in review → published → archived (issue #4, point 5). Publishing copies the revision
 * into the public tables in one transaction; the public keeps reading `projects` with
 * publication = 'published' and never sees a draft.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectRevisions, projects } from '../../../db/schema.ts';
import { can, type Operation } from '../../lib/permissions.ts';
import { projectRecordSchema } from '../../lib/projectSchema.ts';
import { reasonErrors } from '../../lib/revisionDiff.ts';
import { returnNoteSchema } from '../../lib/returnNote.ts';
import { todayIso } from '../../lib/dates.ts';
import { audit, type AuditAction } from '../audit.ts';
import { ProjectError } from './projectError.ts';
import { resolveArea } from './projectArea.ts';
import { editView } from './revisions.ts';
import type { StaffActor } from './saveDraft.ts';
import { projectColumns, writeRecord, type Tx } from './writeRecord.ts';
import { publicationEvents } from '../../lib/publicationEvents.ts';
import { notifyPublication } from '../residents/notify.ts';
import { claimVisibleUpdates } from '../residents/announceUpdates.ts';
import { invalidateTags, projectCacheTags, purgeAfterCommit } from '../cache/invalidate.ts';
import { queueStepNotices } from './staffNotices.ts';

export const transitions = ['submit', 'return', 'publish', 'archive', 'delete'] as const;
export type Transition = (typeof transitions)[number];

const rules: Record<Transition, { operation: Operation; action: AuditAction }> = {
  submit: { operation: 'project.submit', action: 'project_submit' },
  return: { operation: 'project.review', action: 'project_return' },
  publish: { operation: 'project.publish', action: 'project_publish' },
  archive: { operation: 'project.archive', action: 'project_archive' },
  delete: { operation: 'project.delete', action: 'project_delete' },
};

/**
 * Steps that cannot be taken back with one click (delete is for good; archive takes the project
 * off the public site at once): the button leads to a page that asks first, and the Action
 * refuses them without that page's `confirmed` field.
 */
export const confirmedSteps: readonly Transition[] = ['archive', 'delete'];

type View = NonNullable<Awaited<ReturnType<typeof editView>>>;

/** The steps the project's state allows, before asking who may take them. */
function possibleSteps(view: View): Record<Transition, boolean> {
  const state = view.open?.state ?? null;
  return {
    submit: state === 'draft',
    return: state === 'in_review',
    publish: state === 'in_review',
    archive: view.project.publication === 'published',
    // A published record is public money's history: it is archived, never deleted.
    delete: view.published === null,
  };
}

/** Why this person may not take `step` now, as an i18n key; null when they may. */
export function stepProblem(actor: StaffActor, view: View, step: Transition): 'staff.error.forbidden' | 'staff.error.wrongState' | null {
  if (!can(actor, rules[step].operation, { municipioId: view.project.municipioId })) return 'staff.error.forbidden';
  return possibleSteps(view)[step] ? null : 'staff.error.wrongState';
}

/** The steps this person may take now: the workflow panel's buttons. */
export function allowedSteps(actor: StaffActor, view: View): Record<Transition, boolean> {
  return Object.fromEntries(transitions.map((step) => [step, stepProblem(actor, view, step) === null])) as Record<Transition, boolean>;
}

export interface StepContext {
  ip: string | null;
  /** The site's address, for the links in staff notices (staffNotices.ts). */
  baseUrl: string;
  /** Sending back needs one (src/lib/returnNote.ts): it goes into the audit log and the authors' mail. */
  note?: string;
}

/** Applies a workflow step; refuses when the state does not allow it or the page was stale. */
export async function transition(db: Db, actor: StaffActor, projectId: number, baseVersion: number, step: Transition, { ip, baseUrl, note }: StepContext) {
  const view = await editView(db, projectId);
  if (!view) throw new ProjectError('staff.error.notFound', 404);
  const { operation, action } = rules[step];
  if (!can(actor, operation, { municipioId: view.project.municipioId })) throw new ProjectError('staff.error.forbidden', 403);
  if (view.project.version !== baseVersion) throw new ProjectError('staff.error.stale', 409);
  if (!possibleSteps(view)[step]) throw new ProjectError('staff.error.wrongState', 409);
  if (step === 'return' && !returnNoteSchema.safeParse(note).success) throw new ProjectError('staff.workflow.noteRequired', 400);
  const now = new Date().toISOString();
  // Only publish and archive change what the public sees (issue #9): drafts and reviews do not.
  const isPublic = step === 'publish' || step === 'archive';

  const stale = await db.transaction(async (tx) => {
    const before = isPublic ? await projectCacheTags(tx, projectId) : [];
    const bump = async (set: Partial<typeof projects.$inferInsert> = {}) => {
      const done = await tx
        .update(projects)
        .set({ ...set, version: sql`${projects.version} + 1` })
        .where(and(eq(projects.id, projectId), eq(projects.version, baseVersion)))
        .returning({ id: projects.id });
      if (done.length === 0) throw new ProjectError('staff.error.stale', 409);
    };
    if (step === 'delete') {
      await audit(tx, { actor, action, targetType: 'project', targetId: projectId, ip, detail: { slug: view.project.slug } });
      await tx.delete(projects).where(eq(projects.id, projectId));
      return [];
    }
    if (step === 'submit' || step === 'return') {
      const next = step === 'submit' ? 'in_review' : 'draft';
      await tx.update(projectRevisions).set({ state: next, updatedAt: now }).where(eq(projectRevisions.id, view.open!.id));
      await bump(view.published ? {} : { publication: next });
    } else if (step === 'archive') {
      await bump({ publication: 'archived', updatedAt: now });
    } else {
      await publishRevision(tx, view, now);
      await bump({ publication: 'published', updatedAt: now, publishedAt: view.project.publishedAt ?? now });
    }
    const revision = view.open?.id ?? null;
    await audit(tx, { actor, action, targetType: 'project', targetId: projectId, ip, detail: step === 'return' ? { revision, note } : { revision } });
    await queueStepNotices(tx, view, step, actor.id, { note, baseUrl });
    // The project as it was (old slug, old areas) and as it is now.
    return isPublic ? invalidateTags(tx, [...before, ...(await projectCacheTags(tx, projectId))]) : [];
  });
  purgeAfterCommit(stale);
}

async function publishRevision(tx: Tx, view: View, now: string) {
  const parsed = projectRecordSchema.safeParse(view.record);
  if (!parsed.success || Object.keys(reasonErrors(view.published, parsed.data)).length) throw new ProjectError('staff.error.invalidRevision', 400);
  const record = parsed.data;
  const projectId = view.project.id;
  const area = await resolveArea(tx, record.lon, record.lat, record.nilId);
  const [before] = await tx.select({ id: projectRevisions.id }).from(projectRevisions).where(and(eq(projectRevisions.projectId, projectId), eq(projectRevisions.state, 'published')));
  if (!before && view.published) {
    // Published before revisions existed (seed, import): keep that version as history's starting point.
    await tx.insert(projectRevisions).values({ projectId, state: 'superseded', snapshot: view.published as unknown as Record<string, unknown>, createdAt: view.project.publishedAt ?? view.project.createdAt, publishedAt: view.project.publishedAt ?? view.project.createdAt });
  }
  await tx.update(projectRevisions).set({ state: 'superseded' }).where(and(eq(projectRevisions.projectId, projectId), eq(projectRevisions.state, 'published')));
  await tx.update(projectRevisions).set({ state: 'published', publishedAt: now, updatedAt: now }).where(eq(projectRevisions.id, view.open!.id));
  // Reasons belong to the publication that made the change; the row keeps the record as published.
  await tx.update(projects).set({ ...projectColumns(record, area), updatedAt: now }).where(eq(projects.id, projectId));
  await writeRecord(tx, projectId, record, view.published, todayIso(new Date(now)), now);
  // Residents following the project, its NIL or its Municipio (issue #7): same transaction.
  // Updates scheduled for later are claimed by the mail worker when their time comes.
  const titles = Object.fromEntries(Object.entries(record.translations).map(([l, x]) => [l, x.title]));
  const changes = publicationEvents(view.published, record);
  const updatesNow = await claimVisibleUpdates(tx, projectId, new Date(now));
  const events = [...changes.filter((e) => e.kind === 'status'), ...updatesNow, ...changes.filter((e) => e.kind !== 'status')];
  await notifyPublication(tx, { id: projectId, slug: record.slug, titles, ...area }, events, new Date(now));
}
