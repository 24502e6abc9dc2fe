/**
 * The summary block of a Municipio or NIL page: the same figures as "In numbers", counted the
 * same way (countedWorks.ts), for one area.
 */
import type { Db } from '../../../db/client.ts';
import type { FigureScope } from './countedWorks.ts';
import { punctualityTable, statusTable, type TableContext } from './figureTables.ts';
import { investmentTotals } from './investmentFigures.ts';
import { punctuality, worksByStatus } from './workFigures.ts';

export async function areaFigures(db: Db, scope: FigureScope, ctx: TableContext) {
  const [totals, byStatus, timing] = await Promise.all([
    investmentTotals(db, scope),
    worksByStatus(db, scope),
    punctuality(db, scope),
  ]);
  return {
    totals,
    works: byStatus.reduce((sum, s) => sum + s.works, 0),
    punctuality: timing,
    tables: { byStatus: statusTable(byStatus, ctx), punctuality: punctualityTable(timing, ctx) },
  };
}

export type AreaFiguresView = Awaited<ReturnType<typeof areaFigures>>;
