/**
 * The demo seed (db/seed.ts) against the invariants the portal relies on, queried with plain
 * SQL on a real migrated database, plus a check of every project's point against the City's
 * official NIL and Municipio boundaries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { DEMO_TODAY, isEmpty, seedDemo } from '../../db/seed.ts';
import { isCup } from '../../src/lib/cup.ts';
import { daysBetween, isIsoDate } from '../../src/lib/dates.ts';
import { distanceMetres, pointInArea, type AreaGeometry } from '../../src/lib/geo.ts';
import { programmeProgress } from '../../src/lib/progress.ts';
import { categories, fundingSources, publicationStates, statuses } from '../../src/lib/vocabulary.ts';
import { memoryDb, officialData } from '../helpers/db.ts';

type Row = Record<string, string | number | null>;

async function query<T = Row>(db: Db, sql: string, args: (string | number)[] = []): Promise<T[]> {
  const result = await db.$client.execute({ sql, args });
  return result.rows as unknown as T[];
}

interface ProjectRow {
  id: number;
  slug: string;
  cup: string | null;
  parent_id: number | null;
  category: string;
  status: string;
  progress: number;
  lat: number;
  lon: number;
  geometry: string | null;
  municipio_id: number;
  nil_id: number;
  contractor: string | null;
  contact_email: string | null;
  budget_baseline_cents: number | null;
  budget_current_cents: number | null;
  start_baseline: string | null;
  start_current: string | null;
  end_baseline: string | null;
  end_current: string | null;
  last_verified_at: string;
  created_at: string;
  updated_at: string;
  publication: string;
  published_at: string | null;
}

const today = DEMO_TODAY;
let db: Db;
let seeded: Awaited<ReturnType<typeof seedDemo>>;
let seedMs: number;
let all: ProjectRow[];
let published: ProjectRow[];

beforeAll(async () => {
  db = await memoryDb();
  const started = performance.now();
  seeded = await seedDemo(db, { today });
  seedMs = performance.now() - started;
  all = await query<ProjectRow>(db, 'SELECT * FROM projects ORDER BY id');
  published = all.filter((p) => p.publication === 'published');
});

describe('seedDemo', () => {
  it('loads every area and at least 44 projects, fast', async () => {
    expect(seeded).toEqual({ projects: all.length, nil: 88, municipi: 9 });
    expect(all.length).toBeGreaterThanOrEqual(44);
    expect(seedMs).toBeLessThan(1000);
    const [{ m }] = await query<{ m: number }>(db, 'SELECT count(*) AS m FROM municipi WHERE id BETWEEN 1 AND 9');
    expect(m).toBe(9);
    const nil = await query<{ id: number; name: string; slug: string }>(
      db,
      'SELECT id, name, slug FROM nil ORDER BY id',
    );
    expect(nil.map((n) => n.id)).toEqual(Array.from({ length: 88 }, (_, i) => i + 1));
    for (const n of nil) expect(n.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(nil.find((n) => n.id === 3)?.name).toBe('Giardini P.ta Venezia');
    expect(nil.find((n) => n.id === 76)?.name).toBe('Quarto Oggiaro - Vialba - Musocco');
  });

  it('publishes the large majority, across all 9 Municipi and many NIL', () => {
    expect(published.length).toBeGreaterThanOrEqual(40);
    expect(new Set(published.map((p) => p.municipio_id))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(new Set(published.map((p) => p.nil_id)).size).toBeGreaterThanOrEqual(22);
    expect(new Set(all.map((p) => p.publication))).toEqual(new Set(publicationStates));
    for (const p of all) {
      if (p.publication === 'published' || p.publication === 'archived') {
        expect(p.published_at! >= p.created_at, p.slug).toBe(true);
        expect(p.updated_at >= p.published_at!, p.slug).toBe(true);
        expect(p.published_at! <= `${today}T23:59:59.999Z`, p.slug).toBe(true);
      } else expect(p.published_at).toBeNull();
    }
  });

  it('uses every category and every status among published projects', () => {
    expect(new Set(published.map((p) => p.category))).toEqual(new Set(categories));
    expect(new Set(published.map((p) => p.status))).toEqual(new Set(statuses));
  });

  it('has unique kebab-case slugs, valid unique CUPs on about half, and City contacts', () => {
    expect(new Set(all.map((p) => p.slug)).size).toBe(all.length);
    for (const p of all) expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const cups = all.flatMap((p) => (p.cup ? [p.cup] : []));
    for (const cup of cups) expect(isCup(cup), cup).toBe(true);
    expect(new Set(cups).size).toBe(cups.length);
    expect(cups.length / all.length).toBeGreaterThan(0.35);
    expect(cups.length / all.length).toBeLessThan(0.65);
    for (const p of all) expect(p.contact_email).toMatch(/^[a-z.]+@comune\.milano\.it$/);
  });

  it('keeps progress consistent with status, and names a contractor once works are let', () => {
    for (const p of all) {
      const label = `${p.slug} (${p.status}, ${p.progress} %)`;
      if (p.status === 'not_started') expect(p.progress, label).toBe(0);
      if (p.status === 'completed' || p.status === 'in_use') expect(p.progress, label).toBe(100);
      if (p.status === 'design') expect(p.progress, label).toBeLessThanOrEqual(20);
      if (p.status === 'tendering') expect(p.progress, label).toBeLessThanOrEqual(30);
      if (p.status === 'works') expect(p.progress, label).toBeGreaterThan(0);
      if (p.status === 'works') expect(p.progress, label).toBeLessThan(100);
      const let_ = ['works', 'completed', 'in_use', 'suspended'].includes(p.status);
      if (let_ && p.category !== 'mixed_programme') expect(p.contractor, p.slug).toBeTruthy();
    }
  });

  it('writes both Italian and English text for every project', async () => {
    const rows = await query<{ project_id: number; locale: string; title: string; summary: string; body: string }>(
      db,
      'SELECT project_id, locale, title, summary, body FROM project_translations',
    );
    for (const p of all) {
      for (const locale of ['it', 'en']) {
        const t = rows.find((r) => r.project_id === p.id && r.locale === locale);
        expect(t, `${p.slug} ${locale}`).toBeDefined();
        expect(t!.title.length).toBeGreaterThan(5);
        expect(t!.summary.length).toBeGreaterThan(40);
        const paragraphs = t!.body.split('\n\n');
        expect(paragraphs.length, `${p.slug} ${locale} paragraphs`).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length, `${p.slug} ${locale} paragraphs`).toBeLessThanOrEqual(4);
      }
    }
    expect(rows.length).toBe(all.length * 2);
    const hits = await query(db, "SELECT rowid FROM project_search WHERE project_search MATCH 'giambellino'");
    expect(hits.length).toBeGreaterThan(0);
  });

  // Every row counts, ended ones too: a row that ended (say PNRR money until the 2023 revision)
  // paid for part of the work, and the row that replaced it covers the rest.
  it('funds each project with rows summing to its current budget', async () => {
    const rows = await query<{
      project_id: number;
      source: string;
      line: string | null;
      amount_cents: number;
      valid_from: string | null;
      valid_to: string | null;
    }>(db, 'SELECT project_id, source, line, amount_cents, valid_from, valid_to FROM funding');
    for (const p of all) {
      const sum = rows.filter((r) => r.project_id === p.id).reduce((s, r) => s + r.amount_cents, 0);
      expect(sum, p.slug).toBe(p.budget_current_cents ?? 0);
      for (const r of rows.filter((r) => r.project_id === p.id)) expect(r.amount_cents, p.slug).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(fundingSources));
    for (const r of rows.filter((r) => r.source === 'pnrr')) expect(r.line).toMatch(/^M\dC\d \d\.\d$/);
    const sourcesPerProject = all.map(
      (p) => new Set(rows.filter((r) => r.project_id === p.id).map((r) => r.source)).size,
    );
    expect(sourcesPerProject.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
    expect(sourcesPerProject.filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
    // A source replaced mid-life: one row ends the day another one starts.
    const switched = all.filter((p) => {
      const mine = rows.filter((r) => r.project_id === p.id);
      return mine.some(
        (old) => old.valid_to && mine.some((next) => next.valid_from === old.valid_to && next.source !== old.source),
      );
    });
    expect(switched.length).toBeGreaterThanOrEqual(2);
    expect(
      rows.some(
        (r) => r.source === 'pnrr' && r.valid_to?.startsWith('2023') && ['M5C2 2.1', 'M5C2 2.2'].includes(r.line!),
      ),
    ).toBe(true);
  });

  it('explains every drift from the baseline with a dated, translated change', async () => {
    const changes = await query<{
      project_id: number;
      field: string;
      from_value: string | null;
      to_value: string;
      reason: string;
      changed_on: string;
    }>(
      db,
      'SELECT project_id, field, from_value, to_value, reason, changed_on FROM project_changes ORDER BY changed_on, id',
    );
    for (const c of changes) {
      const reason = JSON.parse(c.reason) as { it?: string; en?: string };
      expect(reason.it?.length, `reason it ${c.project_id}`).toBeGreaterThan(10);
      expect(reason.en?.length, `reason en ${c.project_id}`).toBeGreaterThan(10);
      expect(c.changed_on <= today).toBe(true);
    }
    const tracked = [
      ['budget', 'budget_baseline_cents', 'budget_current_cents'],
      ['start', 'start_baseline', 'start_current'],
      ['end', 'end_baseline', 'end_current'],
    ] as const;
    let drifting = 0;
    for (const p of all) {
      for (const [field, baselineKey, currentKey] of tracked) {
        const mine = changes.filter((c) => c.project_id === p.id && c.field === field);
        const baseline = p[baselineKey] === null ? null : String(p[baselineKey]);
        const current = p[currentKey] === null ? null : String(p[currentKey]);
        if (baseline === current) {
          expect(mine, `${p.slug} ${field} has no drift`).toHaveLength(0);
          continue;
        }
        drifting++;
        expect(mine.length, `${p.slug} ${field} drift needs a change`).toBeGreaterThan(0);
        expect(mine[0].from_value, `${p.slug} ${field} first change starts at the baseline`).toBe(baseline);
        expect(mine.at(-1)!.to_value, `${p.slug} ${field} last change ends at the current value`).toBe(current);
      }
      if (p.status === 'suspended' || p.status === 'cancelled') {
        const status = changes.filter((c) => c.project_id === p.id && c.field === 'status');
        expect(status.at(-1)?.to_value, `${p.slug} status change`).toBe(p.status);
      }
    }
    expect(drifting).toBeGreaterThanOrEqual(15);
    const delayed = published.filter((p) => p.end_current! > p.end_baseline!);
    expect(delayed.length).toBeGreaterThanOrEqual(5);
    expect(published.filter((p) => p.budget_current_cents! > p.budget_baseline_cents!).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('links programmes and children, with programme progress from the children', () => {
    const programmes = all.filter((p) => all.some((c) => c.parent_id === p.id));
    expect(programmes.length).toBeGreaterThanOrEqual(2);
    for (const programme of programmes) {
      expect(programme.category).toBe('mixed_programme');
      const children = all.filter((c) => c.parent_id === programme.id);
      expect(children.length).toBeGreaterThanOrEqual(3);
      const expected = programmeProgress(
        children.map((c) => ({ progress: c.progress, budgetCents: c.budget_current_cents })),
      );
      expect(programme.progress).toBe(expected);
    }
    for (const child of all.filter((c) => c.parent_id !== null)) {
      expect(
        all.some((p) => p.id === child.parent_id),
        child.slug,
      ).toBe(true);
    }
  });

  it('dates milestones and updates sensibly, with some overdue and some stale', async () => {
    const ms = await query<{
      project_id: number;
      planned_on: string;
      actual_on: string | null;
      done: number;
      title: string;
    }>(db, 'SELECT project_id, planned_on, actual_on, done, title FROM milestones');
    for (const m of ms) {
      expect(isIsoDate(m.planned_on)).toBe(true);
      expect(Boolean(m.done)).toBe(m.actual_on !== null);
      if (m.actual_on) expect(isIsoDate(m.actual_on) && m.actual_on <= today).toBe(true);
      expect(JSON.parse(m.title)).toEqual({ it: expect.any(String), en: expect.any(String) });
    }
    for (const p of published) {
      const n = ms.filter((m) => m.project_id === p.id).length;
      expect(n, p.slug).toBeGreaterThanOrEqual(3);
      expect(n, p.slug).toBeLessThanOrEqual(6);
    }
    const overdue = ms.filter((m) => !m.done && m.planned_on < today);
    expect(overdue.length).toBeGreaterThanOrEqual(3);

    const ups = await query<{ project_id: number; published_on: string }>(
      db,
      'SELECT project_id, published_on FROM updates',
    );
    for (const u of ups) expect(isIsoDate(u.published_on) && u.published_on <= today).toBe(true);
    const withUpdates = published.filter((p) => ups.some((u) => u.project_id === p.id));
    expect(withUpdates.length / published.length).toBeGreaterThan(0.9);

    for (const p of all) {
      for (const d of [p.start_baseline, p.start_current, p.end_baseline, p.end_current])
        expect(isIsoDate(d!), p.slug).toBe(true);
      expect(Number.isNaN(Date.parse(p.last_verified_at))).toBe(false);
    }
    const stale = published.filter((p) => daysBetween(p.last_verified_at.slice(0, 10), today) > 60);
    expect(stale.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps media to the placeholder images, credited to the City', async () => {
    const rows = await query<{ file: string; credit: string; alt: string; phase: string }>(
      db,
      'SELECT file, credit, alt, phase FROM media',
    );
    expect(rows.length).toBeLessThanOrEqual(6);
    for (const m of rows) {
      expect(m.file).toBe(`/images/demo/placeholder-${m.phase}.svg`);
      expect(m.credit).toBe('Comune di Milano');
      expect(JSON.parse(m.alt)).toEqual({ it: expect.any(String), en: expect.any(String) });
    }
  });

  it('draws extra geometry close to the project point', () => {
    const shaped = all.filter((p) => p.geometry !== null);
    expect(shaped.length).toBeGreaterThanOrEqual(3);
    for (const p of shaped) {
      const g = JSON.parse(p.geometry!) as { type: string; coordinates: unknown };
      expect(['Polygon', 'LineString']).toContain(g.type);
      const points = (g.type === 'Polygon' ? (g.coordinates as [number, number][][]).flat() : g.coordinates) as [
        number,
        number,
      ][];
      for (const point of points) expect(distanceMetres(point, [p.lon, p.lat]), p.slug).toBeLessThan(1000);
    }
  });

  it('refuses to seed twice and is deterministic', async () => {
    expect(await isEmpty(db)).toBe(false);
    await expect(seedDemo(db)).rejects.toThrow(/already holds data/);
    const [{ n }] = await query<{ n: number }>(db, 'SELECT count(*) AS n FROM projects');
    expect(n).toBe(all.length);

    const again = await memoryDb();
    expect(await isEmpty(again)).toBe(true);
    await seedDemo(again);
    for (const table of [
      'projects',
      'project_translations',
      'project_changes',
      'funding',
      'milestones',
      'updates',
      'media',
      'nil',
    ]) {
      const a = await query(db, `SELECT * FROM ${table} ORDER BY rowid`);
      const b = await query(again, `SELECT * FROM ${table} ORDER BY rowid`);
      expect(b, table).toEqual(a);
    }
  });

  it('refuses a "today" earlier than the facts it records', async () => {
    const fresh = await memoryDb();
    await expect(seedDemo(fresh, { today: '2026-01-01' })).rejects.toThrow(RangeError);
    expect(await isEmpty(fresh)).toBe(true);
  });
});

const hasOfficialData =
  existsSync(officialData.nil) && existsSync(officialData.municipi) && existsSync(officialData.lookup);

describe.skipIf(!hasOfficialData)('seedDemo against the official boundaries', () => {
  interface Feature<P> {
    properties: P;
    geometry: AreaGeometry;
  }
  const read = <P>(path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { features: Feature<P>[] }).features;

  it("places every project inside its NIL and its NIL's main Municipio", async () => {
    const nilShapes = new Map(read<{ ID_NIL: number }>(officialData.nil).map((f) => [f.properties.ID_NIL, f.geometry]));
    const municipioShapes = new Map(
      read<{ MUNICIPIO: number }>(officialData.municipi).map((f) => [f.properties.MUNICIPIO, f.geometry]),
    );
    const nil = await query<{ id: number; municipio_id: number }>(db, 'SELECT id, municipio_id FROM nil');
    for (const p of all) {
      const shape = nilShapes.get(p.nil_id);
      expect(shape, `NIL ${p.nil_id}`).toBeDefined();
      expect(pointInArea(p.lon, p.lat, shape!), `${p.slug} inside NIL ${p.nil_id}`).toBe(true);
      expect(p.municipio_id, p.slug).toBe(nil.find((n) => n.id === p.nil_id)!.municipio_id);
      expect(
        pointInArea(p.lon, p.lat, municipioShapes.get(p.municipio_id)!),
        `${p.slug} inside Municipio ${p.municipio_id}`,
      ).toBe(true);
    }
  });

  it("transcribes NIL names, main Municipio and centroids from the City's lookup", async () => {
    const [, ...lines] = readFileSync(officialData.lookup, 'utf8').trim().split('\n');
    const nil = await query<{
      id: number;
      name: string;
      municipio_id: number;
      centroid_lat: number;
      centroid_lon: number;
    }>(db, 'SELECT id, name, municipio_id, centroid_lat, centroid_lon FROM nil');
    // The lookup writes names in upper case without accents ("CITTA' STUDI"); compare letters only.
    const letters = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f'.]/g, '')
        .toUpperCase();
    expect(lines).toHaveLength(88);
    for (const line of lines) {
      const [id, name, municipio, , , lat, lon] = line.split(',');
      const row = nil.find((n) => n.id === Number(id))!;
      expect(letters(row.name), `NIL ${id}`).toBe(letters(name));
      expect(row.municipio_id).toBe(Number(municipio));
      expect(row.centroid_lat).toBe(Number(lat));
      expect(row.centroid_lon).toBe(Number(lon));
    }
  });
});
