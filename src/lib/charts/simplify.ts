/**
 * Douglas–Peucker line simplification on projected points: keeps the first and last point and
 * every point farther than `tolerance` from the line the kept points draw. At half a pixel the
 * official NIL boundaries go from ~25,000 positions to ~2,500 with no visible change.
 * https://en.wikipedia.org/wiki/Ramer%E2%80%93Douglas%E2%80%93Peucker_algorithm
 */

type Point = readonly [number, number];

/** Distance from p to the segment's line, or to a when the segment is a point (a closed ring). */
function offset([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}

/**
 * Iterative (no recursion depth limit on long rings).
 * @example simplify([[0, 0], [1, 0.1], [2, 0]], 0.5) // [[0, 0], [2, 0]]
 */
export function simplify<P extends Point>(points: readonly P[], tolerance: number): P[] {
  if (points.length < 3 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = offset(points[i], points[a], points[b]);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([a, farthest], [farthest, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}
