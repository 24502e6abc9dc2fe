/**
 * A programme's progress is the budget-weighted mean of its children's progress (issue #2):
 * a €10M park at 50 % weighs more than a €100k bench at 100 %. Children without a budget
 * count with weight 1 cent so that a programme of unbudgeted works still has a progress.
 * @example programmeProgress([{ progress: 50, budgetCents: 300 }, { progress: 100, budgetCents: 100 }]) // 63
 */
export function programmeProgress(children: { progress: number; budgetCents: number | null }[]): number | null {
  if (children.length === 0) return null;
  let weight = 0;
  let sum = 0;
  for (const child of children) {
    const w = Math.max(child.budgetCents ?? 0, 1);
    weight += w;
    sum += w * child.progress;
  }
  return Math.round(sum / weight);
}

/** Clamps anything to a whole 0–100 percentage. @example clampProgress(140) // 100 */
export function clampProgress(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}
