/**
 * What changed between two versions of a project's record: for the stale-save view ("yours vs
 * current"), the staff comparison of any two revisions, the public history, and the rule that a
 * change of current budget, dates or status carries a reason (issue #4, points 6 and 7).
 */
import type { FieldErrors, ProjectRecord } from './projectSchema.ts';
import { trackedFields, type TrackedField } from './vocabulary.ts';

const trackedKey: Record<TrackedField, 'budgetCurrentCents' | 'startCurrent' | 'endCurrent' | 'status'> = {
  budget: 'budgetCurrentCents',
  start: 'startCurrent',
  end: 'endCurrent',
  status: 'status',
};

/**
 * The tracked values of a record, or of a form's candidate that has not passed validation yet:
 * the reason rule is checked on the first submit with every other error (issue #4), on the
 * server and in the browser alike.
 */
export interface TrackedSource {
  budgetCurrentCents?: number | null;
  startCurrent?: string | null;
  endCurrent?: string | null;
  status?: string | null;
}

/** @example trackedValue(record, 'budget') // '125000000' */
export function trackedValue(record: TrackedSource, field: TrackedField): string | null {
  const value = record[trackedKey[field]];
  return value === null || value === undefined ? null : String(value);
}

/** Just the tracked values, e.g. of the published record, for the browser's copy of the rule. */
export function trackedSource(record: ProjectRecord): TrackedSource {
  return { budgetCurrentCents: record.budgetCurrentCents, startCurrent: record.startCurrent, endCurrent: record.endCurrent, status: record.status };
}

/** Every tracked field whose current value moved since the published record, each needing a reason. */
export function changedTracked(previous: TrackedSource | null, next: TrackedSource): TrackedField[] {
  if (!previous) return [];
  // A number still being typed wrong has its own error; it is not yet a change needing a reason.
  const unreadable = (f: TrackedField) => Number.isNaN(next[trackedKey[f]]);
  return trackedFields.filter((f) => !unreadable(f) && trackedValue(previous, f) !== trackedValue(next, f));
}

/** @example reasonErrors(published, draft) // { 'reasons.end.it': 'staff.error.reasonRequired' } */
export function reasonErrors(previous: TrackedSource | null, next: TrackedSource & { reasons?: Partial<Record<TrackedField, { it?: string } | null | undefined>> }): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of changedTracked(previous, next)) if (!next.reasons?.[f]?.it?.trim()) errors[`reasons.${f}.it`] = 'staff.error.reasonRequired';
  return errors;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A value as a person reads it: a row's filled values joined, not its JSON. */
const show = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'string'
      ? v
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.values(v).map(show).filter((x) => x !== '' && x !== 'false').join(' · ')
        : JSON.stringify(v);

/**
 * Field-by-field differences, arrays and localized texts flattened so a changed funding row
 * or English title is named precisely.
 * @example diffRecords(a, { ...a, progress: 40 }) // [{ field: 'progress', before: '30', after: '40' }]
 */
export function diffRecords(a: ProjectRecord, b: ProjectRecord): FieldChange[] {
  const flat = (r: ProjectRecord) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) {
      if (Array.isArray(v)) v.forEach((row, i) => (out[`${k}.${i}`] = show(row)));
      else if (k === 'translations' && v && typeof v === 'object')
        // Each language's title, summary and text on a line of its own.
        for (const [language, text] of Object.entries(v)) for (const [part, x] of Object.entries(text ?? {})) out[`${k}.${language}.${part}`] = show(x);
      else if (v && typeof v === 'object') for (const [sub, x] of Object.entries(v)) out[`${k}.${sub}`] = show(x);
      else out[k] = show(v);
    }
    return out;
  };
  const fa = flat(a);
  const fb = flat(b);
  const keys = [...new Set([...Object.keys(fa), ...Object.keys(fb)])];
  return keys.filter((k) => (fa[k] ?? '') !== (fb[k] ?? '')).map((k) => ({ field: k, before: fa[k] ?? '', after: fb[k] ?? '' }));
}

export interface HistoryEntry {
  field: TrackedField | 'funding';
  before: string | null;
  after: string | null;
  reason: Record<string, string> | null;
}

/** What the public history shows of one publication: status, dates, budget and funding, with reasons. */
export function historyEntries(previous: ProjectRecord | null, next: ProjectRecord): HistoryEntry[] {
  if (!previous) return [];
  const entries: HistoryEntry[] = changedTracked(previous, next).map((f) => ({
    field: f,
    before: trackedValue(previous, f),
    after: trackedValue(next, f),
    reason: (next.reasons[f] as Record<string, string> | undefined) ?? null,
  }));
  const total = (r: ProjectRecord) => r.funding.filter((f) => !f.validTo).reduce((s, f) => s + f.amountCents, 0);
  if (JSON.stringify(previous.funding) !== JSON.stringify(next.funding))
    entries.push({ field: 'funding', before: String(total(previous)), after: String(total(next)), reason: null });
  return entries;
}
