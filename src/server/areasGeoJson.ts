/**
 * `/api/v1/areas.geojson?level=nil|municipi`: the official boundaries loaded by the importer,
 * simplified for the screen (about 5 m, which no map at city scale can show) and labelled with
 * each area's name and a label point. Areas without an imported boundary are left out.
 */
import { z } from 'astro/zod';
import { asc, count, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipi, nil } from '../../db/schema.ts';
import { areaCentroid, type AreaGeometry } from '../lib/geo.ts';
import { roundCoordinate } from '../lib/leanGeoJson.ts';
import { simplifyArea } from '../lib/simplifyArea.ts';
import type { GeoJsonSource } from './geoJsonResponse.ts';

export const areaLevelSchema = z.enum(['nil', 'municipi']);
export type AreaLevel = z.infer<typeof areaLevelSchema>;

const TOLERANCE = 0.00005;

async function rows(db: Db, level: AreaLevel) {
  if (level === 'nil')
    return db
      .select({ id: nil.id, name: nil.name, slug: nil.slug, municipio: nil.municipioId, boundary: nil.boundary, labelLat: nil.centroidLat, labelLon: nil.centroidLon })
      .from(nil)
      .where(isNotNull(nil.boundary))
      .orderBy(asc(nil.id));
  const list = await db
    .select({ id: municipi.id, name: municipi.name, boundary: municipi.boundary })
    .from(municipi)
    .where(isNotNull(municipi.boundary))
    .orderBy(asc(municipi.id));
  return list.map((m) => {
    const [labelLon, labelLat] = areaCentroid(JSON.parse(m.boundary!) as AreaGeometry);
    return { ...m, slug: null, municipio: m.id, labelLat, labelLon };
  });
}

export function areasGeoJson(db: Db, level: AreaLevel): GeoJsonSource {
  const table = level === 'nil' ? nil : municipi;
  return {
    key: `areas?${level}`,
    // The importer rewrites the bounding box with the boundary, so the boxes stand for the
    // shapes without reading megabytes of text on every request.
    fingerprint: async () => {
      const [row] = await db
        .select({ n: count(), box: sql<number>`total(${table.minLon} + ${table.minLat} * 3 + ${table.maxLon} * 7 + ${table.maxLat} * 11)`, names: sql<string>`group_concat(${table.name})` })
        .from(table)
        .where(isNotNull(table.boundary));
      return `${row.n}:${row.box}:${row.names}`;
    },
    build: async () => {
      const features = (await rows(db, level)).map((a) => ({
        type: 'Feature',
        id: a.id,
        geometry: simplifyArea(JSON.parse(a.boundary!) as AreaGeometry, TOLERANCE),
        properties: {
          name: a.name,
          ...(a.slug ? { slug: a.slug } : {}),
          municipio: a.municipio,
          // Where the name is drawn: the area's centroid.
          label: [roundCoordinate(a.labelLon), roundCoordinate(a.labelLat)],
        },
      }));
      return JSON.stringify({ type: 'FeatureCollection', features });
    },
  };
}
