import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  distanceMetres,
  inBBox,
  insideMilan,
  pointInArea,
  ringProblem,
  type MultiPolygonGeometry,
  type PolygonGeometry,
  type Position,
} from '../../src/lib/geo.ts';

// Named places, [lon, lat] as GeoJSON has them.
const duomo: Position = [9.19, 45.4642];
const rome: Position = [12.4964, 41.9028];
const rho: Position = [9.04, 45.53]; // just past the city line, still inside the generous box

// A 2 × 2 km-ish block around the Duomo with a courtyard cut out of its middle.
const blockWithCourtyard: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [[9.18, 45.455], [9.2, 45.455], [9.2, 45.475], [9.18, 45.475], [9.18, 45.455]],
    [[9.188, 45.463], [9.192, 45.463], [9.192, 45.467], [9.188, 45.467], [9.188, 45.463]],
  ],
};
const courtyard: Position = [9.19, 45.465];

// Two separate islands, like a NIL split by a railway.
const twoIslands: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [[[9.1, 45.5], [9.11, 45.5], [9.11, 45.51], [9.1, 45.5]]],
    [[[9.2, 45.4], [9.21, 45.4], [9.21, 45.41], [9.2, 45.41], [9.2, 45.4]]],
  ],
};

describe('insideMilan', () => {
  it('accepts the Duomo and refuses Rome', () => {
    expect(insideMilan(...duomo)).toBe(true);
    expect(insideMilan(...rome)).toBe(false);
  });
  it('refuses the Duomo with latitude and longitude swapped', () => {
    expect(insideMilan(duomo[1], duomo[0])).toBe(false);
  });
  it('is a box, not the city line: Rho passes', () => {
    expect(insideMilan(...rho)).toBe(true);
  });
});

describe('pointInArea', () => {
  it('finds a point inside the outer ring', () => {
    expect(pointInArea(9.182, 45.457, blockWithCourtyard)).toBe(true);
  });
  it('leaves out a point in a hole', () => {
    expect(pointInArea(...courtyard, blockWithCourtyard)).toBe(false);
  });
  it('leaves out a point outside', () => {
    expect(pointInArea(...rome, blockWithCourtyard)).toBe(false);
  });
  it('looks in every polygon of a MultiPolygon', () => {
    expect(pointInArea(9.205, 45.405, twoIslands)).toBe(true);
    expect(pointInArea(9.108, 45.502, twoIslands)).toBe(true);
    expect(pointInArea(9.15, 45.45, twoIslands)).toBe(false);
  });
});

describe('bboxOf and inBBox', () => {
  it('spans every polygon of a MultiPolygon', () => {
    expect(bboxOf(twoIslands)).toEqual([9.1, 45.4, 9.21, 45.51]);
  });
  it('includes the edges of the box', () => {
    const box = bboxOf(blockWithCourtyard);
    expect(inBBox(9.18, 45.455, box)).toBe(true);
    expect(inBBox(9.2, 45.475, box)).toBe(true);
    expect(inBBox(9.2001, 45.46, box)).toBe(false);
  });
});

describe('distanceMetres', () => {
  it('measures a hundredth of a degree of latitude as about 1112 m', () => {
    expect(distanceMetres(duomo, [9.19, 45.4742])).toBeCloseTo(1112, 0);
  });
  it('is zero for the same point and symmetric', () => {
    expect(distanceMetres(duomo, duomo)).toBe(0);
    expect(distanceMetres(duomo, rome)).toBeCloseTo(distanceMetres(rome, duomo), 6);
  });
  it('puts Rome about 477 km from the Duomo', () => {
    expect(distanceMetres(duomo, rome) / 1000).toBeCloseTo(477, -1);
  });
});

describe('ringProblem', () => {
  it('accepts a closed ring of four positions', () => {
    expect(ringProblem(twoIslands.coordinates[0][0])).toBeNull();
  });
  it('refuses a ring that is too short', () => {
    expect(ringProblem([[9.1, 45.5], [9.2, 45.5], [9.1, 45.5]])).toMatch(/at least 4/);
  });
  it('refuses a ring that is not closed', () => {
    expect(ringProblem([[9.1, 45.5], [9.2, 45.5], [9.2, 45.6], [9.1, 45.6]])).toMatch(/not closed/);
  });
  it('refuses positions that are not pairs of finite numbers', () => {
    expect(ringProblem([[9.1, 45.5], ['9.2', 45.5], [9.2, 45.6], [9.1, 45.5]])).toMatch(/pair of numbers/);
    expect(ringProblem([[9.1, 45.5], [NaN, 45.5], [9.2, 45.6], [9.1, 45.5]])).toMatch(/pair of numbers/);
    expect(ringProblem([[9.1], [9.2, 45.5], [9.2, 45.6], [9.1]])).toMatch(/pair of numbers/);
  });
  it('refuses something that is not a ring at all', () => {
    expect(ringProblem('9.1 45.5')).not.toBeNull();
    expect(ringProblem(null)).not.toBeNull();
  });
});
