/**
 * A record's NIL and Municipio: from its point and the official boundaries when they are loaded
 * (as db/import/areas.ts derives them), else from the NIL typed in by staff. Municipio scoping
 * of permissions reads this, so a Municipio editor cannot move a project out by moving its pin.
 */
import { eq, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { municipi, nil } from '../../../db/schema.ts';
import { locate } from '../../lib/boundaries.ts';
import type { AreaGeometry, BBox } from '../../lib/geo.ts';


async function areas(db: Db | Tx, table: typeof nil | typeof municipi) {
  const rows = await db
    .select({ id: table.id, boundary: table.boundary, minLon: table.minLon, minLat: table.minLat, maxLon: table.maxLon, maxLat: table.maxLat })
    .from(table)
    .where(isNotNull(table.boundary));
  return rows.map((r) => ({ id: r.id, geometry: JSON.parse(r.boundary!) as AreaGeometry, bbox: [r.minLon, r.minLat, r.maxLon, r.maxLat] as BBox }));
}

export async function resolveArea(db: Db | Tx, lon: number, lat: number, typedNilId: number | null) {
  const nilAreas = await areas(db, nil);
  const municipiAreas = await areas(db, municipi);
  if (nilAreas.length > 0 && municipiAreas.length > 0) {
    return { nilId: locate(lon, lat, nilAreas)?.id ?? null, municipioId: locate(lon, lat, municipiAreas)?.id ?? null };
  }
  if (typedNilId === null) return { nilId: null, municipioId: null };
  const [row] = await db.select({ municipioId: nil.municipioId }).from(nil).where(eq(nil.id, typedNilId));
  return { nilId: row ? typedNilId : null, municipioId: row?.municipioId ?? null };
}
