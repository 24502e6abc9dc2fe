/** The staff form's values for a stored record (the first render of the edit page); the inverse of `projectFromForm`. */
import type { ProjectRecord } from './projectSchema.ts';
import type { FormValues } from './projectForm.ts';
import { isoToRomeLocal } from './romeTime.ts';

export function recordToForm(record: ProjectRecord): FormValues {
  const v: FormValues = {};
  const put = (k: string, x: unknown) => {
    if (x === null || x === undefined) return;
    v[k] = typeof x === 'boolean' ? (x ? 'on' : '') : String(x);
  };
  const putLoc = (k: string, x: Record<string, string | undefined> | null | undefined) => {
    for (const [l, s] of Object.entries(x ?? {})) put(`${k}.${l}`, s);
  };
  const euro = (c: number | null) => (c === null ? null : String(c / 100));
  for (const k of ['slug', 'cup', 'parentId', 'category', 'status', 'progress', 'lat', 'lon', 'geometry', 'nilId', 'responsibleOffice', 'contractor', 'contactName', 'contactEmail', 'contactPhone', 'startBaseline', 'startCurrent', 'endBaseline', 'endCurrent'] as const)
    put(k, record[k]);
  put('lastVerifiedAt', record.lastVerifiedAt?.slice(0, 10)); // the form's date input shows the day
  put('budgetBaselineCents', euro(record.budgetBaselineCents));
  put('budgetCurrentCents', euro(record.budgetCurrentCents));
  for (const [f, r] of Object.entries(record.reasons)) putLoc(`reasons.${f}`, r);
  for (const [l, t] of Object.entries(record.translations)) for (const [k, s] of Object.entries(t)) put(`translations.${l}.${k}`, s);
  record.funding.forEach((f, i) => {
    for (const [k, x] of Object.entries(f)) put(`funding.${i}.${k}`, k === 'amountCents' ? euro(x as number) : x);
  });
  record.milestones.forEach((m, i) => {
    putLoc(`milestones.${i}.title`, m.title);
    put(`milestones.${i}.plannedOn`, m.plannedOn);
    put(`milestones.${i}.actualOn`, m.actualOn);
    put(`milestones.${i}.done`, m.done);
  });
  record.updates.forEach((u, i) => {
    put(`updates.${i}.publishedOn`, u.publishedOn);
    put(`updates.${i}.publishAt`, u.publishAt ? isoToRomeLocal(u.publishAt) : null);
    putLoc(`updates.${i}.title`, u.title);
    putLoc(`updates.${i}.body`, u.body);
  });
  record.media.forEach((m, i) => {
    for (const k of ['file', 'credit', 'takenOn', 'phase'] as const) put(`media.${i}.${k}`, m[k]);
    putLoc(`media.${i}.alt`, m.alt);
    putLoc(`media.${i}.caption`, m.caption);
  });
  return v;
}
