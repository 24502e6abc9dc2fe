/**
 * The open-data API's contract (issue #6): query parameters and response bodies as Zod schemas.
 * The OpenAPI document is generated from them (openApiDocument.ts) and the contract tests
 * check every answer against that document. Field names are snake_case and stable: add
 * fields, never rename or remove them within /api/v1.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales.ts';
import { categories, fundingSources, residentStatuses, statuses, trackedFields } from '../../lib/vocabulary.ts';

export const MAX_PER_PAGE = 100;

export const localeParam = z.enum(localeCodes as [string, ...string[]]).default('it')
  .describe('Language of the texts; a text not yet translated comes in Italian, and `text_locale` says so');
export const perPageParam = z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(20).describe(`Items per page, 1–${MAX_PER_PAGE}`);

const date = z.iso.date().nullable();
const euros = z.number().nonnegative().nullable().describe('Euro (not cents)');
const changeValues = 'budget: euros (not cents), as budget_eur; start, end: ISO dates; status: a status key';
const textLocale = z.string().describe('Language the text is actually in: the requested one, or `it` when not yet translated');

export const projectSummarySchema = z.strictObject({
  slug: z.string().describe('Stable identifier, also in the page address'),
  url: z.url().describe('The public page'),
  api_url: z.url(),
  cup: z.string().nullable().describe('Codice Unico di Progetto'),
  title: z.string(),
  summary: z.string(),
  text_locale: textLocale,
  category: z.enum(categories),
  status: z.enum(statuses).describe('Official procedural status'),
  resident_status: z.enum(residentStatuses).describe('Plain-language status shown to residents'),
  progress: z.int().min(0).max(100).describe('Per cent; a programme’s is derived from its works'),
  municipio: z.int().nullable(),
  nil: z.int().nullable().describe('NIL number (ID_NIL)'),
  nil_name: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  budget_eur: euros.describe('Current budget in euro'),
  budget_baseline_eur: euros.describe('Budget first approved, in euro'),
  start_date: date,
  start_baseline: date,
  end_date: date,
  end_baseline: date,
  updated_at: z.string().describe('ISO 8601 instant of the last edit'),
});

const page = z.strictObject({
  page: z.int(),
  per_page: z.int(),
  total: z.int(),
  pages: z.int(),
  locale: z.string(),
});
const links = z.strictObject({ self: z.url(), next: z.url().nullable(), prev: z.url().nullable() });

export const projectListSchema = z.strictObject({
  data: z.array(projectSummarySchema),
  meta: page,
  links: links.extend({ csv: z.url(), geojson: z.url() }),
});

const localized = { text_locale: textLocale };

export const projectDetailSchema = z.strictObject({
  data: projectSummarySchema.extend({
    body: z.string().describe('Markdown'),
    parent: z.string().nullable().describe('Slug of the programme this project belongs to'),
    children: z.array(z.string()).describe('Slugs of the works of this programme'),
    responsible_office: z.string().nullable(),
    contractor: z.string().nullable(),
    last_verified_at: z.string().nullable(),
    geometry: z.record(z.string(), z.unknown()).nullable().describe('GeoJSON geometry beyond the point, if any'),
    funding: z.array(z.strictObject({
      source: z.enum(fundingSources),
      line: z.string().nullable(),
      amount_eur: z.number(),
      valid_from: date,
      valid_to: date,
    })),
    milestones: z.array(z.strictObject({ title: z.string(), ...localized, planned_on: z.iso.date(), actual_on: date, done: z.boolean() })),
    changes: z.array(z.strictObject({
      field: z.enum(trackedFields),
      from: z.string().nullable().describe(changeValues),
      to: z.string().describe(changeValues),
      reason: z.string(),
      ...localized,
      changed_on: z.iso.date(),
    })).describe('Why a current value differs from its baseline, oldest first'),
  }),
});

export const municipiListSchema = z.strictObject({
  data: z.array(z.strictObject({ id: z.int().min(1).max(9), name: z.string(), projects: z.int(), url: z.url(), projects_url: z.url() })),
});

export const nilListSchema = z.strictObject({
  data: z.array(z.strictObject({
    id: z.int(), name: z.string(), slug: z.string(), municipio: z.int(), projects: z.int(), url: z.url(), projects_url: z.url(),
  })),
});

export const milestonesQuerySchema = z.object({
  project: z.string().max(120).optional().describe('Slug of one project'),
  municipio: z.coerce.number().int().min(1).max(9).optional(),
  nil: z.coerce.number().int().min(1).max(999).optional(),
  from: z.iso.date().optional().describe('Planned on or after this day'),
  to: z.iso.date().optional().describe('Planned on or before this day'),
  done: z.enum(['true', 'false']).optional().describe('Only reached (`true`) or only pending (`false`) milestones'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  per_page: perPageParam,
  locale: localeParam,
});
export type MilestonesQuery = z.infer<typeof milestonesQuerySchema>;

export const milestoneListSchema = z.strictObject({
  data: z.array(z.strictObject({
    id: z.int(),
    project: z.string(),
    project_title: z.string(),
    project_url: z.url(),
    title: z.string(),
    ...localized,
    planned_on: z.iso.date(),
    actual_on: date,
    done: z.boolean(),
  })),
  meta: page,
  links,
});

/** `/api/v1/locate`'s query: a point in WGS 84 degrees. */
export const pointQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90).describe('Latitude, WGS 84 degrees'),
  lon: z.coerce.number().min(-180).max(180).describe('Longitude, WGS 84 degrees'),
});

/**
 * The NIL and Municipio a point is in (src/server/areaLocator.ts). Its names predate this
 * file's snake_case rule (`municipioId`); the site's own map reads them, so they stay.
 */
export const locatedSchema = z.strictObject({
  nil: z.strictObject({ id: z.int(), name: z.string(), slug: z.string(), municipioId: z.int().min(1).max(9) }).nullable()
    .describe('The NIL (neighbourhood) containing the point; null when none does (outside Milan)'),
  municipio: z.strictObject({ id: z.int().min(1).max(9), name: z.string() }).nullable().describe('The Municipio containing the point; null when none does'),
  method: z.enum(['boundary', 'nearest'])
    .describe('`boundary`: decided by the official boundaries; `nearest`: no boundary imported yet, the nearest NIL centroid'),
});

/** RFC 9457 problem details, every error of the API (src/server/api/problem.ts). */
export const problemSchema = z.strictObject({
  type: z.literal('about:blank').describe('No problem type beyond the HTTP status'),
  title: z.string().describe('The HTTP status phrase, e.g. "Bad Request"'),
  status: z.number().int().min(400).max(599).describe('The HTTP status code, repeated'),
  detail: z.string().describe('What was wrong with this request, in English'),
  invalid: z.array(z.string()).min(1).optional().describe('400 only: the query parameters whose values were refused'),
});
