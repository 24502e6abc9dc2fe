/**
 * How every figure counts, in one place (issue #8), so the home page, "In numbers", the area
 * summaries and the CSV files can never disagree.
 *
 * - A **work** is a published project that has no published children. A programme groups works
 *   and carries no money of its own, so counting programmes too would count the same money and
 *   the same building site twice; a programme whose works are not public yet stands for itself.
 * - **Investment** is the current budget (`budget_current_cents`) of the works that are not
 *   cancelled: money for works going ahead or done. A cancelled work's budget is not spent.
 * - Counts by status include cancelled works, so that cancellations stay visible.
 *
 * Written as SQL fragments over `projects p` because every figure is one aggregate query.
 */
/** A published project without published children (the list of parents is built once per query). */
export const IS_WORK = `(p.publication = 'published' and p.id not in (
  select c.parent_id from projects c where c.parent_id is not null and c.publication = 'published'))`;

/** A work whose current budget counts as investment. */
export const IS_INVESTED = `(${IS_WORK} and p.status != 'cancelled')`;

/** The whole city, one Municipio or one NIL. */
export interface FigureScope {
  municipio?: number;
  nil?: number;
}

/**
 * `and …` conditions restricting `projects p` to a scope, with their arguments.
 * @example scopeSql({ nil: 49 }) // { sql: ' and p.nil_id = ?', args: [49] }
 */
export function scopeSql(scope: FigureScope = {}): { sql: string; args: number[] } {
  const parts: string[] = [];
  const args: number[] = [];
  if (scope.municipio !== undefined) {
    parts.push(' and p.municipio_id = ?');
    args.push(scope.municipio);
  }
  if (scope.nil !== undefined) {
    parts.push(' and p.nil_id = ?');
    args.push(scope.nil);
  }
  return { sql: parts.join(''), args };
}
