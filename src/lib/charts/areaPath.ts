/**
 * SVG path data for a GeoJSON Polygon or MultiPolygon: projected, simplified to `tolerance`
 * units (Douglas–Peucker) and rounded, so that the 88 official NIL boundaries (~25,000
 * positions) draw the whole city in about 25 kB. Holes are rings of the same path: draw with
 * `fill-rule="evenodd"`.
 */
import type { AreaGeometry, Position } from '../geo.ts';
import { simplify } from './simplify.ts';

export interface PathOptions {
  /** Largest offset, in projected units, a dropped position may have; 0 keeps them all. */
  tolerance?: number;
  decimals?: number;
}

/**
 * @example areaPath({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 0]]] }, ([x, y]) => [x, y])
 * // 'M0 0l2 0 0 2z'
 */
export function areaPath(
  area: AreaGeometry,
  project: (p: Position) => [number, number],
  { tolerance = 0, decimals = 1 }: PathOptions = {},
): string {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  const factor = 10 ** decimals;
  const round = (n: number) => Math.round(n * factor) / factor;
  const parts: string[] = [];
  for (const polygon of polygons)
    for (const ring of polygon) {
      const points: [number, number][] = [];
      for (const [x, y] of simplify(ring.map(project), tolerance)) {
        const point: [number, number] = [round(x), round(y)];
        const last = points[points.length - 1];
        if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
      }
      // The closing position repeats the first; z closes the ring instead.
      const [first, last] = [points[0], points[points.length - 1]];
      if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
      if (points.length < 3) continue; // smaller than a pixel at this scale: nothing to see
      // Relative steps between the rounded points: a third shorter than absolute ones, and
      // exact, because every step is taken from rounded positions (no drift along the ring).
      const steps = points.slice(1).map(([x, y], i) => `${round(x - points[i][0])} ${round(y - points[i][1])}`);
      parts.push(`M${first[0]} ${first[1]}l${steps.join(' ')}z`);
    }
  return parts.join('');
}
