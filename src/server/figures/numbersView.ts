/**
 * Everything the "In numbers" page shows (issue #8), through the same tables as the CSV files.
 * The page is a snapshot of the published records; it does not depend on today's date.
 */
import type { Db } from '../../../db/client.ts';
import {
  lateWorksTable, municipioTable, nilTable, punctualityTable, sourceTable, statusTable, yearTable,
  type TableContext,
} from './figureTables.ts';
import { investmentByMunicipio, investmentByNil, investmentBySource, investmentTotals } from './investmentFigures.ts';
import { nilMap } from './nilMap.ts';
import { nilSlugs } from './nilSlugs.ts';
import { completedPerYear, lateWorks, punctuality, worksByStatus } from './workFigures.ts';

/** The page lists the longest delays only; the CSV has every late work. */
export const LATE_WORKS_SHOWN = 20;

export async function numbersView(db: Db, ctx: TableContext) {
  const [totals, byMunicipio, bySource, byStatus, perYear, timing, late, byNil, slugs, map] = await Promise.all([
    investmentTotals(db),
    investmentByMunicipio(db),
    investmentBySource(db),
    worksByStatus(db),
    completedPerYear(db),
    punctuality(db),
    lateWorks(db, ctx.locale, { limit: LATE_WORKS_SHOWN }),
    investmentByNil(db),
    nilSlugs(db),
    nilMap(db),
  ]);
  return {
    totals,
    works: byStatus.reduce((sum, s) => sum + s.works, 0),
    finished: byStatus.filter((s) => s.status === 'finished' || s.status === 'open').reduce((sum, s) => sum + s.works, 0),
    punctuality: timing,
    tables: {
      byMunicipio: municipioTable(byMunicipio, ctx),
      bySource: sourceTable(bySource, ctx),
      byStatus: statusTable(byStatus, ctx),
      perYear: yearTable(perYear, ctx),
      punctuality: punctualityTable(timing, ctx),
      lateWorks: lateWorksTable(late, ctx),
      byNil: nilTable(byNil, ctx, slugs),
    },
    map,
  };
}

export type NumbersView = Awaited<ReturnType<typeof numbersView>>;
