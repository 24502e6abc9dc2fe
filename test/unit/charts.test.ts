/** The pure chart helpers of src/lib/charts and the figure arithmetic, with named fixtures. */
import { describe, expect, it } from 'vitest';
import { areaPath } from '../../src/lib/charts/areaPath.ts';
import { barLayout } from '../../src/lib/charts/barLayout.ts';
import { niceTicks } from '../../src/lib/charts/niceTicks.ts';
import { equirectangular } from '../../src/lib/charts/projection.ts';
import { classOf, quantileClasses } from '../../src/lib/charts/quantileClasses.ts';
import { formatDays } from '../../src/lib/charts/figureTable.ts';
import { simplify } from '../../src/lib/charts/simplify.ts';
import { parseBoundaries } from '../../src/lib/boundaries.ts';
import { readFileSync } from 'node:fs';
import { officialData } from '../helpers/db.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { median } from '../../src/lib/median.ts';
import { addDays, monthRange } from '../../src/lib/month.ts';
import type { AreaGeometry } from '../../src/lib/geo.ts';

/** Investment per Municipio in cents, as the seed has it: one large, several mid, one nil. */
const municipioInvestment = [1_283_000_00, 2_150_000_00, 3_520_000_00, 12_650_000_00, 0, 21_500_000_00];
/** A unit square with a square hole, lon/lat degrees. */
const squareWithHole: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
    [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]],
  ],
};
/** Two islands and a sliver that rounds to a single point. */
const islands: AreaGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [[[0, 0], [1, 0], [1, 1], [0, 0]]],
    [[[3, 3], [4, 3], [4, 4], [3, 3]]],
    [[[5, 5], [5.001, 5], [5.001, 5.001], [5, 5]]],
  ],
};
/** The Comune di Milano's official extent. */
const milanBox = [9.0406, 45.3867, 9.278, 45.5359] as const;

describe('niceTicks', () => {
  it('ends on the first round step at or above the largest value', () => {
    expect(niceTicks(87, 4)).toEqual({ max: 100, values: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(100, 4)).toEqual({ max: 100, values: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(3, 4)).toEqual({ max: 3, values: [0, 1, 2, 3] });
    expect(niceTicks(7, 4)).toEqual({ max: 8, values: [0, 2, 4, 6, 8] });
    expect(niceTicks(0.37, 4).values).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('handles money in cents without drift', () => {
    const ticks = niceTicks(Math.max(...municipioInvestment));
    expect(ticks.max).toBe(2_500_000_000);
    expect(ticks.values).toEqual([0, 500_000_000, 1_000_000_000, 1_500_000_000, 2_000_000_000, 2_500_000_000]);
  });

  it('keeps counts on whole numbers when asked', () => {
    expect(niceTicks(2, 4, 1)).toEqual({ max: 2, values: [0, 1, 2] });
    expect(niceTicks(1, 4)).toEqual({ max: 1, values: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(barLayout([1, 3], 100, { minStep: 1 }).ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
  });

  it('gives an axis for nothing at all', () => {
    expect(niceTicks(0)).toEqual({ max: 1, values: [0, 1] });
    expect(niceTicks(Number.NaN)).toEqual({ max: 1, values: [0, 1] });
  });
});

describe('barLayout', () => {
  it('scales every bar to the last tick', () => {
    const layout = barLayout([50, 100, 0], 80);
    expect(layout.lengths).toEqual([40, 80, 0]);
    expect(layout.ticks.at(-1)).toEqual({ value: 100, at: 80 });
  });

  it('never draws a bar longer than the axis or below zero', () => {
    const layout = barLayout(municipioInvestment, 75);
    expect(Math.max(...layout.lengths)).toBeLessThanOrEqual(75);
    expect(Math.min(...barLayout([-5, 10], 100).lengths)).toBe(0);
  });
});

describe('quantileClasses', () => {
  it('splits the positive values into classes of equal size', () => {
    expect(quantileClasses([0, 1, 2, 3, 4, 10, 20, 30, 40], 4)).toEqual({ breaks: [2, 4, 20, 40], lows: [1, 3, 10, 30] });
  });

  it('keeps equal values in one class and yields fewer classes when values repeat', () => {
    expect(quantileClasses([5, 5, 5, 5], 4).breaks).toEqual([5]);
    expect(quantileClasses([1, 1, 1, 2], 4).breaks).toEqual([1, 2]);
  });

  it('has no class when nothing is positive', () => {
    expect(quantileClasses([0, 0], 5)).toEqual({ breaks: [], lows: [] });
  });

  it('puts zero apart and every value in the class holding it', () => {
    const { breaks } = quantileClasses(municipioInvestment, 3);
    expect(classOf(0, breaks)).toBe(-1);
    expect(classOf(Math.max(...municipioInvestment), breaks)).toBe(breaks.length - 1);
    for (const v of municipioInvestment.filter((x) => x > 0)) {
      const c = classOf(v, breaks);
      expect(v).toBeLessThanOrEqual(breaks[c]);
      if (c > 0) expect(v).toBeGreaterThan(breaks[c - 1]);
    }
  });
});

describe('equirectangular', () => {
  it('keeps Milan’s proportions by scaling longitude with cos(latitude)', () => {
    const p = equirectangular([...milanBox], 600);
    const k = Math.cos((((milanBox[1] + milanBox[3]) / 2) * Math.PI) / 180);
    expect(p.height / p.width).toBeCloseTo((milanBox[3] - milanBox[1]) / ((milanBox[2] - milanBox[0]) * k), 6);
    expect(p.project([milanBox[0], milanBox[3]])).toEqual([0, 0]); // north-west corner at the origin
    const [x, y] = p.project([milanBox[2], milanBox[1]]);
    expect(x).toBeCloseTo(600, 6);
    expect(y).toBeCloseTo(p.height, 6);
  });

  it('leaves a margin on every side', () => {
    const p = equirectangular([0, 0, 1, 1], 120, 10);
    expect(p.project([0, 1])).toEqual([10, 10]);
    expect(p.project([1, 0])[0]).toBeCloseTo(110, 6);
  });
});

describe('areaPath', () => {
  const identity = ([x, y]: [number, number]) => [x, y] as [number, number];

  it('draws the outer ring and its hole as one path', () => {
    expect(areaPath(squareWithHole, identity)).toBe('M0 0l4 0 0 4 -4 0zM1 1l1 0 0 1 -1 0z');
  });

  it('draws every polygon of a MultiPolygon and drops what rounds to a point', () => {
    expect(areaPath(islands, identity)).toBe('M0 0l1 0 0 1zM3 3l1 0 0 1z');
  });

  it('rounds projected positions and skips repeated points', () => {
    const half = ([x, y]: [number, number]) => [x / 3, y / 3] as [number, number];
    // 4/3 rounds to 1.3 and 2/3 to 0.7: the steps go between rounded points, so the ring closes.
    expect(areaPath(squareWithHole, half)).toBe('M0 0l1.3 0 0 1.3 -1.3 0zM0.3 0.3l0.4 0 0 0.4 -0.4 0z');
  });
});

describe('simplify', () => {
  /** A street drawn with a wobble of a tenth of a unit, then a real corner. */
  const wobblyStreet: [number, number][] = [[0, 0], [1, 0.1], [2, -0.1], [3, 0], [3, 5]];

  it('drops points closer to the line than the tolerance and keeps corners', () => {
    expect(simplify(wobblyStreet, 0.5)).toEqual([[0, 0], [3, 0], [3, 5]]);
    expect(simplify(wobblyStreet, 0.05)).toEqual(wobblyStreet);
    expect(simplify(wobblyStreet, 0)).toEqual(wobblyStreet);
  });

  it('keeps a closed ring closed', () => {
    const ring: [number, number][] = [[0, 0], [4, 0], [4, 0.1], [4, 4], [0, 4], [0, 0]];
    expect(simplify(ring, 0.5)).toEqual([[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]);
  });
});

describe('the official NIL map', () => {
  const parsed = parseBoundaries('nil', readFileSync(officialData.nil, 'utf8'), 'nil');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const projection = equirectangular([...milanBox], 600, 4);

  it('draws every one of the 88 NIL in a few tens of kilobytes', () => {
    const paths = parsed.areas.map((a) => areaPath(a.geometry, projection.project, { tolerance: 0.5 }));
    expect(paths).toHaveLength(88);
    for (const d of paths) expect(d).toMatch(/^M[\d.]+ [\d.]+l[-\d. ]+z/);
    const size = paths.join('').length;
    expect(size).toBeLessThan(30_000);
    expect(size).toBeLessThan(parsed.areas.map((a) => areaPath(a.geometry, projection.project)).join('').length / 4);
  });
});

describe('formatDays', () => {
  it('uses each locale’s words and plural rules', () => {
    expect(formatDays(1, 'it-IT')).toBe('1 giorno');
    expect(formatDays(257.5, 'it-IT')).toBe('257,5 giorni');
    expect(formatDays(1, 'en-GB')).toBe('1 day');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 10])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes only when needed and keeps numbers locale-free', () => {
    expect(toCsv(['name', 'euros'], [['Città', 1250.5], ['Via "Padova", 1', null]])).toBe(
      '\uFEFFname,euros\r\nCittà,1250.5\r\n"Via ""Padova"", 1",\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula, not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -5]])).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-5\r\n');
  });
});

describe('months', () => {
  it('knows the length of every month, leap years included', () => {
    expect(monthRange('2026-02')).toEqual({ month: '2026-02', first: '2026-02-01', last: '2026-02-28' });
    expect(monthRange('2028-02')?.last).toBe('2028-02-29');
    expect(monthRange('2026-11')?.last).toBe('2026-11-30');
  });

  it('refuses anything that is not YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', '', null, 202611]) expect(monthRange(bad)).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-29', -60)).toBe('2026-09-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
