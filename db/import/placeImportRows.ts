import { locate } from '../../src/lib/boundaries.ts';
import type { Db } from '../client.ts';
import { municipi, nil } from '../schema.ts';
import { storedAreas } from './areas.ts';
import type { PlannedRow } from './planProjectImport.ts';

/**
 * Puts each import row in its NIL and Municipio (issue #6): from the stored boundaries when
 * they are loaded, with the same point-in-polygon as deriveProjectAreas(), so the dry run shows
 * what gets stored; else the columns are checked against the nil and municipi tables. Returns
 * whether the areas were derived from the boundaries.
 */
export async function placeImportRows(db: Db, rows: PlannedRow[]): Promise<boolean> {
  const [nilAreas, municipiAreas] = await Promise.all([storedAreas(db, nil), storedAreas(db, municipi)]);
  if (nilAreas.length && municipiAreas.length) {
    for (const row of rows) {
      const r = row.record!;
      // The same point-in-polygon as deriveProjectAreas(), so the dry run shows what gets stored.
      const nilId = locate(r.lon, r.lat, nilAreas)?.id ?? null;
      const municipioId = locate(r.lon, r.lat, municipiAreas)?.id ?? null;
      if (r.nil !== null && r.nil !== nilId) row.notes.push(`nil ${r.nil} replaced by ${nilId ?? 'none'}, where the point lies`);
      if (r.municipio !== null && r.municipio !== municipioId)
        row.notes.push(`municipio ${r.municipio} replaced by ${municipioId ?? 'none'}, where the point lies`);
      if (nilId === null) row.notes.push('the point lies in no NIL');
      row.record = { ...r, nil: nilId, municipio: municipioId };
    }
    return true;
  }
  const nilRows = await db.select({ id: nil.id, municipioId: nil.municipioId }).from(nil);
  const municipioIds = new Set((await db.select({ id: municipi.id }).from(municipi)).map((m) => m.id));
  const municipioOf = new Map(nilRows.map((n) => [n.id, n.municipioId]));
  for (const row of rows) {
    const r = row.record!;
    if (r.nil !== null && !municipioOf.has(r.nil)) row.problems.push(`nil: NIL ${r.nil} is not in the database`);
    else if (r.nil !== null && r.municipio !== null && municipioOf.get(r.nil) !== r.municipio)
      row.problems.push(`municipio: NIL ${r.nil} is in Municipio ${municipioOf.get(r.nil)}, not ${r.municipio}`);
    else if (r.municipio !== null && !municipioIds.has(r.municipio)) row.problems.push(`municipio: Municipio ${r.municipio} is not in the database`);
    else if (r.nil !== null && r.municipio === null) row.record = { ...r, municipio: municipioOf.get(r.nil)! };
  }
  return false;
}
