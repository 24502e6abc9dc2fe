/**
 * THE row schema of a project record (issue #6): the importer validates every CSV row and
 * GeoJSON feature with it, and the staff forms reuse it. Cells arrive as text (CSV, form data)
 * or as JSON values (GeoJSON); an empty cell is an absent value.
 */
import { z } from 'astro/zod';
import { unguardCell } from './csvCell.ts';
import { isCup, normalizeCup } from './cup.ts';
import { isIsoDate } from './dates.ts';
import { insideMilan } from './geo.ts';
import { eurosToCents } from './money.ts';
import type { ProjectRecord } from './projectRecord.ts';
import { categories, fundingSources, statuses } from './vocabulary.ts';

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const absentAsUndefined = (v: unknown) => (blank(v) ? undefined : typeof v === 'string' ? v.trim() : v);

/** Zod error text that tells an absent value from a wrong one. */
const required = (wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : wrong);

const HTML_TAG = /<\/?[a-z!][^>]*>|<!--/i;
// A text that a spreadsheet would run: =…, @…, or +/- followed by something other than a number.
const FORMULA = /^(?:[=@]|[+-]\s*[^\d\s.,])/;

/** Free text: trimmed, no HTML tags, nothing that starts like a spreadsheet formula. */
export const plainText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? unguardCell(v).trim() : v),
    z
      .string({ error: required('must be text') })
      .max(max, { error: `is longer than ${max} characters` })
      .refine((s) => !HTML_TAG.test(s), { error: 'contains HTML tags, which are not allowed' })
      .refine((s) => !FORMULA.test(s), { error: 'starts like a spreadsheet formula (=, +, -, @), which is not allowed' }),
  );

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(absentAsUndefined, schema.optional());

/** A number written with a decimal point or, as Italian spreadsheets do, a decimal comma. */
const decimal = z.preprocess(
  (v) => {
    if (blank(v)) return undefined;
    const text = typeof v === 'string' ? v.trim() : v;
    return typeof text === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
  },
  z.number({ error: required('is not a number (write it without thousands separators, e.g. 1250000,50)') }),
);

const euros = decimal.pipe(
  z
    .number()
    .min(0, { error: 'cannot be negative' })
    .max(100_000_000_000, { error: 'is too large' })
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: 'has more than 2 decimals' }),
);

const isoDate = z.string().refine(isIsoDate, { error: 'is not a date written as YYYY-MM-DD' });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(absentAsUndefined, z.enum(values, { error: required(`must be one of: ${values.join(', ')}`) }));

const integer = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
    z.int({ error: required(`must be a whole number from ${min} to ${max}`) }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }),
  );

const typedNumbers = (value: unknown, keys: string[]) =>
  typeof value === 'object' && value !== null && keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'number');

export const projectRecordSchema = z
  .strictObject({
    cup: optional(
      z.string().transform(normalizeCup).refine(isCup, { error: 'is not a valid CUP (15 characters: a letter, 2 digits, 12 letters or digits)' }),
    ).describe('Codice Unico di Progetto'),
    slug: optional(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'may only have lowercase letters, digits and single hyphens' }).max(120))
      .describe('URL name; made from title_it when empty'),
    title_it: plainText(200).pipe(z.string().min(3, { error: 'is required (at least 3 characters)' })),
    title_en: optional(plainText(200)),
    summary_it: optional(plainText(1000)),
    summary_en: optional(plainText(1000)),
    category: oneOf(categories),
    status: oneOf(statuses),
    municipio: optional(integer(1, 9)),
    nil: optional(integer(1, 999)),
    lat: decimal.pipe(z.number().min(-90).max(90)),
    lon: decimal.pipe(z.number().min(-180).max(180)),
    budget_eur: optional(euros),
    budget_baseline_eur: optional(euros),
    funding_source: optional(oneOf(fundingSources)),
    start_date: optional(isoDate),
    start_baseline: optional(isoDate),
    end_date: optional(isoDate),
    end_baseline: optional(isoDate),
    progress: z.preprocess((v) => (blank(v) ? 0 : v), integer(0, 100)),
    // Written by the exports for readers; accepted and ignored so an export imports back.
    url: z.unknown().optional(),
    updated_at: z.unknown().optional(),
  })
  // `when` lets these run even when another column failed, so a person sees every problem at once.
  .refine((r) => insideMilan(r.lon, r.lat), {
    path: ['lat'],
    error: (issue) => {
      const { lat, lon } = issue.input as { lat: number; lon: number };
      const hint = insideMilan(lat, lon) ? ' (latitude and longitude swapped?)' : '';
      return `position ${lat}, ${lon} is outside Milan${hint}`;
    },
    when: (payload) => typedNumbers(payload.value, ['lat', 'lon']),
  })
  .refine((r) => !r.start_date || !r.end_date || r.end_date >= r.start_date, {
    path: ['end_date'],
    error: 'is before start_date',
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'start_date' || i.path?.[0] === 'end_date'),
  })
  .transform(
    (r): ProjectRecord => ({
      cup: r.cup ?? null,
      slug: r.slug ?? '',
      titleIt: r.title_it,
      titleEn: r.title_en ?? null,
      summaryIt: r.summary_it ?? '',
      summaryEn: r.summary_en ?? null,
      category: r.category,
      status: r.status,
      municipio: r.municipio ?? null,
      nil: r.nil ?? null,
      lat: r.lat,
      lon: r.lon,
      budgetCents: r.budget_eur === undefined ? null : eurosToCents(r.budget_eur),
      budgetBaselineCents: r.budget_baseline_eur === undefined ? null : eurosToCents(r.budget_baseline_eur),
      fundingSource: r.funding_source ?? null,
      startDate: r.start_date ?? null,
      startBaseline: r.start_baseline ?? null,
      endDate: r.end_date ?? null,
      endBaseline: r.end_baseline ?? null,
      progress: r.progress,
    }),
  );

/**
 * Validates one row; problems come back as `column: message`, one per column at most.
 * @example checkProjectRecord({ title_it: 'Parco', … }) // { ok: true, record } or { ok: false, problems: ['cup: is not a valid CUP …'] }
 */
export function checkProjectRecord(raw: Record<string, unknown>):
  | { ok: true; record: ProjectRecord }
  | { ok: false; problems: string[] } {
  const parsed = projectRecordSchema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const problems = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const column = issue.path.length ? String(issue.path[0]) : 'row';
    const value = column in raw && !blank(raw[column]) ? ` (${JSON.stringify(raw[column]).slice(0, 60)})` : '';
    const message = issue.code === 'unrecognized_keys' ? `unknown column(s) ${issue.keys.join(', ')}` : issue.message;
    if (!problems.has(column)) problems.set(column, `${column}${value}: ${message}`);
  }
  return { ok: false, problems: [...problems.values()] };
}
