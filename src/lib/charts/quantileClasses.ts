/**
 * Classes for a choropleth: quantiles of the positive values, so each colour covers about the
 * same number of areas however skewed the money is (one large park would otherwise paint the
 * whole city pale). Zero gets a class of its own (-1): "no investment" is not "a little".
 */

export interface Classes {
  /** Upper bound of each class, ascending and distinct; the last is the largest value. */
  breaks: number[];
  /** Lower bound of each class (the smallest value that falls in it). */
  lows: number[];
}

/**
 * @example quantileClasses([0, 1, 2, 3, 4, 10, 20, 30, 40], 4).breaks // [2, 4, 20, 40]
 */
export function quantileClasses(values: readonly number[], count: number): Classes {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0 || count < 1) return { breaks: [], lows: [] };
  const breaks: number[] = [];
  const lows: number[] = [];
  let start = 0;
  for (let c = 1; c <= count; c++) {
    const end = Math.ceil((c * positive.length) / count) - 1;
    if (end < start) continue;
    const upper = positive[end];
    // Equal values never straddle two classes: extend this class over all of them.
    let last = end;
    while (last + 1 < positive.length && positive[last + 1] === upper) last++;
    breaks.push(upper);
    lows.push(positive[start]);
    start = last + 1;
    if (start >= positive.length) break;
  }
  return { breaks, lows };
}

/**
 * The class index of a value: -1 for zero or less, else the first class whose bound holds it.
 * @example classOf(3, [2, 4, 20, 40]) // 1
 */
export function classOf(value: number, breaks: readonly number[]): number {
  if (!(value > 0)) return -1;
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}
