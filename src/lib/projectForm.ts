/**
 * The staff project form ↔ the project record. Form fields are named after the record's paths
 * (`funding.0.amountCents`, `translations.en.title`), so an error from `validateProject` lands
 * next to its field, and a re-render from the submitted values loses nothing typed (issue #4).
 * Money is typed in euros, stored in cents. Pure: used by the Action and by the page.
 */
import type { FieldErrors, ProjectRecordInput } from './projectSchema.ts';
import { trackedFields } from './vocabulary.ts';
import { romeLocalToIso } from './romeTime.ts';
import { formRows } from './formRows.ts';

export type FormValues = Record<string, string>;

/** Every text entry of a form (files are ignored). */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') values[key] = value;
  return values;
}

const rowFields = {
  funding: ['source', 'line', 'amountCents', 'validFrom', 'validTo', 'note'],
  milestones: ['title.*', 'plannedOn', 'actualOn', 'done'],
  updates: ['publishedOn', 'publishAt', 'title.*', 'body.*'],
  media: ['file', 'alt.*', 'caption.*', 'credit', 'takenOn', 'phase'],
} as const;
type RowKind = keyof typeof rowFields;

/**
 * Builds the candidate record from form values. Rows left blank or ticked "remove" are dropped;
 * `rowOf` maps the candidate's row numbers back to the form's, for placing errors.
 */
export function projectFromForm(values: FormValues, locales: readonly string[]) {
  const str = (k: string) => (values[k] ?? '').trim() || null;
  const num = (k: string) => (str(k) === null ? null : Number(str(k)!.replace(',', '.')));
  const int = (k: string) => (str(k) === null ? null : Number(str(k)));
  const euros = (k: string) => (num(k) === null ? null : Math.round(num(k)! * 100));
  const loc = (k: string) => Object.fromEntries(locales.map((l) => [l, (values[`${k}.${l}`] ?? '').trim()]));
  const rowOf: Record<RowKind, number[]> = { funding: [], milestones: [], updates: [], media: [] };
  const rows = (kind: RowKind) =>
    formRows(values, kind).filter((i) => {
      if (values[`${kind}.${i}.remove`]) return false;
      const filled = Object.entries(values).some(([k, v]) => k.startsWith(`${kind}.${i}.`) && !k.endsWith('.done') && !k.endsWith('.source') && !k.endsWith('.phase') && v.trim() !== '');
      if (filled) rowOf[kind].push(i);
      return filled;
    });
  const reasons = Object.fromEntries(
    trackedFields.map((f) => [f, loc(`reasons.${f}`)] as const).filter(([, r]) => Object.values(r).some((s) => s !== '')),
  );
  const candidate: ProjectRecordInput = {
    slug: (values.slug ?? '').trim(),
    cup: str('cup')?.replace(/\s+/g, '').toUpperCase() ?? null,
    parentId: int('parentId'),
    category: (values.category ?? '') as ProjectRecordInput['category'],
    status: (values.status ?? '') as ProjectRecordInput['status'],
    progress: int('progress') ?? 0,
    // Blank stays null so THE schema can say "required" rather than "write a number".
    lat: num('lat') as number,
    lon: num('lon') as number,
    geometry: str('geometry'),
    nilId: int('nilId'),
    responsibleOffice: str('responsibleOffice'),
    contractor: str('contractor'),
    contactName: str('contactName'),
    contactEmail: str('contactEmail'),
    contactPhone: str('contactPhone'),
    budgetBaselineCents: euros('budgetBaselineCents'),
    budgetCurrentCents: euros('budgetCurrentCents'),
    startBaseline: str('startBaseline'),
    startCurrent: str('startCurrent'),
    endBaseline: str('endBaseline'),
    endCurrent: str('endCurrent'),
    lastVerifiedAt: str('lastVerifiedAt'),
    reasons,
    translations: Object.fromEntries(
      locales
        .map((l) => [l, { title: values[`translations.${l}.title`] ?? '', summary: values[`translations.${l}.summary`] ?? '', body: values[`translations.${l}.body`] ?? '' }] as const)
        .filter(([l, t]) => l === 'it' || t.title.trim() || t.summary.trim() || t.body.trim()),
    ),
    funding: rows('funding').map((i) => ({
      source: (values[`funding.${i}.source`] ?? '') as 'comune',
      line: str(`funding.${i}.line`),
      amountCents: euros(`funding.${i}.amountCents`) as number,
      validFrom: str(`funding.${i}.validFrom`),
      validTo: str(`funding.${i}.validTo`),
      note: str(`funding.${i}.note`),
    })),
    milestones: rows('milestones').map((i) => ({
      title: loc(`milestones.${i}.title`) as { it: string },
      plannedOn: (values[`milestones.${i}.plannedOn`] ?? '').trim(),
      actualOn: str(`milestones.${i}.actualOn`),
      done: Boolean(values[`milestones.${i}.done`]),
    })),
    updates: rows('updates').map((i) => ({
      publishedOn: (values[`updates.${i}.publishedOn`] ?? '').trim(),
      publishAt: str(`updates.${i}.publishAt`) === null ? null : romeLocalToIso(str(`updates.${i}.publishAt`)!),
      title: loc(`updates.${i}.title`) as { it: string },
      body: loc(`updates.${i}.body`) as { it: string },
    })),
    media: rows('media').map((i) => ({
      file: values[`media.${i}.file`] ?? '',
      alt: loc(`media.${i}.alt`) as { it: string },
      caption: Object.values(loc(`media.${i}.caption`)).some((x) => x !== '') ? (loc(`media.${i}.caption`) as { it: string }) : null,
      credit: str(`media.${i}.credit`),
      takenOn: str(`media.${i}.takenOn`),
      phase: (values[`media.${i}.phase`] ?? 'during') as 'during',
    })),
  };
  return { candidate, rowOf };
}

/** Moves errors from candidate row numbers to the form's row numbers. */
export function formErrors(errors: FieldErrors, rowOf: Record<string, number[]>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, key] of Object.entries(errors)) {
    const m = path.match(/^(funding|milestones|updates|media)\.(\d+)(\..*)?$/);
    out[m ? `${m[1]}.${rowOf[m[1]]?.[Number(m[2])] ?? m[2]}${m[3] ?? ''}` : path] = key;
  }
  return out;
}
