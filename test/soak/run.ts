/**
 * `npm run soak` (issue #10, point 5): SOAK_MINUTES (default 5) of mixed load at SOAK_CONNECTIONS
 * (default 64) concurrent connections on loopback against the built server over a seeded temp
 * database: public pages, the API, the map data, and staff edits, submits and publishes through
 * real signed-in sessions. Then it checks: no 5xx, every acknowledged edit and publish is in the
 * database, the server's RSS and V8 heap (each after a full GC) grew less than 20 % from the end
 * of the warm-up, and prints p50/p99 per kind of request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { seedDemo } from '../../db/seed.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { startServer } from '../helpers/server-setup.ts';
import { ServerInspector, type ServerMemory } from './inspector.ts';
import { SoakSession } from './session.ts';
import { enrolTestTotp, nextCode } from '../helpers/secondFactor.ts';
import { percentile, report, type Kind } from './stats.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 5);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 64);
const PASSWORD = 'soak test password, long enough';
const dir = mkdtempSync(join(tmpdir(), 'periferie-soak-'));
const url = `file:${join(dir, 'soak.db')}`;

const SNAPSHOTS = process.env.SOAK_HEAP_SNAPSHOTS; // a folder: heap snapshots after warm-up and at the end
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memoryLine = (m: ServerMemory) => `RSS ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)}`;

const db = await createDb(url);
await applyMigrations(db);
await seedDemo(db);
const editors: SoakSession[] = [];
const publishers: SoakSession[] = [];
// The inspector (loopback, random port, soak only) lets the runner force a full GC before each
// memory reading, so that growth compares live data and not garbage V8 has not collected yet.
const server = await startServer({ DATABASE_URL: url, API_RATE_LIMIT: '0', SEED_DEMO: 'false', NODE_OPTIONS: '--inspect=127.0.0.1:0' });
const inspector = await ServerInspector.connect(server.output);
async function settledMemory(label: string): Promise<ServerMemory> {
  await inspector.collectGarbage();
  if (SNAPSHOTS) await inspector.heapSnapshot(join(SNAPSHOTS, `${label}.heapsnapshot`));
  return inspector.memory();
}
let failed = false;
try {
  for (let i = 0; i < 8; i++) {
    for (const [role, list] of [['editor', editors], ['publisher', publishers]] as const) {
      const email = `soak-${role}-${i}@test.comune.milano.it`;
      const id = await createUser(db, { email, name: '', role, municipioId: null }, PASSWORD);
      // Publishers must have a second factor (issue #10): enrolled here, answered at sign-in.
      if (role === 'publisher') await enrolTestTotp(db, id, email);
      list.push(await SoakSession.signIn(server.baseUrl, email, PASSWORD, `10.99.${list.length}.${role.length}`, () => nextCode(email)));
    }
  }
  const projectRows = (await db.$client.execute("SELECT id, slug FROM projects WHERE publication = 'published' AND parent_id IS NULL AND category <> 'mixed_programme' ORDER BY id")).rows;
  const slugs = projectRows.map((r) => String(r.slug));
  const free = projectRows.map((r) => Number(r.id)); // a project is edited by one worker at a time
  const lastSaved = new Map<number, string>();
  const lastPublished = new Map<number, string>();
  const times: Record<Kind, number[]> = { page: [], api: [], map: [], edit: [], publish: [] };
  const errors: string[] = [];
  let serial = 0;

  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
  async function timed(kind: Kind, run: () => Promise<Response>): Promise<Response> {
    const t = performance.now();
    const res = await run();
    await res.arrayBuffer();
    times[kind].push(performance.now() - t);
    if (res.status >= 500) errors.push(`${kind} ${res.url} ${res.status}`);
    return res;
  }
  // A keep-alive connection the server closes (after 5 s idle) just as the client reuses it is
  // reset; browsers retry an idempotent request once then (RFC 9112 §9.3.1), and so does the soak
  // for GETs, counting it. Writes are never retried: their resets count as failures.
  let resetsRetried = 0;
  const get = (path: string) =>
    fetch(new URL(path, server.baseUrl), { redirect: 'manual' }).catch((error) => {
      if ((error as Error & { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
      resetsRetried++;
      return fetch(new URL(path, server.baseUrl), { redirect: 'manual' });
    });

  async function editFlow(worker: number, publish: boolean) {
    const id = free.shift();
    if (id === undefined) return;
    try {
      const editor = editors[worker % editors.length];
      const view = (await editView(db, id))!;
      const marker = `Sommario soak ${++serial} ${Date.now()}`;
      const form = { ...recordToForm(view.record), projectId: String(id), version: String(view.project.version), 'translations.it.summary': marker };
      const saved = await timed(publish ? 'publish' : 'edit', () => editor.post(`/staff/projects/${id}/`, 'projects.save', form));
      if (saved.status !== 303) return;
      lastSaved.set(id, marker);
      if (!publish) return;
      const version = async () => String((await db.$client.execute({ sql: 'SELECT version FROM projects WHERE id = ?', args: [id] })).rows[0].version);
      const submitted = await timed('publish', async () => editor.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(), step: 'submit' }));
      if (submitted.status !== 303) return;
      const published = await timed('publish', async () => pick(publishers).post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(), step: 'publish' }));
      if (published.status === 303) lastPublished.set(id, marker);
    } finally {
      free.push(id);
    }
  }

  async function worker(n: number, deadline: number) {
    for (let i = 0; Date.now() < deadline && i < 1_000_000; i++) {
      const r = Math.random();
      try {
        if (r < 0.35) await timed('page', () => get(pick(['/it/', '/en/', '/it/projects', '/it/projects?municipio=8&category=green', `/it/projects/${pick(slugs)}`, `/en/projects/${pick(slugs)}`, '/it/search?q=parco'])));
        else if (r < 0.65) await timed('api', () => get(pick(['/api/v1/projects', '/api/v1/projects?municipio=4&page=2', `/api/v1/projects/${pick(slugs)}`, '/api/v1/milestones', '/api/v1/nil'])));
        else if (r < 0.75) await timed('map', () => get(pick(['/api/v1/projects.geojson', '/api/v1/projects.geojson?category=green'])));
        else await editFlow(n, r > 0.92);
      } catch (error) {
        // fetch() hides the network error (reset, refused, timeout) in `cause`.
        const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
        errors.push(`worker ${n}: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`);
      }
    }
  }

  // Warm-up, not counted: rounds of SOAK_WARMUP_SECONDS (default 30) of the same mix until the
  // settled RSS grows less than 5 % in a round (at most SOAK_WARMUP_ROUNDS, default 6). A cold
  // server grows to its working size first: the JIT's code, and native memory that glibc keeps
  // once touched, mostly libSQL's pool (up to 20 connections of ~2 MB page cache each) opened as
  // concurrency rises. On a busy machine that takes longer, hence rounds rather than a fixed time.
  // Growth after the baseline is what a leak would show.
  const round = Number(process.env.SOAK_WARMUP_SECONDS ?? 30) * 1000;
  const cold = await settledMemory('cold');
  const warmups = [`cold: ${memoryLine(cold)}`];
  for (let r = 1, last = cold.rss; r <= Number(process.env.SOAK_WARMUP_ROUNDS ?? 6); r++) {
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n, Date.now() + round)));
    const now = await settledMemory(`warm-up-${r}`);
    warmups.push(`warm-up round ${r}: ${memoryLine(now)}`);
    if (now.rss < last * 1.05) break;
    last = now.rss;
  }
  // Latencies of the warm-up are not counted; its 5xx and failures are.
  for (const k of Object.keys(times) as Kind[]) times[k].length = 0;
  const before = await settledMemory('after-warm-up');
  console.log(`warm-up done (${warmups.length - 1} rounds); measuring for ${MINUTES} min`);
  const started = Date.now();
  const deadline = started + MINUTES * 60_000;
  // One settled reading a minute shows the trend: a leak climbs steadily, warm-up flattens out.
  const trend: string[] = [];
  const sampler = (async () => {
    for (let m = 1; Date.now() + 60_000 < deadline; m++) {
      await new Promise((r) => setTimeout(r, started + m * 60_000 - Date.now()));
      const now = await settledMemory(`minute-${m}`);
      trend.push(`${m} min: ${memoryLine(now)}`);
    }
  })();
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n, deadline)));
  await sampler;
  const seconds = (Date.now() - started) / 1000;
  const after = await settledMemory('end');

  // Every acknowledged edit is the newest revision of its project; every acknowledged publish is the published one.
  const missing: string[] = [];
  for (const [id, marker] of lastSaved) {
    const [newest] = (await db.$client.execute({ sql: 'SELECT snapshot FROM project_revisions WHERE project_id = ? ORDER BY id DESC LIMIT 1', args: [id] })).rows;
    if (!String(newest?.snapshot).includes(marker)) missing.push(`edit ${id} ${marker}`);
  }
  for (const [id, marker] of lastPublished) {
    const [pub] = (await db.$client.execute({ sql: "SELECT snapshot FROM project_revisions WHERE project_id = ? AND state = 'published'", args: [id] })).rows;
    if (!String(pub?.snapshot).includes(marker)) missing.push(`publish ${id} ${marker}`);
  }
  const growth = (k: 'rss' | 'heapUsed') => (after[k] - before[k]) / before[k];
  const figure = (k: 'rss' | 'heapUsed') => `${mb(before[k])} → ${mb(after[k])} (${(growth(k) * 100).toFixed(1)} %)`;
  console.log(report(times, seconds, CONNECTIONS));
  console.log(`acknowledged: ${lastSaved.size} projects edited, ${lastPublished.size} published; missing: ${missing.length}`);
  console.log(`server memory after a full GC, from the end of the warm-up to the end of the run:`);
  console.log(`  RSS ${figure('rss')}; heap used ${figure('heapUsed')}`);
  for (const line of warmups) console.log(`  ${line}`);
  for (const line of trend) console.log(`  ${line}`);
  console.log(`  end: ${memoryLine(after)}`);
  console.log(`GETs retried once after a connection reset: ${resetsRetried}`);
  console.log(`5xx and failures: ${errors.length}${errors.length ? `\n  ${errors.slice(0, 10).join('\n  ')}` : ''}`);
  failed = errors.length > 0 || missing.length > 0 || !(growth('rss') < 0.2) || !(growth('heapUsed') < 0.2) || percentile(times.page, 50) === undefined;
  if (missing.length) console.log(`  ${missing.slice(0, 10).join('\n  ')}`);
  console.log(failed ? 'SOAK FAILED' : 'SOAK PASSED');
} finally {
  inspector.close();
  db.$client.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
