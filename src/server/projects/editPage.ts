/**
 * Everything the staff edit page shows, in one call: the record or what was typed, the
 * stale-save comparison, what this person may change, the workflow buttons and the revisions.
 */
import type { Db } from '../../../db/client.ts';
import { can } from '../../lib/permissions.ts';
import type { FormValues } from '../../lib/projectForm.ts';
import { formPrint, parsePrint } from '../../lib/mergeForms.ts';
import { recordToForm } from '../../lib/recordToForm.ts';
import type { FieldErrors, ProjectRecord } from '../../lib/projectSchema.ts';
import { diffRecords, trackedSource } from '../../lib/revisionDiff.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { listRevisions } from './history.ts';
import { editView } from './revisions.ts';
import { formOptions } from './staffLists.ts';
import { worksProgress } from '../programmeProgress.ts';
import { nilMismatch } from './nilMismatch.ts';
import { allowedSteps } from './workflow.ts';
import { lastReturn } from './lastReturn.ts';

/** What the last save returned, when the page answers a refused one. */
export type SaveOutcome =
  | { ok: false; errors: FieldErrors; values: FormValues }
  | { ok: false; stale: { current: ProjectRecord; version: number }; values: FormValues; yours: ProjectRecord; conflicts?: string[] | null }
  | undefined;

export async function editPage(db: Db, user: SessionUser, projectId: number, outcome: SaveOutcome) {
  const view = await editView(db, projectId);
  if (!view) return null;
  const scope = { municipioId: view.project.municipioId };
  const inReview = view.open?.state === 'in_review';
  const editable = inReview ? 'none' : can(user, 'project.edit', scope) ? 'all' : can(user, 'project.translate', scope) ? 'translations' : 'none';
  const stale = outcome && 'stale' in outcome ? outcome.stale : null;
  const values = outcome ? outcome.values : recordToForm(view.record);
  return {
    view,
    editable: editable as 'none' | 'translations' | 'all',
    values,
    errors: outcome && 'errors' in outcome ? outcome.errors : {},
    // A stale save shows the typed values merged with the other save, at the current version.
    version: stale ? stale.version : view.project.version,
    // What the form's values were loaded from: the current record after a stale save, the print
    // the refused form was sent with after invalid input, else the record shown.
    base: stale ? formPrint(recordToForm(stale.current)) : (outcome && parsePrint(outcome.values.base)) ?? formPrint(recordToForm(view.record)),
    staleChanges: stale && outcome && 'yours' in outcome ? diffRecords(stale.current, outcome.yours) : null,
    conflicts: outcome && 'conflicts' in outcome ? (outcome.conflicts ?? null) : null,
    steps: allowedSteps(user, view),
    // The browser checks the reason rule against these before sending (issue #4, point 4).
    published: view.published ? trackedSource(view.published) : null,
    revisions: await listRevisions(db, projectId),
    options: await formOptions(db, projectId),
    // A programme with published works shows theirs, not the number in its progress field.
    worksProgress: await worksProgress(db, projectId),
    // The NIL chosen here is replaced at publication by the point's: say so (nilMismatch.ts).
    nilMismatch: await nilMismatch(db, values),
    title: view.record.translations.it?.title ?? view.project.slug,
    // A draft a publisher sent back: when, by whom and what they asked to change.
    sentBack: view.open?.state === 'draft' ? await lastReturn(db, projectId, view.open.id) : null,
  };
}
