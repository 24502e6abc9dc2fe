/**
 * A column written with its table's name, for correlated subqueries. In the selected fields of
 * a query on one table drizzle writes a bare column name, and inside a subquery a bare `id`
 * names the subquery's own table's column: the staff list once compared each revision with its
 * own id that way.
 */
import { getTableName, sql, type Column } from 'drizzle-orm';

/** @example sql`(select count(*) from ${funding} where ${funding.projectId} = ${qualified(projects.id)})` */
export const qualified = (column: Column) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
