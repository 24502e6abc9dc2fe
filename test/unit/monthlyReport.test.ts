/**
 * The monthly report's server function on a real seeded database, with "today" pinned to the
 * seed's own day so that overdue and stale mean the same thing in every run (issue #8).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { DEMO_TODAY, seedDemo } from '../../db/seed.ts';
import { monthlyReport, shiftMonth, STALE_AFTER_DAYS } from '../../src/server/report/monthlyReport.ts';
import { memoryDb } from '../helpers/db.ts';

let db: Db;
const count = async (sql: string, args: (string | number)[] = []) =>
  Number(Object.values((await db.$client.execute({ sql, args })).rows[0])[0]);
const IN_PLAY = "p.publication != 'archived' and p.status != 'cancelled'";

beforeAll(async () => {
  db = await memoryDb();
  await seedDemo(db);
});

describe('monthlyReport', () => {
  it('reports the current month as of today', async () => {
    const report = (await monthlyReport(db, '2026-11', 'it', { today: DEMO_TODAY }))!;
    expect(report.asOf).toBe(DEMO_TODAY);
    expect(report.previous).toBe('2026-10');
    expect(report.next).toBeNull();
    expect(report.updates).toHaveLength(
      await count("select count(*) from updates u join projects p on p.id = u.project_id where published_on like '2026-11-%' and p.publication != 'archived'"),
    );
    expect(report.changes).toHaveLength(await count("select count(*) from project_changes where changed_on like '2026-11-%'"));
    expect(report.overdue).toHaveLength(
      await count(`select count(*) from milestones m join projects p on p.id = m.project_id where ${IN_PLAY} and m.planned_on < ? and m.done = 0`, [DEMO_TODAY]),
    );
    expect(report.overdue.length).toBeGreaterThan(0);
    const staleBefore = '2026-09-30'; // 60 days before 29 November
    expect(report.stale.map((s) => s.slug).sort()).toEqual(
      (await db.$client.execute({ sql: `select slug from projects p where ${IN_PLAY} and substr(last_verified_at, 1, 10) < ? order by slug`, args: [staleBefore] })).rows.map((r) => r.slug),
    );
    for (const s of report.stale) expect(s.daysSince).toBeGreaterThan(STALE_AFTER_DAYS);
  });

  it('lists a past month’s new delays with their reasons and days added', async () => {
    const report = (await monthlyReport(db, '2026-09', 'en', { today: DEMO_TODAY }))!;
    expect(report.asOf).toBe('2026-09-30');
    expect(report.next).toBe('2026-10');
    const expected = (await db.$client.execute(
      "select p.slug, c.from_value, c.to_value, c.reason from project_changes c join projects p on p.id = c.project_id where c.field = 'end' and c.changed_on like '2026-09-%' and c.to_value > c.from_value",
    )).rows;
    expect(expected.length).toBeGreaterThan(0);
    expect(report.delays.map((d) => d.slug)).toEqual(expected.map((r) => r.slug));
    const [first] = report.delays;
    expect(first.reason.en).toBe(JSON.parse(String(expected[0].reason)).en);
    expect(first.days).toBe(Math.round((Date.parse(String(expected[0].to_value)) - Date.parse(String(expected[0].from_value))) / 86_400_000));
  });

  it('counts a milestone reached after the month as overdue in that month', async () => {
    const asOf = '2026-06-30';
    const report = (await monthlyReport(db, '2026-06', 'it', { today: DEMO_TODAY }))!;
    const expected = await count(
      `select count(*) from milestones m join projects p on p.id = m.project_id where ${IN_PLAY}
        and m.planned_on < ? and (m.done = 0 or m.actual_on > ?)`,
      [asOf, asOf],
    );
    expect(report.overdue).toHaveLength(expected);
    const reachedLater = await count("select count(*) from milestones where planned_on < ? and actual_on > ?", [asOf, asOf]);
    expect(reachedLater).toBeGreaterThan(0);
  });

  it('calls a record stale after exactly 60 days without a check, not before', async () => {
    const [{ id }] = (await db.$client.execute(`select id from projects p where ${IN_PLAY} order by id limit 1`)).rows;
    const before = (await db.$client.execute({ sql: 'select last_verified_at from projects where id = ?', args: [id] })).rows[0];
    const staleSlugs = async () => (await monthlyReport(db, '2026-11', 'it', { today: DEMO_TODAY }))!.stale.map((s) => s.slug);
    const slug = (await db.$client.execute({ sql: 'select slug from projects where id = ?', args: [id] })).rows[0].slug;
    try {
      await db.$client.execute({ sql: "update projects set last_verified_at = '2026-09-30T10:00:00.000Z' where id = ?", args: [id] });
      expect(await staleSlugs()).not.toContain(slug); // 60 days ago
      await db.$client.execute({ sql: "update projects set last_verified_at = '2026-09-29T10:00:00.000Z' where id = ?", args: [id] });
      expect(await staleSlugs()).toContain(slug); // 61 days ago
      await db.$client.execute({ sql: 'update projects set last_verified_at = null where id = ?', args: [id] });
      expect((await monthlyReport(db, '2026-11', 'it', { today: DEMO_TODAY }))!.stale[0]).toMatchObject({ slug, daysSince: null });
    } finally {
      await db.$client.execute({ sql: 'update projects set last_verified_at = ? where id = ?', args: [before.last_verified_at, id] });
    }
  });

  it('has no report for a month not started yet, or for something that is not a month', async () => {
    expect(await monthlyReport(db, '2026-12', 'it', { today: DEMO_TODAY })).toBeNull();
    expect(await monthlyReport(db, '2026-13', 'it', { today: DEMO_TODAY })).toBeNull();
    expect(await monthlyReport(db, 'latest', 'it', { today: DEMO_TODAY })).toBeNull();
    expect(await monthlyReport(db, '2026-12', 'it', { today: '2026-12-01' })).not.toBeNull();
  });

  it('steps across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
