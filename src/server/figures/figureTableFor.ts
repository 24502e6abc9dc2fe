/** One figure's table, querying only what that figure needs: the CSV endpoint's single call. */
import type { Db } from '../../../db/client.ts';
import type { FigureTable } from '../../lib/charts/figureTable.ts';
import {
  lateWorksTable, municipioTable, nilTable, punctualityTable, sourceTable, statusTable, yearTable,
  type FigureId, type TableContext,
} from './figureTables.ts';
import { investmentByMunicipio, investmentByNil, investmentBySource } from './investmentFigures.ts';
import { nilSlugs } from './nilSlugs.ts';
import { completedPerYear, lateWorks, punctuality, worksByStatus } from './workFigures.ts';

export async function figureTableFor(db: Db, id: FigureId, ctx: TableContext): Promise<FigureTable> {
  switch (id) {
    case 'investment-by-municipio':
      return municipioTable(await investmentByMunicipio(db), ctx);
    case 'investment-by-source':
      return sourceTable(await investmentBySource(db), ctx);
    case 'works-by-status':
      return statusTable(await worksByStatus(db), ctx);
    case 'completed-per-year':
      return yearTable(await completedPerYear(db), ctx);
    case 'punctuality':
      return punctualityTable(await punctuality(db), ctx);
    case 'late-works':
      return lateWorksTable(await lateWorks(db, ctx.locale), ctx);
    case 'investment-by-nil':
      return nilTable(await investmentByNil(db), ctx, await nilSlugs(db));
  }
}
