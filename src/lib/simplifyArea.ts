/**
 * Douglas–Peucker simplification of the City's boundaries for the map (issue #3, point 3): the
 * official files carry ~25,000 positions per level, far more than a screen shows. Longitude is
 * scaled by cos(latitude) so the tolerance is the same distance in every direction.
 */
import type { AreaGeometry, PolygonCoords, Position, Ring } from './geo.ts';
import { roundPositions } from './leanGeoJson.ts';

/** Squared distance from p to segment a–b, in scaled degrees. */
function segmentDistance2(p: Position, a: Position, b: Position, k: number): number {
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  let dx = bx - ax;
  let dy = by - ay;
  let x = ax;
  let y = ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [bx, by];
    else if (t > 0) [x, y] = [ax + dx * t, ay + dy * t];
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Iterative Douglas–Peucker on an open polyline; keeps both ends. */
export function simplifyLine(points: readonly Position[], tolerance: number, k = 1): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = 0;
    let index = 0;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last], k);
      if (d > max) [max, index] = [d, i];
    }
    if (max > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring simplified, never below the 4 positions a valid ring needs. */
function simplifyRing(ring: Ring, tolerance: number, k: number): Ring {
  if (ring.length <= 4) return ring;
  // Split at the vertex farthest from the first so that a closed ring has two real ends.
  let far = 1;
  let max = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = segmentDistance2(ring[i], ring[0], ring[0], k);
    if (d > max) [max, far] = [d, i];
  }
  const simplified = [
    ...simplifyLine(ring.slice(0, far + 1), tolerance, k),
    ...simplifyLine(ring.slice(far), tolerance, k).slice(1),
  ];
  return simplified.length >= 4 ? simplified : ring;
}

/**
 * @param tolerance in degrees of latitude (0.00005 ≈ 5.5 m)
 * @example simplifyArea(nilGeometry, 0.00005).coordinates[0].length // a few hundred instead of thousands
 */
export function simplifyArea(area: AreaGeometry, tolerance: number): AreaGeometry {
  const first = area.type === 'Polygon' ? area.coordinates[0][0] : area.coordinates[0][0][0];
  const k = Math.cos((first[1] * Math.PI) / 180); // one city: one latitude is enough
  const polygon = (p: PolygonCoords) => roundPositions(p.map((ring) => simplifyRing(ring, tolerance, k)));
  return area.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(area.coordinates) }
    : { type: 'MultiPolygon', coordinates: area.coordinates.map(polygon) };
}

