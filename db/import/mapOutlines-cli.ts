/**
 * Writes src/lib/mapOutlines.json: the 88 NIL outlines from the City's official file, simplified
 * to a few dozen points each, for the static SVG maps of prerendered content pages (issue #5:
 * no tiles, no JavaScript). Run again only if the official boundaries change:
 *   node db/import/mapOutlines-cli.ts ../shared/data/milano/ds964_nil_wm.geojson
 * Data: Comune di Milano, CC BY 4.0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplifyRing } from '../../src/lib/simplifyRing.ts';
import type { Ring } from '../../src/lib/geo.ts';

const source = process.argv[2] ?? join(import.meta.dirname, '../../../shared/data/milano/ds964_nil_wm.geojson');
const target = join(import.meta.dirname, '../../src/lib/mapOutlines.json');
const TOLERANCE = 0.00012; // ≈ 10 m: invisible at the maps' scale, a tenth of the points

interface Feature {
  properties: { ID_NIL: number };
  geometry: { type: 'Polygon'; coordinates: Ring[] };
}
const collection = JSON.parse(readFileSync(source, 'utf8')) as { features: Feature[] };
const round = (n: number) => Math.round(n * 1e5) / 1e5;
const outlines: Record<string, number[][]> = {};
for (const f of [...collection.features].sort((a, b) => a.properties.ID_NIL - b.properties.ID_NIL)) {
  outlines[f.properties.ID_NIL] = simplifyRing(f.geometry.coordinates[0], TOLERANCE).map(([lon, lat]) => [round(lon), round(lat)]);
}
writeFileSync(target, JSON.stringify(outlines) + '\n');
const points = Object.values(outlines).reduce((n, r) => n + r.length, 0);
console.log(`wrote ${Object.keys(outlines).length} outlines, ${points} points, to ${target}`);
