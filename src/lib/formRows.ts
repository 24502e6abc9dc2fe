/**
 * The rows of one repeated list (funding, milestones, updates, photos) present in a staff form's
 * values, in order. A row's place in this list is the number its heading shows ("Row 2"), which
 * is not its form index + 1 once rows were removed in between: the headings and the error summary
 * both count with this. Pure.
 * @example formRows({ 'funding.0.line': 'a', 'funding.3.line': 'b' }, 'funding') // [0, 3]
 */
export function formRows(values: Record<string, string>, kind: string): number[] {
  const found = new Set<number>();
  const prefix = `${kind}.`;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const m = /^(\d+)\./.exec(key.slice(prefix.length));
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}
