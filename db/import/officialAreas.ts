/**
 * Loads the City's two boundary files from a folder laid out like ../shared/data/milano, when
 * they are there. Used by the demo seed on first start and by the test server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from '../client.ts';
import { importAreas } from './areas.ts';

export const officialFileNames = { nil: 'ds964_nil_wm.geojson', municipi: 'ds379_municipi_label.geojson' } as const;

export async function importOfficialAreasIfPresent(db: Db, dir: string | undefined) {
  if (!dir) return null;
  const nilPath = resolve(join(dir, officialFileNames.nil));
  const municipiPath = resolve(join(dir, officialFileNames.municipi));
  if (!existsSync(nilPath) || !existsSync(municipiPath)) return null;
  return importAreas(db, {
    nilText: readFileSync(nilPath, 'utf8'),
    municipiText: readFileSync(municipiPath, 'utf8'),
    nilLabel: nilPath,
    municipiLabel: municipiPath,
  });
}
