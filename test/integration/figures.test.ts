/**
 * "In numbers", its CSV files and the area summaries against the running server: every figure
 * is compared with a direct SQL aggregate over the same database, written here independently
 * of src/server/figures (issue #8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { formatCell } from '../../src/lib/charts/figureTable.ts';
import { formatEuroCompact } from '../../src/lib/money.ts';
import { baseUrl, get } from '../helpers/http.ts';
import { changedBehindServer } from '../helpers/db.ts';

let db: Db;
const rows = async (sql: string, args: (string | number | null)[] = []) => (await db.$client.execute({ sql, args })).rows;

/** A work: published, and no published child (programmes count through their works). */
const WORK = `p.publication = 'published' and not exists (select 1 from projects c where c.parent_id = p.id and c.publication = 'published')`;
const INVESTED = `${WORK} and p.status != 'cancelled'`;
const RESIDENT = `case p.status when 'not_started' then 'planned' when 'design' then 'preparing' when 'tendering' then 'preparing'
  when 'works' then 'underway' when 'completed' then 'finished' when 'in_use' then 'open' when 'suspended' then 'paused'
  else 'cancelled' end`;

/** A figure's data table on a page: row key → the raw numbers of its cells (`data-value`). */
function figureTable(html: string, id: string): Map<string, number[]> {
  const section = html.match(new RegExp(`<section class="figure" id="${id}"[\\s\\S]*?</section>`))?.[0];
  if (!section) throw new Error(`no figure ${id} on the page`);
  const table = new Map<string, number[]>();
  for (const [, key, cells] of section.matchAll(/<tr data-key="([^"]*)"[^>]*>([\s\S]*?)<\/tr>/g))
    table.set(key, [...cells.matchAll(/data-value="([^"]*)"/g)].map((m) => (m[1] === '' ? Number.NaN : Number(m[1]))));
  return table;
}

/** CSV body as bytes (fetch's text() would drop the BOM) and as rows of fields. */
async function csv(path: string) {
  const res = await fetch(new URL(path, baseUrl()));
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Our files quote only fields holding a comma; none of the fields compared here does.
  return { res, bytes, rows: text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(',')) };
}

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

describe('In numbers', () => {
  it('is served in every locale and linked from the navigation', async () => {
    const it_ = await get('/it/numbers');
    expect(it_.status).toBe(200);
    expect(it_.html).toContain('<h1>Le periferie in cifre</h1>');
    expect(it_.html).toMatch(/<a href="\/it\/numbers" aria-current="page">In cifre<\/a>/);
    const en = await get('/en/numbers');
    expect(en.html).toContain('<h1>The outskirts in numbers</h1>');
    expect((await get('/xx/numbers')).status).toBe(404);
  });

  it('counts investment by Municipio as the works’ current budgets', async () => {
    const expected = await rows(`select p.municipio_id as id, sum(p.budget_current_cents) as cents, count(*) as works
      from projects p where ${INVESTED} group by p.municipio_id`);
    expect(expected.length).toBeGreaterThan(3);
    const { html } = await get('/it/numbers');
    const table = figureTable(html, 'investment-by-municipio');
    expect(table.size).toBe(9);
    // Its works are those the investment adds up, and the header says so: the headline's works
    // count cancelled ones too.
    expect(html).toMatch(/<th scope="col"[^>]*>Opere \(escluse le annullate\)<\/th>/);
    for (const r of expected) expect(table.get(String(r.id)), `Municipio ${r.id}`).toEqual([Number(r.cents), Number(r.works)]);
    const total = Number((await rows(`select sum(p.budget_current_cents) as t from projects p where ${INVESTED}`))[0].t);
    expect([...table.values()].reduce((s, [cents]) => s + cents, 0)).toBe(total);
  });

  it('shows the same total on the home page and as the headline figure', async () => {
    const total = Number((await rows(`select sum(p.budget_current_cents) as t from projects p where ${INVESTED}`))[0].t);
    const numbers = (await get('/it/numbers')).html;
    expect(numbers).toContain(`<li data-figure="investment"><strong>${formatCell(total, 'money', 'it-IT', true)}</strong>`);
    expect((await get('/it/')).html).toContain(`<strong>${formatEuroCompact(total, 'it-IT')}</strong> <span>investimento complessivo</span>`);
  });

  it('splits investment by source of funding, every funding row counted once', async () => {
    const expected = await rows(`select f.source, sum(f.amount_cents) as cents from funding f join projects p on p.id = f.project_id
      where ${INVESTED} group by f.source`);
    const table = figureTable((await get('/en/numbers')).html, 'investment-by-source');
    expect(table.size).toBe(expected.length); // every work's funding adds up to its budget: nothing unassigned
    for (const r of expected) expect(table.get(String(r.source))).toEqual([Number(r.cents)]);
  });

  it('counts works by plain-language status, cancelled ones included', async () => {
    const expected = await rows(`select ${RESIDENT} as s, count(*) as n from projects p where ${WORK} group by s`);
    const table = figureTable((await get('/it/numbers')).html, 'works-by-status');
    expect(table.size).toBe(7);
    for (const r of expected) expect(table.get(String(r.s))).toEqual([Number(r.n)]);
    const counted = [...table.values()].reduce((s, [n]) => s + n, 0);
    expect(counted).toBe(Number((await rows(`select count(*) as n from projects p where ${WORK}`))[0].n));
  });

  it('counts finished works per year of their end date', async () => {
    const expected = await rows(`select substr(p.end_current, 1, 4) as y, count(*) as n from projects p
      where ${WORK} and p.status in ('completed', 'in_use') group by y`);
    const table = figureTable((await get('/it/numbers')).html, 'completed-per-year');
    for (const r of expected) expect(table.get(String(r.y))).toEqual([Number(r.n)]);
    expect([...table.values()].reduce((s, [n]) => s + n, 0)).toBe(expected.reduce((s, r) => s + Number(r.n), 0));
  });

  it('compares current end dates with the baseline and takes the median delay of the late works', async () => {
    const [counts] = await rows(`select sum(end_current <= end_baseline) as on_time, sum(end_current > end_baseline) as late,
      sum(end_current is null or end_baseline is null) as undated from projects p where ${INVESTED}`);
    const delays = (await rows(`select julianday(end_current) - julianday(end_baseline) as d from projects p
      where ${INVESTED} and end_current > end_baseline order by d`)).map((r) => Number(r.d));
    const mid = Math.floor(delays.length / 2);
    const median = delays.length % 2 ? delays[mid] : (delays[mid - 1] + delays[mid]) / 2;
    expect(delays.length).toBeGreaterThan(2);
    const { html } = await get('/it/numbers');
    const table = figureTable(html, 'punctuality');
    expect(table.get('on_time')?.slice(0, 1)).toEqual([Number(counts.on_time)]);
    expect(table.get('late')).toEqual([Number(counts.late), median]);
    expect(table.get('undated')?.slice(0, 1)).toEqual([Number(counts.undated ?? 0)]);
    expect(html).toContain(`data-median="${median}"`);
    const late = figureTable(html, 'late-works');
    expect(late.size).toBe(Math.min(20, delays.length));
    expect([...late.values()].map((cells) => cells[2])).toEqual([...delays].reverse().slice(0, 20)); // [baseline, current, days, NIL]
  });

  it('sums investment per NIL and draws every NIL on the official boundaries', async () => {
    const expected = await rows(`select p.nil_id as id, sum(p.budget_current_cents) as cents, count(*) as works
      from projects p where ${INVESTED} group by p.nil_id`);
    const { html } = await get('/en/numbers');
    const table = figureTable(html, 'investment-by-nil');
    expect(table.size).toBe(88);
    for (const r of expected) expect(table.get(String(r.id))).toEqual([Number(r.cents), Number(r.works)]);
    expect([...table.values()].filter(([cents]) => cents === 0)).toHaveLength(88 - expected.length);
    const shapes = [...html.matchAll(/<path d="M[^"]+" fill="(#[0-9a-f]{6})" fill-rule="evenodd" data-nil="(\d+)" data-class="(-?\d)"/g)];
    expect(shapes).toHaveLength(88);
    // A NIL with more money never gets a lighter class than one with less.
    const classOf = new Map(shapes.map((m) => [m[2], Number(m[3])]));
    const byValue = [...table.entries()].sort((a, b) => a[1][0] - b[1][0]);
    for (let i = 1; i < byValue.length; i++) expect(classOf.get(byValue[i][0])!).toBeGreaterThanOrEqual(classOf.get(byValue[i - 1][0])!);
    expect(classOf.get(String(byValue[0][0]))).toBe(-1);
  });

  it('says the map is missing, and keeps the table, when the boundaries are not loaded', async () => {
    const saved = await rows('select id, boundary from nil');
    await db.$client.execute('update nil set boundary = null');
    await changedBehindServer(db);
    try {
      const { status, html } = await get('/it/numbers');
      expect(status).toBe(200);
      expect(html).toContain('id="map-missing"');
      expect(html).not.toContain('data-nil=');
      expect(figureTable(html, 'investment-by-nil').size).toBe(88);
    } finally {
      await db.$client.batch(saved.map((r) => ({ sql: 'update nil set boundary = ? where id = ?', args: [r.boundary, r.id] })), 'write');
      await changedBehindServer(db);
    }
    expect((await get('/it/numbers')).html).not.toContain('id="map-missing"');
  });
});

describe('CSV downloads', () => {
  it('writes UTF-8 with a BOM, stable headers and locale-free numbers', async () => {
    const expected = await rows(`select p.municipio_id as id, sum(p.budget_current_cents) as cents, count(*) as works
      from projects p where ${INVESTED} group by p.municipio_id order by id`);
    for (const locale of ['it', 'en']) {
      const file = await csv(`/${locale}/numbers/investment-by-municipio.csv`);
      expect(file.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.res.headers.get('content-disposition')).toContain(`periferie-milano-investment-by-municipio-${locale}.csv`);
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.rows[0]).toEqual(['municipio', 'name', 'investment_eur', 'works']);
      for (const r of expected) {
        const row = file.rows.find((f) => f[0] === String(r.id))!;
        expect(row.slice(2)).toEqual([String(Number(r.cents) / 100), String(r.works)]);
      }
    }
  });

  it('has every figure, with labels in the URL’s language', async () => {
    for (const figure of ['investment-by-source', 'works-by-status', 'completed-per-year', 'punctuality', 'late-works', 'investment-by-nil']) {
      const it_ = await csv(`/it/numbers/${figure}.csv`);
      const en = await csv(`/en/numbers/${figure}.csv`);
      expect(it_.res.status, figure).toBe(200);
      expect(it_.rows[0]).toEqual(en.rows[0]);
      expect(it_.rows.length).toBe(en.rows.length);
    }
    expect((await csv('/it/numbers/works-by-status.csv')).rows).toContainEqual(['underway', 'Cantiere aperto', expect.any(String)]);
    expect((await csv('/en/numbers/works-by-status.csv')).rows).toContainEqual(['underway', 'Works under way', expect.any(String)]);
  });

  it('lists every late work with its delay in days', async () => {
    const expected = await rows(`select p.slug, p.end_baseline, p.end_current, julianday(end_current) - julianday(end_baseline) as d
      from projects p where ${INVESTED} and end_current > end_baseline order by d desc, p.id`);
    const file = await csv('/en/numbers/late-works.csv');
    expect(file.rows[0]).toEqual(['slug', 'title', 'end_baseline', 'end_current', 'delay_days', 'nil']);
    const bySlug = new Map(file.rows.slice(1).map((r) => [r[0], r]));
    expect(bySlug.size).toBe(expected.length);
    for (const r of expected) {
      const row = bySlug.get(String(r.slug))!;
      expect(row.slice(-4, -1)).toEqual([String(r.end_baseline), String(r.end_current), String(r.d)]);
    }
  });

  it('answers 404 for an unknown figure or locale', async () => {
    expect((await get('/it/numbers/nothing.csv')).status).toBe(404);
    expect((await get('/xx/numbers/works-by-status.csv')).status).toBe(404);
  });
});

describe('area summaries', () => {
  it('shows a Municipio’s figures, counted as for the city', async () => {
    const [money] = await rows(`select sum(p.budget_current_cents) as cents from projects p where ${INVESTED} and p.municipio_id = 6`);
    const statuses = await rows(`select ${RESIDENT} as s, count(*) as n from projects p where ${WORK} and p.municipio_id = 6 group by s`);
    const [timing] = await rows(`select sum(end_current <= end_baseline) as on_time, sum(end_current > end_baseline) as late
      from projects p where ${INVESTED} and p.municipio_id = 6`);
    const { html } = await get('/it/municipi/6');
    expect(html).toContain(`<li data-figure="investment"><strong>${formatCell(Number(money.cents), 'money', 'it-IT', true)}</strong>`);
    const byStatus = figureTable(html, 'area-works-by-status');
    for (const r of statuses) expect(byStatus.get(String(r.s))).toEqual([Number(r.n)]);
    const punctuality = figureTable(html, 'area-punctuality');
    expect(punctuality.get('on_time')?.[0]).toBe(Number(timing.on_time));
    expect(punctuality.get('late')?.[0]).toBe(Number(timing.late));
  });

  it('shows a NIL’s figures, and says so when it has no works', async () => {
    const nil = (await rows(`select n.slug, n.id from nil n join projects p on p.nil_id = n.id where ${WORK}
      group by n.id order by count(*) desc limit 1`))[0];
    const statuses = await rows(`select ${RESIDENT} as s, count(*) as n from projects p where ${WORK} and p.nil_id = ? group by s`, [Number(nil.id)]);
    const { html } = await get(`/en/nil/${nil.slug}`);
    const byStatus = figureTable(html, 'area-works-by-status');
    for (const r of statuses) expect(byStatus.get(String(r.s))).toEqual([Number(r.n)]);
    const empty = (await rows('select slug from nil n where not exists (select 1 from projects p where p.nil_id = n.id) limit 1'))[0];
    const none = await get(`/it/nil/${empty.slug}`);
    expect(none.html).toContain('<h2 id="area-figures-heading">In cifre</h2>');
    expect(none.html).not.toContain('id="area-works-by-status"');
  });
});

describe('monthly report', () => {
  /** September 2026 is past for the seed and for any day the tests run, so nothing depends on the clock. */
  const month = '2026-09';
  const asOf = '2026-09-30';
  const slugsIn = (html: string, section: string) => {
    const table = html.match(new RegExp(`<table data-section="${section}">[\\s\\S]*?</table>`))?.[0] ?? '';
    return [...table.matchAll(/<tr data-slug="([^"]+)"/g)].map((m) => m[1]);
  };

  it('lists the month’s changes, updates and new delays with their reasons', async () => {
    const { status, html, headers } = await get(`/staff/report/${month}`);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store, private');
    const changes = await rows(`select p.slug from project_changes c join projects p on p.id = c.project_id
      where c.changed_on between '2026-09-01' and '2026-09-30' and p.publication != 'archived' order by c.changed_on, c.id`);
    expect(slugsIn(html, 'changes')).toEqual(changes.map((r) => String(r.slug)));
    const updates = await rows(`select p.slug from updates u join projects p on p.id = u.project_id
      where u.published_on between '2026-09-01' and '2026-09-30' and p.publication != 'archived' order by u.published_on, u.id`);
    expect(slugsIn(html, 'updates')).toEqual(updates.map((r) => String(r.slug)));
    const delays = await rows(`select p.slug, c.reason from project_changes c join projects p on p.id = c.project_id
      where c.field = 'end' and c.to_value > c.from_value and c.changed_on between '2026-09-01' and '2026-09-30'`);
    expect(delays.length).toBeGreaterThan(0);
    expect(slugsIn(html, 'delays')).toEqual(delays.map((r) => String(r.slug)));
    expect(html).toContain(JSON.parse(String(delays[0].reason)).it.replace(/'/g, '&#39;'));
    expect(html).toMatch(/<li data-count="delays"><a href="#delays"><strong>(\d+)<\/strong>/);
  });

  it('lists overdue milestones and stale records as of the month’s last day', async () => {
    const { html } = await get(`/staff/report/${month}`);
    const overdue = await rows(`select p.slug from milestones m join projects p on p.id = m.project_id
      where p.publication != 'archived' and p.status != 'cancelled' and m.planned_on < ? and (m.done = 0 or m.actual_on > ?)
      order by m.planned_on, m.id`, [asOf, asOf]);
    expect(overdue.length).toBeGreaterThan(0);
    expect(slugsIn(html, 'overdue')).toEqual(overdue.map((r) => String(r.slug)));
    const stale = await rows(`select slug from projects p where p.publication != 'archived' and p.status != 'cancelled'
      and (last_verified_at is null or last_verified_at < '2026-08-01')`); // 60 days before 30 September
    expect(slugsIn(html, 'stale').sort()).toEqual(stale.map((r) => String(r.slug)).sort());
  });

  it('counts the month’s residents’ reports and replies against the target, in the staff language', async () => {
    // August 2026, which no other test writes reports in; rejected reports get no reply.
    const [project] = await rows("select id from projects where publication = 'published' order by id limit 1");
    const put = async (createdAt: string, firstReplyAt: string | null, state = firstReplyAt ? 'answered' : 'new') =>
      Number((await rows(
        "insert into feedback (project_id, kind, body, locale, state, created_at, first_reply_at) values (?, 'question', 'Prova', 'it', ?, ?, ?) returning id",
        [Number(project.id), state, createdAt, firstReplyAt],
      ))[0].id);
    const ids = [
      await put('2026-08-03T09:00:00.000Z', '2026-08-04T09:00:00.000Z'), // a day: on time
      await put('2026-08-05T09:00:00.000Z', '2026-08-20T09:00:00.000Z'), // 15 days: late (target 12 August)
      await put('2026-08-10T09:00:00.000Z', null), // never answered: late at the month's end
      await put('2026-08-11T09:00:00.000Z', null, 'rejected'),
    ];
    try {
      const figure = (html: string, key: string) => html.match(new RegExp(`<div data-figure="${key}"><dt>[^<]*</dt><dd>([^<]*)</dd>`))?.[1];
      const { html } = await get('/staff/report/2026-08');
      expect(['received', 'replied', 'onTime', 'median', 'waitingLate'].map((k) => figure(html, k))).toEqual(['3', '2', '1', '8', '1']);
      expect(html).toContain('Di cui entro 5 giorni lavorativi');
      const en = await get('/staff/report/2026-08', { headers: { 'Accept-Language': 'en' } });
      expect(en.html).toContain('<html lang="en"');
      expect(en.html).toContain('Of which within 5 working days');
    } finally {
      await db.$client.execute(`delete from feedback where id in (${ids.join(',')})`);
    }
  });

  it('opens the current month from /staff/report', async () => {
    const { status, headers } = await get('/staff/report');
    expect(status).toBe(302);
    expect(headers.get('location')).toBe(`/staff/report/${new Date().toISOString().slice(0, 7)}`);
  });

  it('answers 404 for a month not started yet or not a month', async () => {
    const next = new Date();
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    expect((await get(`/staff/report/${next.toISOString().slice(0, 7)}`)).status).toBe(404);
    expect((await get('/staff/report/2026-13')).status).toBe(404);
    expect((await get('/staff/report/latest')).status).toBe(404);
  });

  it('is refused without a staff sign-in when the demo flag is off', async () => {
    const { startServer } = await import('../helpers/server-setup.ts');
    const server = await startServer({ REPORT_PUBLIC_DEMO: 'false' });
    try {
      const res = await fetch(`${server.baseUrl}/staff/report/${month}`);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe('Il rapporto mensile è riservato al personale del Comune.');
    } finally {
      await server.stop();
    }
  });
});
