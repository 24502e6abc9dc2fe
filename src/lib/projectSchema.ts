/**
 * THE schema of a project's editable record (issue #4, STYLE.md habit 4): the staff form, the
 * Actions, the revision snapshots and the importers all validate with it. Error messages are
 * `src/i18n` keys, so the form shows them in the staff member's language.
 */
import { z } from 'astro/zod';
import { isCup } from './cup.ts';
import { isIsoDate } from './dates.ts';
import { tooLong } from './errorKey.ts';
import { insideMilan } from './geo.ts';
import { shapeProblem } from './shapeProblem.ts';
import { categories, fundingSources, mediaPhases, statuses, trackedFields } from './vocabulary.ts';

/**
 * A number the form must have: a blank field says "required", not "write a number" (the form
 * hands a blank number in as null, projectForm.ts).
 */
const requiredNumber = (issue: { input?: unknown }) => (issue.input === null || issue.input === undefined ? 'staff.error.required' : 'staff.error.number');

const text = (max: number) => z.string({ error: 'staff.error.required' }).trim().max(max, tooLong(max));
const requiredText = (max: number) => text(max).min(1, { error: 'staff.error.required' });
const optionalText = (max: number) => text(max).nullable();
const date = z.string().refine(isIsoDate, { error: 'staff.error.date' });
const optionalDate = date.nullable();
const cents = z.int({ error: requiredNumber }).min(0, { error: 'staff.error.range' }).max(1e14, { error: 'staff.error.range' });
const localeCode = z.string().regex(/^[a-z]{2}$/);

/** `{ it: …, en: … }`: Italian required, other locales optional (empty means "not translated"). */
const localized = (max: number) =>
  z.object({ it: requiredText(max) }).catchall(text(max)).transform((v) => Object.fromEntries(Object.entries(v).filter(([, s]) => s !== '')) as { it: string } & Record<string, string>);
const optionalLocalized = (max: number) =>
  z.object({ it: text(max) }).catchall(text(max)).transform((v) => Object.fromEntries(Object.entries(v).filter(([l, s]) => l === 'it' || s !== '')) as { it: string } & Record<string, string>);

const geometry = z
  .string()
  .max(200_000, tooLong(200_000))
  .refine((s) => shapeProblem(s) !== 'invalid', { error: 'staff.error.geometry', abort: true })
  .refine((s) => shapeProblem(s) === null, { error: 'staff.error.geometryOutside' })
  .nullable();

export const translationSchema = z.object({ title: text(200), summary: text(600), body: text(20_000) });

export const fundingRowSchema = z.object({
  source: z.enum(fundingSources, { error: 'staff.error.required' }),
  line: optionalText(100),
  amountCents: cents,
  validFrom: optionalDate,
  validTo: optionalDate,
  note: optionalText(300),
});

export const milestoneSchema = z.object({
  title: localized(200),
  plannedOn: date,
  actualOn: optionalDate,
  done: z.boolean(),
});

export const updateSchema = z.object({
  publishedOn: date,
  // Scheduled publication: an instant (`YYYY-MM-DDTHH:MM`, Europe/Rome as typed, stored as UTC ISO).
  publishAt: z.iso.datetime({ error: 'staff.error.datetime' }).nullable(),
  title: localized(200),
  body: localized(10_000),
});

export const mediaSchema = z.object({
  // Only our own stored photos or the demo placeholders, never a URL from outside.
  file: z.string().regex(/^\/(media\/[a-f0-9]{32}|images\/demo\/[a-z0-9-]+\.svg)$/, { error: 'staff.error.file' }),
  alt: localized(300),
  caption: optionalLocalized(300).nullable(),
  credit: optionalText(120),
  takenOn: optionalDate,
  phase: z.enum(mediaPhases),
});

export const projectRecordSchema = z
  .object({
    slug: z.string().min(1, { error: 'staff.error.required', abort: true }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'staff.error.slug' }).max(120, tooLong(120)),
    cup: z.string().refine(isCup, { error: 'staff.error.cup' }).nullable(),
    parentId: z.int({ error: 'staff.error.number' }).positive().nullable(),
    category: z.enum(categories, { error: 'staff.error.required' }),
    status: z.enum(statuses, { error: 'staff.error.required' }),
    progress: z.int({ error: 'staff.error.number' }).min(0, { error: 'staff.error.range' }).max(100, { error: 'staff.error.range' }),
    // Both required: every project is a point on the map (db/schema.ts: not null).
    lat: z.number({ error: requiredNumber }),
    lon: z.number({ error: requiredNumber }),
    geometry,
    nilId: z.int({ error: 'staff.error.number' }).min(1).max(999).nullable(),
    responsibleOffice: optionalText(200),
    contractor: optionalText(200),
    contactName: optionalText(120),
    contactEmail: z.email({ error: 'staff.error.email' }).max(200).nullable(),
    contactPhone: z.string().regex(/^\+?[0-9 ()./-]{6,20}$/, { error: 'staff.error.phone' }).nullable(),
    budgetBaselineCents: cents.nullable(),
    budgetCurrentCents: cents.nullable(),
    startBaseline: optionalDate,
    startCurrent: optionalDate,
    endBaseline: optionalDate,
    endCurrent: optionalDate,
    // A day typed in the form, or the instant of a "verified today" click (the seed stores instants).
    lastVerifiedAt: z.union([date, z.iso.datetime({ error: 'staff.error.date' })], { error: 'staff.error.date' }).nullable(),
    /** Why a tracked current value changed in this revision, shown publicly once published. */
    reasons: z.partialRecord(z.enum(trackedFields), optionalLocalized(500)),
    translations: z.record(localeCode, translationSchema).refine((t) => Boolean(t.it?.title), {
      error: 'staff.error.required',
      path: ['it', 'title'],
    }),
    funding: z.array(fundingRowSchema).max(50),
    milestones: z.array(milestoneSchema).max(100),
    updates: z.array(updateSchema).max(200),
    media: z.array(mediaSchema).max(100),
  });

/**
 * Rules across fields, checked even when other fields are wrong so that every problem is shown
 * at once (Zod skips an object's refinements when a field already failed).
 */
function crossFieldErrors(p: Partial<Record<string, unknown>>): FieldErrors {
  const errors: FieldErrors = {};
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const day = (v: unknown) => (typeof v === 'string' && isIsoDate(v) ? v : null);
  const lat = num(p.lat);
  const lon = num(p.lon);
  if (lat !== null && lon !== null && !insideMilan(lon, lat)) errors.lat = 'staff.error.insideMilan';
  for (const [start, end] of [['startCurrent', 'endCurrent'], ['startBaseline', 'endBaseline']] as const) {
    const a = day(p[start]);
    const b = day(p[end]);
    if (a && b && b < a) errors[end] = 'staff.error.endBeforeStart';
  }
  // A funding line's validity, the same way.
  (Array.isArray(p.funding) ? p.funding : []).forEach((row: { validFrom?: unknown; validTo?: unknown } | null, i) => {
    const a = day(row?.validFrom);
    const b = day(row?.validTo);
    if (a && b && b < a) errors[`funding.${i}.validTo`] = 'staff.error.endBeforeStart';
  });
  return errors;
}

/** A project's editable record as stored in a revision snapshot. */
export type ProjectRecord = z.output<typeof projectRecordSchema>;
/** The same before validation (what a form or an importer hands in). */
export type ProjectRecordInput = z.input<typeof projectRecordSchema>;

/** Field errors keyed by dotted path (`funding.0.amountCents`), values are i18n keys. */
export type FieldErrors = Record<string, string>;

/** @example validateProject(candidate) // { ok: false, errors: { 'translations.it.title': 'staff.error.required' } } */
export function validateProject(candidate: unknown): { ok: true; record: ProjectRecord } | { ok: false; errors: FieldErrors } {
  const parsed = projectRecordSchema.safeParse(candidate);
  const errors: FieldErrors = crossFieldErrors((candidate ?? {}) as Record<string, unknown>);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, record: parsed.data };
  if (parsed.success) return { ok: false, errors };
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message.startsWith('staff.error.') ? issue.message : 'staff.error.invalid';
  }
  return { ok: false, errors };
}
