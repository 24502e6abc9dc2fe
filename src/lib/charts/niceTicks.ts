/**
 * Round axis ticks for a value axis that starts at zero: steps of 1, 2 or 5 × 10ⁿ, the last tick
 * at or above the largest value, so that bars never run past the axis.
 */

export interface Ticks {
  /** The value the axis ends at: the last tick. */
  max: number;
  /** From 0 to `max`, evenly spaced. */
  values: number[];
}

/**
 * At most `target + 1` intervals: the smallest round step that needs no more.
 * @example niceTicks(87, 4) // { max: 100, values: [0, 20, 40, 60, 80, 100] }
 * @example niceTicks(2, 4, 1) // { max: 2, values: [0, 1, 2] }
 * @example niceTicks(0) // { max: 1, values: [0, 1] }
 */
export function niceTicks(largest: number, target = 4, minStep = 0): Ticks {
  if (!(largest > 0) || !Number.isFinite(largest)) return { max: 1, values: [0, 1] };
  const rough = largest / (Math.max(1, target) + 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // minStep 1 keeps counts of works on whole numbers.
  const step = Math.max(minStep, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  const count = Math.ceil(largest / step - 1e-9);
  // Multiplying (not adding) keeps 0.1-steps free of float drift.
  const values = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: values[values.length - 1], values };
}
