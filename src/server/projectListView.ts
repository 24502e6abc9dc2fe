/** What a filtered list page needs: parsed filters, one page of results, and the options. */
import type { Db } from '../../db/client.ts';
import { parseProjectFilters, type ProjectFilters } from '../lib/projectFilters.ts';
import { areaOptions } from './areas.ts';
import { listProjects } from './listProjects.ts';

/**
 * @param fixed filters an area page imposes (its Municipio or NIL), which the URL cannot override
 */
export async function projectListView(db: Db, params: URLSearchParams, locale: string, fixed: Partial<ProjectFilters> = {}) {
  const { filters: parsed, invalid } = parseProjectFilters(params);
  const filters = { ...parsed, ...fixed };
  const [result, options] = await Promise.all([listProjects(db, filters, locale), areaOptions(db)]);
  return { filters, invalid, result, ...options };
}
