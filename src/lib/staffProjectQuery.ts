/**
 * The back office's project list (`/staff/projects/`): free text, Municipio, publication, open
 * revision, order and page. One schema for the page's form, its links and its reading of the URL.
 */
import { z } from 'astro/zod';
import { readQuery, writeQuery } from './queryString.ts';
import { publicationStates } from './vocabulary.ts';

export const STAFF_PAGE_SIZE = 50;

/** `none`: no open revision; the other two are the states a revision is open in. */
export const openRevisionFilters = ['draft', 'in_review', 'none'] as const;

/** Title A to Z; the latest changed first; the longest unverified first (never verified at the top). */
export const staffSorts = ['title', 'updated', 'verified'] as const;
export type StaffSort = (typeof staffSorts)[number];

export const staffProjectQuerySchema = z.object({
  q: z.string().trim().max(100).optional().transform((q) => q || undefined),
  municipio: z.coerce.number().int().min(1).max(9).optional(),
  publication: z.enum(publicationStates).optional(),
  open: z.enum(openRevisionFilters).optional(),
  sort: z.enum(staffSorts).default('title'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export type StaffProjectQuery = z.infer<typeof staffProjectQuerySchema>;
type Key = keyof StaffProjectQuery;

/**
 * Reads the list's query string (queryString.ts: what is not one of the choices is dropped and named).
 * @example parseStaffProjectQuery(new URLSearchParams('municipio=4&open=x')) // { query: { municipio: 4, page: 1 }, invalid: ['open'] }
 */
export function parseStaffProjectQuery(params: URLSearchParams): { query: StaffProjectQuery; invalid: Key[] } {
  const { value, invalid } = readQuery(staffProjectQuerySchema, params);
  return { query: value, invalid };
}

/**
 * The query string of the list with `query`, defaults left out.
 * @example staffProjectQueryString({ municipio: 4, page: 2 }) // 'municipio=4&page=2'
 */
export function staffProjectQueryString(query: Partial<StaffProjectQuery>): string {
  return writeQuery(staffProjectQuerySchema, query);
}
