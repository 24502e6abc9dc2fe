/** Where the money goes: investment by Municipio, by NIL and by funding source (issue #8). */
import type { Db } from '../../../db/client.ts';
import type { FundingSource } from '../../lib/vocabulary.ts';
import { IS_INVESTED, scopeSql, type FigureScope } from './countedWorks.ts';

export interface AreaInvestment {
  /** null for works not yet located in an area. */
  id: number | null;
  name: string;
  cents: number;
  works: number;
}

export interface SourceInvestment {
  /** `unassigned`: budget of works whose funding rows do not add up to it. */
  source: FundingSource | 'unassigned';
  cents: number;
}

export interface InvestmentTotals {
  cents: number;
  /** Works whose budget counts (not cancelled). */
  works: number;
}

export async function investmentTotals(db: Db, scope: FigureScope = {}): Promise<InvestmentTotals> {
  const where = scopeSql(scope);
  const { rows } = await db.$client.execute({
    sql: `select coalesce(sum(p.budget_current_cents), 0) as cents, count(*) as works
      from projects p where ${IS_INVESTED}${where.sql}`,
    args: where.args,
  });
  return { cents: Number(rows[0].cents), works: Number(rows[0].works) };
}

/**
 * Every Municipio (or NIL) with its investment, zero included, plus a row for works without an
 * area when there are any, so the rows always add up to the total.
 */
async function investmentByArea(db: Db, kind: 'municipio' | 'nil'): Promise<AreaInvestment[]> {
  const [table, column] = kind === 'municipio' ? ['municipi', 'municipio_id'] : ['nil', 'nil_id'];
  // Grouped by Municipio then NIL, the order of projects_pub_figures_idx, so SQLite reads that
  // index alone and needs no sort; the NIL totals are added up here.
  const [areas, sums] = await Promise.all([
    db.$client.execute(`select id, name from ${table} order by ${kind === 'municipio' ? 'id' : 'name'}`),
    db.$client.execute(`select p.${column} as id, coalesce(sum(p.budget_current_cents), 0) as cents, count(*) as works
      from projects p where ${IS_INVESTED} group by p.municipio_id, p.nil_id`),
  ]);
  const byId = new Map<number | null, { cents: number; works: number }>();
  for (const r of sums.rows) {
    const id = r.id === null ? null : Number(r.id);
    const sum = byId.get(id) ?? { cents: 0, works: 0 };
    byId.set(id, { cents: sum.cents + Number(r.cents), works: sum.works + Number(r.works) });
  }
  const rows: AreaInvestment[] = areas.rows.map((a) => ({ id: Number(a.id), name: String(a.name), ...(byId.get(Number(a.id)) ?? { cents: 0, works: 0 }) }));
  const unlocated = byId.get(null);
  if (unlocated) rows.push({ id: null, name: '', ...unlocated });
  return rows;
}

export const investmentByMunicipio = (db: Db) => investmentByArea(db, 'municipio');
export const investmentByNil = (db: Db) => investmentByArea(db, 'nil');

/**
 * Funding rows of the invested works by source. Every row counts, closed ones too: a row with
 * an end date is money that source paid before another took over, and all rows together make
 * the current budget. Whatever the rows leave uncovered is reported as `unassigned`.
 */
export async function investmentBySource(db: Db, scope: FigureScope = {}): Promise<SourceInvestment[]> {
  const where = scopeSql(scope);
  const [bySource, gap] = await Promise.all([
    db.$client.execute({
      sql: `select f.source, sum(f.amount_cents) as cents from funding f join projects p on p.id = f.project_id
        where ${IS_INVESTED}${where.sql} group by f.source order by cents desc, f.source`,
      args: where.args,
    }),
    db.$client.execute({
      sql: `select coalesce(sum(max(0, coalesce(p.budget_current_cents, 0) - coalesce(f.cents, 0))), 0) as cents
        from projects p left join (select project_id, sum(amount_cents) as cents from funding group by project_id) f
          on f.project_id = p.id
        where ${IS_INVESTED}${where.sql}`,
      args: where.args,
    }),
  ]);
  const rows: SourceInvestment[] = bySource.rows.map((r) => ({ source: String(r.source) as FundingSource, cents: Number(r.cents) }));
  const unassigned = Number(gap.rows[0].cents);
  if (unassigned > 0) rows.push({ source: 'unassigned', cents: unassigned });
  return rows;
}
