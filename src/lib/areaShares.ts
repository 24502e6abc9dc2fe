/**
 * How much of one area lies in each of several others, without a polygon-clipping library: on
 * horizontal scan lines, the spans inside the area are intersected with the spans inside each
 * candidate. Exact along a line; across lines it is the midpoint rule, which is exact wherever
 * both outlines are straight, so the error is confined to the few lines next to a vertex.
 *
 * Why: a NIL belongs to the Municipio holding most of it. NIL 27 (Porta Romana) straddles
 * Municipi 4 and 5 almost half and half, and its centroid falls in 4 while most of its area is
 * in 5, the assignment in the City's own lookup. The seed and the importer must agree.
 */
import type { AreaGeometry, BBox } from './geo.ts';

/** The x where each edge of an outline crosses a horizontal line, indexed by bands of y. */
export interface ScanOutline {
  bbox: BBox;
  /** Sorted crossings at `y`: pairs [enter, leave] under the even-odd rule (holes, multipolygons). */
  crossings(y: number): number[];
}

type Edge = [x1: number, y1: number, x2: number, y2: number];

/**
 * Indexes an outline's edges by horizontal band so a line looks only at edges near it: a
 * Municipio has ~10,000 of them.
 * @example scanOutline(square).crossings(0.5) // [0, 1] for the unit square
 */
export function scanOutline(area: AreaGeometry, bbox: BBox, bandCount = 512): ScanOutline {
  const [, minY, , maxY] = bbox;
  const bandHeight = (maxY - minY) / bandCount || 1;
  const bands: Edge[][] = Array.from({ length: bandCount }, () => []);
  const bandOf = (y: number) => Math.min(bandCount - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  for (const polygon of area.type === 'Polygon' ? [area.coordinates] : area.coordinates)
    for (const ring of polygon)
      for (let i = 0; i < ring.length - 1; i++) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        if (y1 === y2) continue; // a horizontal edge never crosses a line strictly
        const edge: Edge = [x1, y1, x2, y2];
        for (let b = bandOf(Math.min(y1, y2)); b <= bandOf(Math.max(y1, y2)); b++) bands[b].push(edge);
      }
  return {
    bbox,
    crossings(y) {
      if (y < minY || y > maxY) return [];
      const xs: number[] = [];
      // Half-open in y, so a line through a vertex counts the two edges meeting there once.
      for (const [x1, y1, x2, y2] of bands[bandOf(y)])
        if (y1 <= y !== y2 <= y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      return xs.sort((a, b) => a - b);
    },
  };
}

/** Length of the overlap of two sets of spans, each given as sorted [enter, leave, …] crossings. */
export function overlapLength(a: readonly number[], b: readonly number[]): number {
  let length = 0;
  let i = 0, j = 0;
  while (i + 1 < a.length && j + 1 < b.length) {
    const from = Math.max(a[i], b[j]);
    const to = Math.min(a[i + 1], b[j + 1]);
    if (to > from) length += to - from;
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return length;
}

/**
 * The fraction of `area` inside each candidate, on `lines` scan lines; a candidate whose box
 * misses the area's gets 0. Fractions are of the area's own size, so they sum to 1 when the
 * candidates tile it.
 * @example areaShares(nil27, municipi) // Map { 4 => 0.498, 5 => 0.501, 1 => 0.001, … }
 */
export function areaShares<Id>(area: ScanOutline, candidates: readonly (ScanOutline & { id: Id })[], lines = 1000): Map<Id, number> {
  const [minX, minY, maxX, maxY] = area.bbox;
  const near = candidates.filter(({ bbox: [x1, y1, x2, y2] }) => x1 <= maxX && x2 >= minX && y1 <= maxY && y2 >= minY);
  const inside = new Map<Id, number>(candidates.map((c) => [c.id, 0]));
  let total = 0;
  const step = (maxY - minY) / lines;
  for (let k = 0; k < lines; k++) {
    const y = minY + (k + 0.5) * step;
    const spans = area.crossings(y);
    if (spans.length < 2) continue;
    total += overlapLength(spans, [minX, maxX]);
    for (const c of near) inside.set(c.id, inside.get(c.id)! + overlapLength(spans, c.crossings(y)));
  }
  for (const [id, length] of inside) inside.set(id, total > 0 ? length / total : 0);
  return inside;
}

/**
 * The candidate holding most of the area (the lowest id on an exact tie, so the answer never
 * depends on file order), or undefined when none holds any of it.
 */
export function largestShare(shares: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  for (const [id, share] of shares)
    if (share > 0 && (best === undefined || share > shares.get(best)! || (share === shares.get(best) && id < best))) best = id;
  return best;
}
