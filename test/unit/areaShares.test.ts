/** Shares of an area held by others (src/lib/areaShares.ts): which Municipio a NIL belongs to. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaShares, largestShare, overlapLength, scanOutline } from '../../src/lib/areaShares.ts';
import { bboxOf, type AreaGeometry, type Ring } from '../../src/lib/geo.ts';

const rect = (x1: number, y1: number, x2: number, y2: number): Ring => [[x1, y1], [x2, y1], [x2, y2], [x1, y2], [x1, y1]];
const polygon = (...rings: Ring[]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });
const outline = (area: AreaGeometry) => scanOutline(area, bboxOf(area));
const candidate = (id: number, area: AreaGeometry) => ({ id, ...outline(area) });

describe('scanOutline and overlapLength', () => {
  it('finds where a line enters and leaves, holes and separate parts included', () => {
    const withHole = polygon(rect(0, 0, 10, 10), rect(4, 4, 6, 6));
    expect(outline(withHole).crossings(5)).toEqual([0, 4, 6, 10]);
    expect(outline(withHole).crossings(2)).toEqual([0, 10]);
    expect(outline(withHole).crossings(11)).toEqual([]);
    const twoParts: AreaGeometry = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [[[3, 0], [5, 0], [4, 1], [3, 0]]]] };
    expect(outline(twoParts).crossings(0.5)).toEqual([0, 1, 3.5, 4.5]);
  });

  it('measures overlaps of span lists', () => {
    expect(overlapLength([0, 4, 6, 10], [3, 7])).toBe(2);
    expect(overlapLength([0, 10], [1, 2, 3, 4, 8, 12])).toBe(4);
    expect(overlapLength([0, 1], [])).toBe(0);
  });
});

describe('areaShares', () => {
  it('splits a square between the areas it straddles, holes and triangles exactly', () => {
    const square = outline(polygon(rect(0, 0, 10, 10)));
    const west = candidate(4, polygon(rect(-5, -5, 3, 15)));
    const east = candidate(5, polygon(rect(3, -5, 15, 15)));
    const far = candidate(9, polygon(rect(50, 50, 60, 60)));
    const shares = areaShares(square, [west, east, far]);
    expect(shares.get(4)).toBeCloseTo(0.3, 12);
    expect(shares.get(5)).toBeCloseTo(0.7, 12);
    expect(shares.get(9)).toBe(0);
    expect(largestShare(shares)).toBe(5);

    // A candidate with a hole where the square is; a diagonal cut (midpoint rule, exact on lines).
    const ringAround = candidate(1, polygon(rect(-5, -5, 15, 15), rect(0, 0, 10, 5)));
    expect(areaShares(square, [ringAround]).get(1)).toBeCloseTo(0.5, 12);
    const lowerRight = candidate(2, polygon([[-5, -5], [15, -5], [15, 15], [-5, -5]]));
    expect(areaShares(square, [lowerRight]).get(2)).toBeCloseTo(0.5, 12);
  });

  it('breaks an exact tie by the lowest id and names none when nothing overlaps', () => {
    expect(largestShare(new Map([[5, 0.5], [4, 0.5]]))).toBe(4);
    expect(largestShare(new Map([[5, 0], [4, 0]]))).toBeUndefined();
  });

  it('matches the exact fractions of any rectangle cut by a vertical and a horizontal line', () => {
    const num = fc.integer({ min: -1000, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(num, num, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (x, y, w, h, fx, fy) => {
        const [x2, y2, cutX, cutY] = [x + w / 10, y + h / 10, x + (fx * w) / 10, y + (fy * h) / 10];
        const big = 1e4;
        const quarters = [
          candidate(1, polygon(rect(-big, -big, cutX, cutY))),
          candidate(2, polygon(rect(cutX, -big, big, cutY))),
          candidate(3, polygon(rect(-big, cutY, cutX, big))),
          candidate(4, polygon(rect(cutX, cutY, big, big))),
        ];
        const shares = areaShares(outline(polygon(rect(x, y, x2, y2))), quarters, 2000);
        // Along a line exact; across lines at most one line's worth of error at the cut.
        const expected = [fx * fy, (1 - fx) * fy, fx * (1 - fy), (1 - fx) * (1 - fy)];
        expected.forEach((e, i) => expect(Math.abs(shares.get(i + 1)! - e)).toBeLessThan(1 / 2000 + 1e-9));
        expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});
