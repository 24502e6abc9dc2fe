/**
 * The middle value; for an even count, the mean of the two middle values. Null for no values.
 * @example median([3, 1, 10]) // 3
 * @example median([1, 2, 3, 10]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
