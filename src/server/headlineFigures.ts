/** The home page's figures, straight from the published records. */
import type { Db } from '../../db/client.ts';

export interface HeadlineFigures {
  projects: number;
  underway: number;
  finished: number;
  investmentCents: number;
  neighbourhoods: number;
}

/**
 * Investment sums the works, not the programmes that group them: a programme's own budget would
 * count its children twice, so only projects without published children are added up.
 */
export async function headlineFigures(db: Db): Promise<HeadlineFigures> {
  const result = await db.$client.execute(`
    select count(*) as projects,
      sum(status = 'works') as underway,
      sum(status in ('completed', 'in_use')) as finished,
      coalesce(sum(case when not exists (
        select 1 from projects c where c.parent_id = p.id and c.publication = 'published'
      ) then budget_current_cents end), 0) as investment,
      count(distinct nil_id) as neighbourhoods
    from projects p where publication = 'published'`);
  const row = result.rows[0];
  return {
    projects: Number(row.projects),
    underway: Number(row.underway ?? 0),
    finished: Number(row.finished ?? 0),
    investmentCents: Number(row.investment),
    neighbourhoods: Number(row.neighbourhoods),
  };
}

