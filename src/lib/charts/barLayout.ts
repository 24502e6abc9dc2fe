/**
 * The geometry of a bar or column chart as numbers only, so that the SVG components stay thin
 * and the layout is unit-tested: every bar's length and every tick's position along an axis of
 * `extent` units (percent of the plot for horizontal bars, pixels for columns).
 */
import { niceTicks } from './niceTicks.ts';

export interface BarLayout {
  /** Length of each bar, in the order of the values, 0 ≤ length ≤ extent. */
  lengths: number[];
  ticks: { value: number; at: number }[];
}

/**
 * @example barLayout([50, 100], 80) // { lengths: [40, 80], ticks: [{ value: 0, at: 0 }, … { value: 100, at: 80 }] }
 */
export function barLayout(values: readonly number[], extent: number, { targetTicks = 4, minStep = 0 } = {}): BarLayout {
  const ticks = niceTicks(Math.max(0, ...values), targetTicks, minStep);
  const scale = (v: number) => (Math.max(0, v) / ticks.max) * extent;
  return {
    lengths: values.map(scale),
    ticks: ticks.values.map((value) => ({ value, at: scale(value) })),
  };
}
