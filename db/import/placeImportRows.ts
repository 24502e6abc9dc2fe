import { locate } from '../../src/lib/boundaries.ts';
import { importMessage } from '../../src/lib/import/importMessage.ts';
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
      if (r.nil !== null && r.nil !== nilId)
        row.notes.push(nilId === null ? importMessage('nilReplacedNone', { given: r.nil }) : importMessage('nilReplaced', { given: r.nil, actual: nilId }));
      if (r.municipio !== null && r.municipio !== municipioId)
        row.notes.push(municipioId === null ? importMessage('municipioReplacedNone', { given: r.municipio }) : importMessage('municipioReplaced', { given: r.municipio, actual: municipioId }));
      if (nilId === null) row.notes.push(importMessage('noNil'));
      row.record = { ...r, nil: nilId, municipio: municipioId };
    }
    return true;
  }
  const nilRows = await db.select({ id: nil.id, municipioId: nil.municipioId }).from(nil);
  const municipioIds = new Set((await db.select({ id: municipi.id }).from(municipi)).map((m) => m.id));
  const municipioOf = new Map(nilRows.map((n) => [n.id, n.municipioId]));
  for (const row of rows) {
    const r = row.record!;
    if (r.nil !== null && !municipioOf.has(r.nil)) row.problems.push(importMessage('nilUnknown', { nil: r.nil }, 'nil'));
    else if (r.nil !== null && r.municipio !== null && municipioOf.get(r.nil) !== r.municipio)
      row.problems.push(importMessage('nilOtherMunicipio', { nil: r.nil, actual: municipioOf.get(r.nil)!, given: r.municipio }, 'municipio'));
    else if (r.municipio !== null && !municipioIds.has(r.municipio))
      row.problems.push(importMessage('municipioUnknown', { municipio: r.municipio }, 'municipio'));
    else if (r.nil !== null && r.municipio === null) row.record = { ...r, municipio: municipioOf.get(r.nil)! };
  }
  return false;
}
