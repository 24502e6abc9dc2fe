/**
 * Turns the shared filter contract into SQL conditions on `projects`. Only published projects
 * are ever public; the list, the map data and the API all start here.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { funding, projects } from '../../db/schema.ts';
import type { ProjectFilters } from '../lib/projectFilters.ts';
import { residentStatuses, statusesFor, type ResidentStatus, type Status } from '../lib/vocabulary.ts';

/**
 * An FTS5 query from what a person typed: each word becomes a quoted prefix term, so "parco
 * lamb" finds "Parco Lambro" and no typed character can break the query syntax.
 * @example ftsQuery('Parco "lamb') // '"parco"* "lamb"*'
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

export function projectConditions(filters: Partial<ProjectFilters>): SQL {
  const conditions: SQL[] = [eq(projects.publication, 'published')];
  if (filters.municipio) conditions.push(eq(projects.municipioId, filters.municipio));
  if (filters.nil) conditions.push(eq(projects.nilId, filters.nil));
  if (filters.category) conditions.push(eq(projects.category, filters.category));
  if (filters.status) {
    const wanted: Status[] = (residentStatuses as readonly string[]).includes(filters.status)
      ? statusesFor(filters.status as ResidentStatus)
      : [filters.status as Status];
    conditions.push(inArray(projects.status, wanted));
  }
  if (filters.funding) {
    const source = filters.funding;
    conditions.push(
      sql`exists (select 1 from ${funding} where ${funding.projectId} = ${projects.id} and ${funding.source} = ${source})`,
    );
  }
  if (filters.q) {
    const match = ftsQuery(filters.q);
    if (match)
      conditions.push(
        sql`${projects.id} in (select project_id from project_translations where rowid in (select rowid from project_search where project_search match ${match}))`,
      );
  }
  return and(...conditions)!;
}
