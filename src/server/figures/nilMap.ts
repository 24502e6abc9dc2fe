/**
 * The NIL boundaries as SVG paths, projected on the server so that the choropleth is a plain
 * picture with no map library and no JavaScript (issue #8). The boundaries are the official
 * ones loaded by the importer (db/import/areas.ts); null when they have not been loaded yet.
 */
import type { Db } from '../../../db/client.ts';
import { areaPath } from '../../lib/charts/areaPath.ts';
import { equirectangular } from '../../lib/charts/projection.ts';
import type { AreaGeometry, BBox } from '../../lib/geo.ts';

export interface NilMap {
  width: number;
  height: number;
  shapes: { id: number; path: string }[];
}

/** Drawn at 600 units wide, the size it is shown at on a desktop; the SVG scales to any width. */
const WIDTH = 600;
const MARGIN = 4;
/** Half a unit: below what the eye can tell at this size, and 10× fewer points (simplify.ts). */
const TOLERANCE = 0.5;

/**
 * Projecting and simplifying the 88 boundaries takes ~25 ms, so the result is kept until the
 * boundaries change. The importer rewrites each NIL's box and area with its boundary, so their
 * sums tell a change without reading the ~1 MB of GeoJSON.
 */
let cache: { key: string; map: NilMap | null } | undefined;

export async function nilMap(db: Db): Promise<NilMap | null> {
  const { rows: [f] } = await db.$client.execute(`select count(*) as n, total(min_lon) + total(min_lat) * 3
    + total(max_lon) * 7 + total(max_lat) * 11 as box, total(area_m2) as area from nil where boundary is not null`);
  const key = `${f.n}:${f.box}:${f.area}`;
  if (cache?.key !== key) cache = { key, map: await projectNil(db) };
  return cache.map;
}

async function projectNil(db: Db): Promise<NilMap | null> {
  const { rows } = await db.$client.execute(
    'select id, boundary, min_lon, min_lat, max_lon, max_lat from nil where boundary is not null order by id',
  );
  if (rows.length === 0) return null;
  const bbox: BBox = [
    Math.min(...rows.map((r) => Number(r.min_lon))),
    Math.min(...rows.map((r) => Number(r.min_lat))),
    Math.max(...rows.map((r) => Number(r.max_lon))),
    Math.max(...rows.map((r) => Number(r.max_lat))),
  ];
  const projection = equirectangular(bbox, WIDTH, MARGIN);
  return {
    width: WIDTH,
    height: Math.ceil(projection.height),
    shapes: rows.map((r) => ({
      id: Number(r.id),
      path: areaPath(JSON.parse(String(r.boundary)) as AreaGeometry, projection.project, { tolerance: TOLERANCE }),
    })),
  };
}
