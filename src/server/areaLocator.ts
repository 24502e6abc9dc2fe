/**
 * Which NIL and Municipio a point is in, from the official boundaries (issue #3, points 6 and 7).
 * The parsed boundaries are kept in memory and reloaded only when the importer changed them.
 * Before any boundary is imported, the nearest NIL centroid stands in, and says so.
 */
import type { z } from 'astro/zod';
import { asc, count, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipi, nil } from '../../db/schema.ts';
import { locate } from '../lib/boundaries.ts';
import type { locatedSchema } from './api/schemas.ts';
import { distanceMetres, insideMilan, type AreaGeometry, type BBox } from '../lib/geo.ts';

interface LoadedArea {
  id: number;
  geometry: AreaGeometry;
  bbox: BBox;
}

let loaded: { fingerprint: string; nil: LoadedArea[]; municipi: LoadedArea[] } | undefined;

async function fingerprintOf(db: Db) {
  const parts = await Promise.all(
    [nil, municipi].map((table) =>
      db
        .select({ n: count(), box: sql<number>`total(${table.minLon} + ${table.minLat} * 3 + ${table.maxLon} * 7 + ${table.maxLat} * 11)` })
        .from(table)
        .where(isNotNull(table.boundary)),
    ),
  );
  return parts.map(([p]) => `${p.n}:${p.box}`).join('|');
}

async function load(db: Db, table: typeof nil | typeof municipi): Promise<LoadedArea[]> {
  const rows = await db
    .select({ id: table.id, boundary: table.boundary, minLon: table.minLon, minLat: table.minLat, maxLon: table.maxLon, maxLat: table.maxLat })
    .from(table)
    .where(isNotNull(table.boundary))
    .orderBy(asc(table.id));
  return rows.map((r) => ({
    id: r.id,
    geometry: JSON.parse(r.boundary!) as AreaGeometry,
    bbox: [r.minLon ?? -180, r.minLat ?? -90, r.maxLon ?? 180, r.maxLat ?? 90],
  }));
}

async function boundaries(db: Db) {
  const fingerprint = await fingerprintOf(db);
  if (loaded?.fingerprint !== fingerprint) loaded = { fingerprint, nil: await load(db, nil), municipi: await load(db, municipi) };
  return loaded;
}

/** What /api/v1/locate answers; the schema documents it in the OpenAPI document too. */
export type Located = z.infer<typeof locatedSchema>;

/** @example await locatePoint(db, 9.19, 45.4642) // { nil: { id: 1, name: 'Duomo', … }, municipio: { id: 1, … }, method: 'boundary' } */
export async function locatePoint(db: Db, lon: number, lat: number): Promise<Located> {
  const areas = await boundaries(db);
  const nilRows = await db.select({ id: nil.id, name: nil.name, slug: nil.slug, municipioId: nil.municipioId, lat: nil.centroidLat, lon: nil.centroidLon }).from(nil);
  const municipiRows = await db.select({ id: municipi.id, name: municipi.name }).from(municipi);
  const publicNil = (id: number | undefined) => {
    const row = nilRows.find((n) => n.id === id);
    return row ? { id: row.id, name: row.name, slug: row.slug, municipioId: row.municipioId } : null;
  };
  if (areas.nil.length > 0) {
    const nilId = locate(lon, lat, areas.nil)?.id;
    const municipioId = locate(lon, lat, areas.municipi)?.id ?? publicNil(nilId)?.municipioId;
    return { nil: publicNil(nilId), municipio: municipiRows.find((m) => m.id === municipioId) ?? null, method: 'boundary' };
  }
  if (!insideMilan(lon, lat)) return { nil: null, municipio: null, method: 'nearest' };
  const nearest = nilRows
    .map((n) => ({ id: n.id, d: distanceMetres([lon, lat], [n.lon, n.lat]) }))
    .sort((a, b) => a.d - b.d)[0];
  const found = publicNil(nearest?.id);
  return { nil: found, municipio: municipiRows.find((m) => m.id === found?.municipioId) ?? null, method: 'nearest' };
}
