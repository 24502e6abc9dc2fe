/**
 * The counting rules of src/server/figures/countedWorks.ts on a real seeded database, in the
 * cases the seed does not show: a programme with no public works, a cancelled work, funding
 * that falls short of the budget, a work outside any area (issue #8).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { seedDemo } from '../../db/seed.ts';
import { investmentByMunicipio, investmentBySource, investmentTotals } from '../../src/server/figures/investmentFigures.ts';
import { completedPerYear, lateWorks, punctuality, worksByStatus } from '../../src/server/figures/workFigures.ts';
import { memoryDb } from '../helpers/db.ts';

let db: Db;
const one = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows[0];

beforeEach(async () => {
  db = await memoryDb();
  await seedDemo(db);
});

describe('counted works', () => {
  it('counts a programme through its works, and as a work once none of them is public', async () => {
    const programme = await one("select id, slug from projects p where exists (select 1 from projects c where c.parent_id = p.id) order by id limit 1");
    const works = async () => (await worksByStatus(db)).reduce((s, r) => s + r.works, 0);
    const before = await works();
    const children = Number((await one("select count(*) as n from projects where parent_id = ? and publication = 'published'", [Number(programme.id)])).n);
    await db.$client.execute({ sql: "update projects set publication = 'draft' where parent_id = ?", args: [Number(programme.id)] });
    expect(await works()).toBe(before - children + 1);
  });

  it('leaves a cancelled work’s budget out of the investment but keeps it in the counts', async () => {
    const totals = await investmentTotals(db);
    const work = await one("select id, budget_current_cents as cents from projects where status = 'works' and parent_id is not null and budget_current_cents > 0 limit 1");
    await db.$client.execute({ sql: "update projects set status = 'cancelled' where id = ?", args: [Number(work.id)] });
    const after = await investmentTotals(db);
    expect(after.cents).toBe(totals.cents - Number(work.cents));
    expect(after.works).toBe(totals.works - 1);
    expect((await worksByStatus(db)).find((s) => s.status === 'cancelled')!.works).toBeGreaterThanOrEqual(1);
  });

  it('reports funding that falls short of the budget as unassigned, so the sources still add up', async () => {
    const work = await one("select p.id from projects p where p.status = 'works' and p.parent_id is null and exists (select 1 from funding f where f.project_id = p.id) limit 1");
    await db.$client.execute({ sql: 'update funding set amount_cents = amount_cents - 10000 where id = (select min(id) from funding where project_id = ?)', args: [Number(work.id)] });
    const sources = await investmentBySource(db);
    expect(sources.at(-1)).toEqual({ source: 'unassigned', cents: 10000 });
    expect(sources.reduce((s, r) => s + r.cents, 0)).toBe((await investmentTotals(db)).cents);
  });

  it('keeps works without an area in a row of their own', async () => {
    const work = await one("select id, budget_current_cents as cents from projects where status = 'works' and parent_id is null and budget_current_cents > 0 limit 1");
    await db.$client.execute({ sql: 'update projects set municipio_id = null, nil_id = null where id = ?', args: [Number(work.id)] });
    const rows = await investmentByMunicipio(db);
    expect(rows).toHaveLength(10);
    expect(rows.at(-1)).toEqual({ id: null, name: '', cents: Number(work.cents), works: 1 });
  });

  it('restricts every figure to a Municipio or a NIL', async () => {
    const city = await punctuality(db);
    const parts = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9].map((municipio) => punctuality(db, { municipio })));
    expect(parts.reduce((s, p) => s + p.late, 0)).toBe(city.late);
    expect(parts.reduce((s, p) => s + p.onTime, 0)).toBe(city.onTime);
    const nil = Number((await one("select nil_id from projects where publication = 'published' group by nil_id order by count(*) desc limit 1")).nil_id);
    const late = await lateWorks(db, 'en', { scope: { nil } });
    expect((await punctuality(db, { nil })).late).toBe(late.length);
  });

  it('gives no median and no years when nothing is late or finished', async () => {
    await db.$client.execute('update projects set end_current = end_baseline');
    await db.$client.execute("update projects set status = 'works' where status in ('completed', 'in_use')");
    expect((await punctuality(db)).medianDelayDays).toBeNull();
    expect(await completedPerYear(db)).toEqual([]);
  });
});
