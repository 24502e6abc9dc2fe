/** The home page: headline figures, the latest updated projects, the Municipi. */
import type { Db } from '../../db/client.ts';
import { projectFiltersSchema } from '../lib/projectFilters.ts';
import { listMunicipi } from './areas.ts';
import { headlineFigures } from './headlineFigures.ts';
import { listProjects } from './listProjects.ts';

export async function homeView(db: Db, locale: string) {
  const [figures, recent, municipi] = await Promise.all([
    headlineFigures(db),
    listProjects(db, projectFiltersSchema.parse({}), locale, 6),
    listMunicipi(db),
  ]);
  return { figures, recent, municipi };
}
