/**
 * Everything the staff edit page shows, in one call: the record or what was typed, the
 * stale-save comparison, what this person may change, the workflow buttons and the revisions.
 */
import type { Db } from '../../../db/client.ts';
import { can } from '../../lib/permissions.ts';
import type { FormValues } from '../../lib/projectForm.ts';
import { recordToForm } from '../../lib/recordToForm.ts';
import type { FieldErrors, ProjectRecord } from '../../lib/projectSchema.ts';
import { diffRecords, trackedSource } from '../../lib/revisionDiff.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { listRevisions } from './history.ts';
import { editView } from './revisions.ts';
import { formOptions } from './staffLists.ts';
import { worksProgress } from '../programmeProgress.ts';

/** What the last save returned, when the page answers a refused one. */
export type SaveOutcome =
  | { ok: false; errors: FieldErrors; values: FormValues }
  | { ok: false; stale: { current: ProjectRecord; version: number }; values: FormValues; yours: ProjectRecord }
  | undefined;

export async function editPage(db: Db, user: SessionUser, projectId: number, outcome: SaveOutcome) {
  const view = await editView(db, projectId);
  if (!view) return null;
  const scope = { municipioId: view.project.municipioId };
  const inReview = view.open?.state === 'in_review';
  const editable = inReview ? 'none' : can(user, 'project.edit', scope) ? 'all' : can(user, 'project.translate', scope) ? 'translations' : 'none';
  const stale = outcome && 'stale' in outcome ? outcome.stale : null;
  const state = view.open?.state ?? null;
  const steps = {
    submit: state === 'draft' && can(user, 'project.submit', scope),
    return: state === 'in_review' && can(user, 'project.review', scope),
    publish: state === 'in_review' && can(user, 'project.publish', scope),
    archive: view.project.publication === 'published' && can(user, 'project.archive', scope),
    delete: view.published === null && can(user, 'project.delete', scope),
  };
  return {
    view,
    editable: editable as 'none' | 'translations' | 'all',
    values: outcome ? outcome.values : recordToForm(view.record),
    errors: outcome && 'errors' in outcome ? outcome.errors : {},
    // A stale save keeps the typed values and takes the current version: saving again is a choice.
    version: stale ? stale.version : view.project.version,
    staleChanges: stale && outcome && 'yours' in outcome ? diffRecords(stale.current, outcome.yours) : null,
    steps,
    // The browser checks the reason rule against these before sending (issue #4, point 4).
    published: view.published ? trackedSource(view.published) : null,
    revisions: await listRevisions(db, projectId),
    options: await formOptions(db, projectId),
    // A programme with published works shows theirs, not the number in its progress field.
    worksProgress: await worksProgress(db, projectId),
    title: view.record.translations.it?.title ?? view.project.slug,
  };
}
