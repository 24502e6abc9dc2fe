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
import { importMessage, type ImportMessage, type ImportMessageParams } from './import/importMessage.ts';
import type { ProjectRecord } from './projectRecord.ts';
import { categories, fundingSources, statuses } from './vocabulary.ts';

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const absentAsUndefined = (v: unknown) => (blank(v) ? undefined : typeof v === 'string' ? v.trim() : v);

/**
 * Zod error messages are import messages (src/lib/import/importMessage.ts) as JSON, so the
 * CLI and the import screen can say them in the staff language; checkProjectRecord() unpacks them.
 */
const m = (code: string, params?: ImportMessageParams) => JSON.stringify({ code, params });

/** Zod error text that tells an absent value from a wrong one. */
const required = (wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? m('required') : wrong);

const HTML_TAG = /<\/?[a-z!][^>]*>|<!--/i;
// A text that a spreadsheet would run: =…, @…, or +/- followed by something other than a number.
const FORMULA = /^(?:[=@]|[+-]\s*[^\d\s.,])/;

/** Free text: trimmed, no HTML tags, nothing that starts like a spreadsheet formula. */
export const plainText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? unguardCell(v).trim() : v),
    z
      .string({ error: required(m('notText')) })
      .max(max, { error: m('tooLong', { max }) })
      .refine((s) => !HTML_TAG.test(s), { error: m('html') })
      .refine((s) => !FORMULA.test(s), { error: m('formula') }),
  );

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(absentAsUndefined, schema.optional());

/** A number written with a decimal point or, as Italian spreadsheets do, a decimal comma. */
const decimal = z.preprocess(
  (v) => {
    if (blank(v)) return undefined;
    const text = typeof v === 'string' ? v.trim() : v;
    return typeof text === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
  },
  z.number({ error: required(m('notNumber')) }),
);

const euros = decimal.pipe(
  z
    .number()
    .min(0, { error: m('negative') })
    .max(100_000_000_000, { error: m('amountTooLarge') })
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: m('decimals') }),
);

const isoDate = z.string().refine(isIsoDate, { error: m('notDate') });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(absentAsUndefined, z.enum(values, { error: required(m('oneOf', { values: values.join(', ') })) }));

const integer = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
    z.int({ error: required(m('wholeNumber', { min, max })) }).min(min, { error: m('atLeast', { min }) }).max(max, { error: m('atMost', { max }) }),
  );

const typedNumbers = (value: unknown, keys: string[]) =>
  typeof value === 'object' && value !== null && keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'number');

export const projectRecordSchema = z
  .strictObject({
    cup: optional(
      z.string().transform(normalizeCup).refine(isCup, { error: m('cupInvalid') }),
    ).describe('Codice Unico di Progetto'),
    slug: optional(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: m('slugInvalid') }).max(120, { error: m('tooLong', { max: 120 }) }))
      .describe('URL name; made from title_it when empty'),
    title_it: plainText(200).pipe(z.string().min(3, { error: m('titleShort') })),
    title_en: optional(plainText(200)),
    summary_it: optional(plainText(1000)),
    summary_en: optional(plainText(1000)),
    category: oneOf(categories),
    status: oneOf(statuses),
    municipio: optional(integer(1, 9)),
    nil: optional(integer(1, 999)),
    lat: decimal.pipe(z.number().min(-90, { error: m('atLeast', { min: -90 }) }).max(90, { error: m('atMost', { max: 90 }) })),
    lon: decimal.pipe(z.number().min(-180, { error: m('atLeast', { min: -180 }) }).max(180, { error: m('atMost', { max: 180 }) })),
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
      return m(insideMilan(lat, lon) ? 'outsideMilanSwapped' : 'outsideMilan', { lat, lon });
    },
    when: (payload) => typedNumbers(payload.value, ['lat', 'lon']),
  })
  .refine((r) => !r.start_date || !r.end_date || r.end_date >= r.start_date, {
    path: ['end_date'],
    error: m('endBeforeStart'),
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

/** The import message a Zod issue carries; anything unforeseen is the generic "invalid". */
function unpack(issue: z.core.$ZodIssue): { code: string; params?: ImportMessageParams } {
  if (issue.code === 'unrecognized_keys') return { code: 'unknownColumns', params: { columns: issue.keys.join(', ') } };
  try {
    const packed = JSON.parse(issue.message) as { code?: unknown; params?: ImportMessageParams };
    if (typeof packed.code === 'string') return { code: packed.code, params: packed.params };
  } catch {
    // Not one of ours (a Zod default): fall through.
  }
  return { code: 'invalid' };
}

/**
 * Validates one row; problems come back as import messages naming the column and the value
 * found, one per column at most.
 * @example checkProjectRecord({ title_it: 'Parco', … }) // { ok: true, record } or { ok: false, problems: [{ code: 'cupInvalid', column: 'cup', value: '"B41"' }] }
 */
export function checkProjectRecord(raw: Record<string, unknown>):
  | { ok: true; record: ProjectRecord }
  | { ok: false; problems: ImportMessage[] } {
  const parsed = projectRecordSchema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  const problems = new Map<string, ImportMessage>();
  for (const issue of parsed.error.issues) {
    const column = issue.path.length ? String(issue.path[0]) : 'row';
    const value = column in raw && !blank(raw[column]) ? JSON.stringify(raw[column]).slice(0, 60) : undefined;
    const { code, params } = unpack(issue);
    if (!problems.has(column)) problems.set(column, importMessage(code, params, column, value));
  }
  return { ok: false, problems: [...problems.values()] };
}
