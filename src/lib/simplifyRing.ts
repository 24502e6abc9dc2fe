import type { Position, Ring } from './geo.ts';

/**
 * Douglas–Peucker simplification of a closed ring, tolerance in degrees (0.0001° ≈ 8–11 m in
 * Milan). Keeps the first and last points, so a closed ring stays closed; never returns fewer
 * than 4 points (a triangle plus its closing point).
 * @example simplifyRing([[0,0],[1,0.00001],[2,0],[2,2],[0,0]], 0.001).length // 4
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Array<boolean>(ring.length).fill(false);
  keep[0] = keep[ring.length - 1] = true;
  // The ring's first and last points coincide, so split it at its farthest point first.
  const far = farthestFrom(ring, 0);
  keep[far] = true;
  const stack: [number, number][] = [[0, far], [far, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let index = -1;
    let max = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(ring[i], ring[a], ring[b]);
      if (d > max) [index, max] = [i, d];
    }
    if (index >= 0) {
      keep[index] = true;
      stack.push([a, index], [index, b]);
    }
  }
  const out = ring.filter((_, i) => keep[i]);
  return out.length >= 4 ? out : ring;
}

function farthestFrom(ring: Ring, from: number): number {
  let best = from;
  let max = -1;
  for (let i = 0; i < ring.length; i++) {
    const d = Math.hypot(ring[i][0] - ring[from][0], ring[i][1] - ring[from][1]);
    if (d > max) [best, max] = [i, d];
  }
  return best;
}

function segmentDistance([x, y]: Position, [x1, y1]: Position, [x2, y2]: Position): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}
