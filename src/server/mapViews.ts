/** What the map page and the area pages' small maps need from the database (issue #3). */
import { count, eq, max, min } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipi, nil, projects } from '../../db/schema.ts';
import type { BBox } from '../lib/geo.ts';
import { parseMapView } from '../lib/mapView.ts';
import { filtersToQuery, hasActiveFilters, parseProjectFilters, type ProjectFilters } from '../lib/projectFilters.ts';
import { areaOptions } from './areas.ts';
import { projectConditions } from './projectConditions.ts';

/** The box around the filtered projects, or null when there are none. */
export async function projectBounds(db: Db, filters: Partial<ProjectFilters>): Promise<BBox | null> {
  const [row] = await db
    .select({ n: count(), minLon: min(projects.lon), minLat: min(projects.lat), maxLon: max(projects.lon), maxLat: max(projects.lat) })
    .from(projects)
    .where(projectConditions(filters));
  return row.n > 0 ? [row.minLon!, row.minLat!, row.maxLon!, row.maxLat!] : null;
}

/**
 * The map page: the list's filters and count, the view from `at`, and where to look when the
 * link has no view: the whole city, or the filtered projects when a filter narrows them.
 */
export async function mapPageView(db: Db, params: URLSearchParams) {
  const { filters, invalid } = parseProjectFilters(params);
  const view = parseMapView(params.get('at'));
  const [[{ total }], bounds, options] = await Promise.all([
    db.select({ total: count() }).from(projects).where(projectConditions(filters)),
    view || !hasActiveFilters(filters) ? null : projectBounds(db, filters),
    areaOptions(db),
  ]);
  // Sort and page mean nothing on a map, but the list twin keeps them.
  const query = filtersToQuery({ ...filters, sort: 'updated', page: 1 });
  return { filters, invalid, total, view, bounds, query, listQuery: filtersToQuery({ ...filters, page: 1 }), ...options };
}

// About 900 m of latitude: the box a NIL without an imported boundary is shown in.
const HALF_BOX = 0.008;

/** The box a Municipio or NIL page's map opens on: its boundary's, else around its NIL centroids. */
export async function areaBounds(db: Db, level: 'nil' | 'municipi', id: number): Promise<BBox | null> {
  const table = level === 'nil' ? nil : municipi;
  const [box] = await db
    .select({ minLon: table.minLon, minLat: table.minLat, maxLon: table.maxLon, maxLat: table.maxLat })
    .from(table)
    .where(eq(table.id, id));
  if (box?.minLon != null && box.minLat != null && box.maxLon != null && box.maxLat != null) return [box.minLon, box.minLat, box.maxLon, box.maxLat];
  const [c] = await db
    .select({ minLon: min(nil.centroidLon), minLat: min(nil.centroidLat), maxLon: max(nil.centroidLon), maxLat: max(nil.centroidLat) })
    .from(nil)
    .where(level === 'nil' ? eq(nil.id, id) : eq(nil.municipioId, id));
  if (c?.minLon == null) return null;
  return [c.minLon - HALF_BOX, c.minLat! - HALF_BOX, c.maxLon! + HALF_BOX, c.maxLat! + HALF_BOX];
}
