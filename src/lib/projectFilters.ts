/**
 * The one contract for filtering projects: the public list, the map data, the open-data API and
 * the exports all read their query string through `parseProjectFilters`, so a link copied from
 * one works in the others (issues #2, #3, #6).
 */
import { z } from 'astro/zod';
import { readQuery, writeQuery } from './queryString.ts';
import { categories, fundingSources, residentStatuses, sortKeys, statuses } from './vocabulary.ts';

export const PAGE_SIZE = 20;
const MAX_PAGE = 10_000;

export const projectFiltersSchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe('Free text over titles and summaries'),
  municipio: z.coerce.number().int().min(1).max(9).optional().describe('Municipio number, 1–9'),
  nil: z.coerce.number().int().min(1).max(999).optional().describe('NIL number (ID_NIL)'),
  category: z.enum(categories).optional(),
  status: z.enum([...residentStatuses, ...statuses.filter((s) => s !== 'cancelled')]).optional()
    .describe('Plain-language status, or an official procedural status'),
  funding: z.enum(fundingSources).optional(),
  sort: z.enum(sortKeys).default('updated'),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
});

export type ProjectFilters = z.infer<typeof projectFiltersSchema>;
export type FilterKey = keyof ProjectFilters;

const filterKeys = Object.keys(projectFiltersSchema.shape) as FilterKey[];

/**
 * Reads filters from a query string. Each invalid value is dropped and named in `invalid`, so
 * a mistyped link still shows a useful page and tells the reader what was ignored.
 * @example parseProjectFilters(new URLSearchParams('municipio=4&category=park')) // { filters: { municipio: 4, sort: 'updated', page: 1 }, invalid: ['category'] }
 */
export function parseProjectFilters(params: URLSearchParams): { filters: ProjectFilters; invalid: FilterKey[] } {
  const { value, invalid } = readQuery(projectFiltersSchema, params);
  return { filters: value, invalid };
}

/**
 * Writes filters back to a query string, leaving out defaults so URLs stay short and stable.
 * @example filtersToQuery({ municipio: 4, sort: 'updated', page: 1 }) // 'municipio=4'
 */
export function filtersToQuery(filters: Partial<ProjectFilters>): string {
  return writeQuery(projectFiltersSchema, filters);
}

/** True when any filter narrows the list (sort and page do not). */
export function hasActiveFilters(filters: ProjectFilters): boolean {
  return filterKeys.some((k) => k !== 'sort' && k !== 'page' && filters[k] !== undefined);
}
