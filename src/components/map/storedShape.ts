/**
 * The location editor's reading of a geometry field's GeoJSON text: a line, an area, or an area
 * in several parts, each well formed. Anything else is none of them, and is left to the form's
 * own check.
 */
import { parseShape } from '../../lib/projectLocation.ts';
import type { Parts, Shape } from './editorLabels.ts';

const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygon = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every(isRing);

/** @example storedShape('{"type":"MultiPolygon","coordinates":[…]}')?.type // 'MultiPolygon' */
export function storedShape(text: string | null): Shape | Parts | null {
  const g = parseShape(text);
  // What Terra Draw refuses MapLibre draws as it is, so only well-formed geometry goes on:
  // half-typed text must reach neither.
  if (g?.type === 'Polygon' && isPolygon(g.coordinates)) return g as Shape;
  if (g?.type === 'LineString' && g.coordinates.length >= 2 && g.coordinates.every(isPosition)) return g as Shape;
  if (g?.type === 'MultiPolygon' && g.coordinates.length > 0 && g.coordinates.every(isPolygon)) return g as Parts;
  return null;
}
