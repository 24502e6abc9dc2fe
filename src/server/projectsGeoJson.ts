/**
 * `/api/v1/projects.geojson`: the published projects under the list's filters (the one contract
 * in src/lib/projectFilters.ts), as the lean collections the map reads. Options are separate
 * from filters so the open-data exports (issue #6) can add `properties=full` with its own
 * serializer beside `lean` without touching the map.
 */
import { z } from 'astro/zod';
import { and, asc, count, isNotNull, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { projects } from '../../db/schema.ts';
import { leanPoints, leanShapes } from '../lib/leanGeoJson.ts';
import { filtersToQuery, parseProjectFilters, type FilterKey } from '../lib/projectFilters.ts';
import type { GeoJsonSource } from './geoJsonResponse.ts';
import { projectConditions } from './projectConditions.ts';

export const geoJsonOptionsSchema = z.object({
  geometry: z.enum(['point', 'shape']).default('point')
    .describe('point: one Point per project; shape: the drawn area or line of projects that have one'),
  // `full` is answered by the open-data export before this schema is read (the route file).
  properties: z.enum(['lean']).default('lean').describe('lean: id and plain-language status only'),
});
export type GeoJsonOptions = z.infer<typeof geoJsonOptionsSchema>;

const serializers = {
  lean: {
    point: async (db: Db, where: ReturnType<typeof projectConditions>) =>
      leanPoints(
        await db
          .select({ id: projects.id, status: projects.status, lat: projects.lat, lon: projects.lon })
          .from(projects)
          .where(where)
          .orderBy(asc(projects.id)),
      ),
    shape: async (db: Db, where: ReturnType<typeof projectConditions>) =>
      leanShapes(
        (await db
          .select({ id: projects.id, status: projects.status, geometry: projects.geometry })
          .from(projects)
          .where(and(where, isNotNull(projects.geometry)))
          .orderBy(asc(projects.id))) as { id: number; status: (typeof projects.$inferSelect)['status']; geometry: string }[],
      ),
  },
} satisfies Record<GeoJsonOptions['properties'], Record<GeoJsonOptions['geometry'], unknown>>;

export type ProjectsGeoJsonRequest =
  | { ok: true; source: GeoJsonSource }
  | { ok: false; invalid: string[] };

/**
 * Reads the query string strictly (an API caller wants to know a filter was ignored, unlike a
 * reader of the list page) and returns what geoJsonResponse needs.
 */
export function projectsGeoJson(db: Db, params: URLSearchParams): ProjectsGeoJsonRequest {
  const { filters, invalid } = parseProjectFilters(params);
  const options = geoJsonOptionsSchema.safeParse({
    geometry: params.get('geometry') || undefined,
    properties: params.get('properties') || undefined,
  });
  const wrong: string[] = [...(invalid as FilterKey[])];
  if (!options.success) wrong.push(...new Set(options.error.issues.map((i) => String(i.path[0]))));
  if (wrong.length > 0 || !options.success) return { ok: false, invalid: wrong };

  const { geometry, properties } = options.data;
  // Sort and page mean nothing on a map: leave them out of the key so they share one cache entry.
  const where = projectConditions(filters);
  const scoped = geometry === 'shape' ? and(where, isNotNull(projects.geometry)) : where;
  return {
    ok: true,
    source: {
      key: `projects?${filtersToQuery({ ...filters, sort: 'updated', page: 1 })}&${geometry}&${properties}`,
      // Any edit bumps updated_at and version; a project entering or leaving the set moves the
      // count or the id sum. The back office must keep bumping both on every write.
      fingerprint: async () => {
        const [row] = await db
          .select({
            n: count(),
            updated: max(projects.updatedAt),
            ids: sql<number>`total(${projects.id})`,
            versions: sql<number>`total(${projects.version})`,
          })
          .from(projects)
          .where(scoped);
        return `${row.n}:${row.updated}:${row.ids}:${row.versions}`;
      },
      build: () => serializers[properties][geometry](db, where),
    },
  };
}
