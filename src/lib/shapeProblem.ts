/**
 * What is wrong with a project's shape (GeoJSON text), if anything: the check THE schema runs,
 * so the staff form, its in-browser check and the importer refuse the same things. A shape that
 * passes is one a map can draw: [longitude, latitude] numbers inside Milan, lines of two
 * positions or more, area rings closed with four or more.
 */
import { insideMilan } from './geo.ts';

type Problem = 'invalid' | 'outside';

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((v) => typeof v === 'number' && Number.isFinite(v));
const isRing = (r: unknown): r is [number, number][] =>
  Array.isArray(r) && r.length >= 4 && r.every(isPosition) && r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1];
const isPolygon = (p: unknown): p is [number, number][][] => Array.isArray(p) && p.length > 0 && p.every(isRing);

/** @example shapeProblem('{"type":"LineString","coordinates":[[9.19,45.46],[9.2,45.47]]}') // null */
export function shapeProblem(text: string): Problem | null {
  let g: { type?: unknown; coordinates?: unknown };
  try {
    g = JSON.parse(text);
  } catch {
    return 'invalid';
  }
  const c = g?.coordinates;
  let positions: [number, number][];
  if (g?.type === 'LineString' && Array.isArray(c) && c.length >= 2 && c.every(isPosition)) positions = c;
  else if (g?.type === 'Polygon' && isPolygon(c)) positions = c.flat();
  else if (g?.type === 'MultiPolygon' && Array.isArray(c) && c.length > 0 && c.every(isPolygon)) positions = c.flat(2);
  else return 'invalid';
  return positions.every(([lon, lat]) => insideMilan(lon, lat)) ? null : 'outside';
}
