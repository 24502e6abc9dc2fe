/** How the works are doing: by status, finished per year, on time or late (issue #8). */
import type { Db } from '../../../db/client.ts';
import { residentStatus, residentStatuses, statusesFor, type ResidentStatus, type Status } from '../../lib/vocabulary.ts';
import { IS_WORK, scopeSql, type FigureScope } from './countedWorks.ts';

/** Finished means "works completed" or "open to the public" in the residents' words. */
const FINISHED = [...statusesFor('finished'), ...statusesFor('open')].map((s) => `'${s}'`).join(', ');

/** Every plain-language status, zero included, in lifecycle order. */
export async function worksByStatus(db: Db, scope: FigureScope = {}): Promise<{ status: ResidentStatus; works: number }[]> {
  const where = scopeSql(scope);
  const { rows } = await db.$client.execute({
    sql: `select p.status, count(*) as works from projects p where ${IS_WORK}${where.sql} group by p.status`,
    args: where.args,
  });
  const counts = new Map<ResidentStatus, number>(residentStatuses.map((s) => [s, 0]));
  for (const r of rows) {
    const s = residentStatus(String(r.status) as Status);
    counts.set(s, counts.get(s)! + Number(r.works));
  }
  return residentStatuses.map((status) => ({ status, works: counts.get(status)! }));
}

/**
 * Finished works by the year of their current end date (for a finished work, the day it
 * ended). Years in between with none are listed with zero, so the axis has no gaps.
 */
export async function completedPerYear(db: Db, scope: FigureScope = {}): Promise<{ year: number; works: number }[]> {
  const where = scopeSql(scope);
  const { rows } = await db.$client.execute({
    sql: `select cast(substr(p.end_current, 1, 4) as integer) as year, count(*) as works from projects p
      where ${IS_WORK} and p.status in (${FINISHED}) and p.end_current is not null${where.sql}
      group by year order by year`,
    args: where.args,
  });
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [Number(r.year), Number(r.works)]));
  const first = Number(rows[0].year);
  const last = Number(rows[rows.length - 1].year);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, works: byYear.get(first + i) ?? 0 }));
}

export interface Punctuality {
  /** Current end date on or before the baseline. */
  onTime: number;
  /** Current end date after the baseline. */
  late: number;
  /** No baseline or no current end date: cannot tell. */
  undated: number;
  /** Median of the late works' delays, in days; null when none is late. */
  medianDelayDays: number | null;
}

/**
 * Works not cancelled, current end date against the baseline: a cancelled work is neither on
 * time nor late. The median is taken over the late works only ("how late are the late ones"),
 * in SQL (one scan and a sort) so that it stays cheap at any size.
 */
export async function punctuality(db: Db, scope: FigureScope = {}): Promise<Punctuality> {
  const where = scopeSql(scope);
  const expected = `${IS_WORK} and p.status != 'cancelled'${where.sql}`;
  const [counts, median] = await Promise.all([
    db.$client.execute({
      sql: `select
          coalesce(sum(p.end_current <= p.end_baseline), 0) as on_time,
          coalesce(sum(p.end_current > p.end_baseline), 0) as late,
          coalesce(sum(p.end_baseline is null or p.end_current is null), 0) as undated
        from projects p where ${expected}`,
      args: where.args,
    }),
    db.$client.execute({
      sql: `select avg(days) as median from (
          select days, row_number() over (order by days) as rank, count(*) over () as n from (
            select julianday(p.end_current) - julianday(p.end_baseline) as days
            from projects p where ${expected} and p.end_current > p.end_baseline))
        where rank in ((n + 1) / 2, (n + 2) / 2)`,
      args: where.args,
    }),
  ]);
  const r = counts.rows[0];
  const m = median.rows[0]?.median;
  return {
    onTime: Number(r.on_time),
    late: Number(r.late),
    undated: Number(r.undated),
    medianDelayDays: m === null || m === undefined ? null : Number(m),
  };
}

export interface LateWork {
  slug: string;
  title: string;
  titleLocale: string;
  endBaseline: string;
  endCurrent: string;
  delayDays: number;
  municipioId: number | null;
  nilName: string | null;
}

/**
 * The late works behind the median, longest delay first: all of them for the CSV, the first
 * `limit` for the page (a city-wide list can run to thousands).
 */
export async function lateWorks(db: Db, locale: string, { scope = {}, limit }: { scope?: FigureScope; limit?: number } = {}): Promise<LateWork[]> {
  const where = scopeSql(scope);
  // The late works are ranked from the figures index alone; only the ones kept are looked up.
  const { rows } = await db.$client.execute({
    sql: `select p.slug, coalesce(l.title, i.title, p.slug) as title, case when l.title is null then 'it' else ? end as title_locale,
        p.end_baseline, p.end_current, late.delay, p.municipio_id, n.name as nil_name
      from (select p.id, cast(round(julianday(p.end_current) - julianday(p.end_baseline)) as integer) as delay
          from projects p where ${IS_WORK} and p.status != 'cancelled' and p.end_current > p.end_baseline${where.sql}
          order by delay desc, p.id${limit === undefined ? '' : ` limit ${Math.max(0, Math.trunc(limit))}`}) late
      join projects p on p.id = late.id
      left join project_translations l on l.project_id = p.id and l.locale = ?
      left join project_translations i on i.project_id = p.id and i.locale = 'it'
      left join nil n on n.id = p.nil_id
      order by late.delay desc, late.id`,
    args: [locale, ...where.args, locale],
  });
  return rows.map((r) => ({
    slug: String(r.slug),
    title: String(r.title),
    titleLocale: String(r.title_locale),
    endBaseline: String(r.end_baseline),
    endCurrent: String(r.end_current),
    delayDays: Number(r.delay),
    municipioId: r.municipio_id === null ? null : Number(r.municipio_id),
    nilName: r.nil_name === null ? null : String(r.nil_name),
  }));
}
