/**
 * A project's progress as the public sees it, in SQL. A programme shows programmeProgress
 * (src/lib/progress.ts) over its published works, each weighted by its current budget (at least
 * one cent); a project without published works shows its own. The number stored on a programme
 * is not updated when its works move on, so the list's sort, the API and the exports all read
 * this instead of the column. SQLite's round and Math.round agree on positive numbers.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.ts';
import { qualified } from './qualified.ts';
import { projects } from './schema.ts';

const work = alias(projects, 'work');
const weight = sql`max(coalesce(${work.budgetCurrentCents}, 0), 1)`;
const worksProgress = sql<number>`cast(round(sum(${weight} * ${work.progress}) * 1.0 / sum(${weight})) as integer)`;

/** For the `projects` row of the enclosing select: one index probe per row (projects_parent_idx). */
export const shownProgress = sql<number>`coalesce((select ${worksProgress} from ${projects} as "work" where ${work.parentId} = ${qualified(projects.id)} and ${work.publication} = 'published'), ${projects.progress})`;

/**
 * Every programme's progress at once (`parentId`, `progress`), to join when sorting a whole list
 * by it: cheaper than the per-row probe when no index can give the order.
 */
export function programmesProgress(db: Db) {
  return db
    .select({ parentId: work.parentId, progress: worksProgress.as('shown_progress') })
    .from(work)
    .where(and(isNotNull(work.parentId), eq(work.publication, 'published')))
    .groupBy(work.parentId)
    .as('programme_progress');
}
