/**
 * `npm run soak` (issue #10, point 5): SOAK_MINUTES (default 5) of mixed load at SOAK_CONNECTIONS
 * (default 64) concurrent connections on loopback against the built server over a seeded temp
 * database: public pages, the API, the map data, and staff edits, submits and publishes through
 * real signed-in sessions. Then it checks: no 5xx, every acknowledged edit and publish is in the
 * database, the server's RSS grew less than 20 %, and prints p50/p99 per kind of request.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { seedDemo } from '../../db/seed.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { startServer } from '../helpers/server-setup.ts';
import { SoakSession } from './session.ts';
import { enrolTestTotp, nextCode } from '../helpers/secondFactor.ts';
import { percentile, report, type Kind } from './stats.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 5);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 64);
const PASSWORD = 'soak test password, long enough';
const dir = mkdtempSync(join(tmpdir(), 'periferie-soak-'));
const url = `file:${join(dir, 'soak.db')}`;

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

const db = await createDb(url);
await applyMigrations(db);
await seedDemo(db);
const editors: SoakSession[] = [];
const publishers: SoakSession[] = [];
const server = await startServer({ DATABASE_URL: url, API_RATE_LIMIT: '0', SEED_DEMO: 'false' });
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
  const get = (path: string) => fetch(new URL(path, server.baseUrl), { redirect: 'manual' });

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
        errors.push(`worker ${n}: ${(error as Error).message}`);
      }
    }
  }

  // Warm-up (SOAK_WARMUP_SECONDS, default 30, not counted) lets the JIT, caches and V8's heap
  // reach their working size before the baseline memory reading: growth after it is a leak.
  const warmup = Number(process.env.SOAK_WARMUP_SECONDS ?? 30) * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n, Date.now() + warmup)));
  for (const k of Object.keys(times) as Kind[]) times[k].length = 0;
  const rssBefore = rssKb(server.pid);
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n, started + MINUTES * 60_000)));
  const rssAfter = rssKb(server.pid);

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
  const growth = (rssAfter - rssBefore) / rssBefore;
  console.log(report(times, (Date.now() - started) / 1000, CONNECTIONS));
  console.log(`acknowledged: ${lastSaved.size} projects edited, ${lastPublished.size} published; missing: ${missing.length}`);
  console.log(`server RSS: ${(rssBefore / 1024).toFixed(0)} MB → ${(rssAfter / 1024).toFixed(0)} MB (${(growth * 100).toFixed(1)} %)`);
  console.log(`5xx and failures: ${errors.length}${errors.length ? `\n  ${errors.slice(0, 10).join('\n  ')}` : ''}`);
  failed = errors.length > 0 || missing.length > 0 || !(growth < 0.2) || percentile(times.page, 50) === undefined;
  if (missing.length) console.log(`  ${missing.slice(0, 10).join('\n  ')}`);
  console.log(failed ? 'SOAK FAILED' : 'SOAK PASSED');
} finally {
  db.$client.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
