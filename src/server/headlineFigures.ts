/** The home page's figures, straight from the published records. */
import type { Db } from '../../db/client.ts';
import { IS_INVESTED, IS_WORK } from './figures/countedWorks.ts';

export interface HeadlineFigures {
  projects: number;
  underway: number;
  finished: number;
  investmentCents: number;
  neighbourhoods: number;
}

/**
 * `projects` counts every published record (programmes too: each has its page); the other
 * figures count works as "In numbers" does (figures/countedWorks.ts), so a programme's site
 * is not counted next to its own works and its money is not counted twice.
 */
export async function headlineFigures(db: Db): Promise<HeadlineFigures> {
  const result = await db.$client.execute(`
    select count(*) as projects,
      sum(${IS_WORK} and p.status = 'works') as underway,
      sum(${IS_WORK} and p.status in ('completed', 'in_use')) as finished,
      coalesce(sum(case when ${IS_INVESTED} then p.budget_current_cents end), 0) as investment,
      count(distinct p.nil_id) as neighbourhoods
    from projects p where p.publication = 'published'`);
  const row = result.rows[0];
  return {
    projects: Number(row.projects),
    underway: Number(row.underway ?? 0),
    finished: Number(row.finished ?? 0),
    investmentCents: Number(row.investment),
    neighbourhoods: Number(row.neighbourhoods),
  };
}
