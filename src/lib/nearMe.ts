/**
 * Pure parts of "near me" (issue #3, point 6): the query, finding a NIL from what someone typed,
 * and distances in words.
 */
import { z } from 'astro/zod';
import { slugify } from './slug.ts';

export const nearRadii = [250, 500, 1000, 2000] as const;

export const nearMeQuerySchema = z.object({
  nil: z.string().trim().min(1).max(120).optional().describe('a NIL name as typed, matched loosely'),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  within: z.coerce.number().pipe(z.union(nearRadii.map((r) => z.literal(r)))).default(500).describe('metres'),
});
export type NearMeQuery = z.infer<typeof nearMeQuerySchema>;

/** Like parseProjectFilters: a wrong value is dropped, the rest of the query still works. */
export function parseNearMeQuery(params: URLSearchParams): NearMeQuery {
  const raw: Record<string, string> = {};
  for (const key of ['nil', 'lat', 'lon', 'within']) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') raw[key] = value;
  }
  let parsed = nearMeQuerySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
    parsed = nearMeQuerySchema.safeParse(raw);
  }
  const query = parsed.success ? parsed.data : nearMeQuerySchema.parse({});
  // A position needs both halves.
  return query.lat === undefined || query.lon === undefined ? { ...query, lat: undefined, lon: undefined } : query;
}

/**
 * The NIL someone meant: the exact name first (accents, case and punctuation do not matter),
 * then every NIL whose name contains what was typed.
 * @example matchNil('corvetto', nilList).map((n) => n.name) // ['Lodi - Corvetto']
 */
export function matchNil<T extends { name: string; slug: string }>(typed: string, list: readonly T[]): T[] {
  const wanted = slugify(typed);
  if (!wanted) return [];
  const exact = list.filter((n) => n.slug === wanted || slugify(n.name) === wanted);
  if (exact.length > 0) return exact;
  return list.filter((n) => `-${n.slug}-`.includes(`-${wanted}`) || n.slug.includes(wanted));
}

/** @example formatDistance(1234, 'it-IT') // '1,2 km' */
export function formatDistance(metres: number, intlLocale: string): string {
  if (metres < 1000)
    return new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10);
  return new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000);
}

/** A box of ±metres around a point, to pre-select rows before measuring real distances. */
export function boxAround(lat: number, lon: number, metres: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = metres / 111_320;
  const dLon = metres / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}
