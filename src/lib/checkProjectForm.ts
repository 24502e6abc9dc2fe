/**
 * One check of the staff project form, run by the Action on the server and by the enhanced form
 * in the browser (issue #4, point 4): THE schema (projectSchema.ts) plus the rule that a moved
 * current budget, date or status carries a reason, so every error, the missing reason included,
 * shows on the first submit. Errors are keyed by the form's field names. Pure.
 */
import { formErrors, projectFromForm, type FormValues } from './projectForm.ts';
import { validateProject, type FieldErrors, type ProjectRecord } from './projectSchema.ts';
import { reasonErrors, type TrackedSource } from './revisionDiff.ts';

export type FormCheck = { ok: true; record: ProjectRecord } | { ok: false; errors: FieldErrors };

/**
 * @param published the tracked values the public sees now (null for a never-published project)
 * @example checkProjectForm({ slug: '' }, ['it'], null) // { ok: false, errors: { slug: 'staff.error.slug', … } }
 */
export function checkProjectForm(values: FormValues, locales: readonly string[], published: TrackedSource | null): FormCheck {
  const { candidate, rowOf } = projectFromForm(values, locales);
  const checked = validateProject(candidate);
  const errors = { ...reasonErrors(published, candidate), ...(checked.ok ? {} : checked.errors) };
  if (checked.ok && Object.keys(errors).length === 0) return { ok: true, record: checked.record };
  return { ok: false, errors: formErrors(errors, rowOf) };
}
