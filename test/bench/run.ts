/**
 * `npm run bench`: the project's performance figures, each beside a baseline measured in the
 * same run on the same machine (the contract in README). Issue #2: the server time of a
 * two-filter project list over 50,000 generated projects, goal under 50 ms. Issue #9: throughput
 * against nginx, Lighthouse and the server's memory after all that load. `BENCH_ONLY=throughput,
 * lighthouse,…` runs a subset (names: list, throughput, opendata, lighthouse, map).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { seedDemo } from '../../db/seed.ts';
import { projectFiltersSchema } from '../../src/lib/projectFilters.ts';
import { listProjects } from '../../src/server/listProjects.ts';
import { startServer } from '../helpers/server-setup.ts';
import { generateProjects } from './generateProjects.ts';
import { benchOpenData } from './opendata.ts';
import { mapBench } from './map.ts';
import { measure, row, type Timing } from './measure.ts';
import { lighthouseBench } from './lighthouseScores.ts';
import { serverMemory } from './serverMemory.ts';
import { throughputBench } from './throughput.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 50_000);
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);
/** Lighthouse's pages: demo content, in the database of 50,000 projects. */
const lighthousePages = {
  home: '/it/',
  list: '/it/projects',
  project: '/it/projects/biblioteca-sormani-senza-barriere',
  story: '/it/stories/via-padova-la-strada-di-tutti',
  map: '/it/map',
};

async function listFigures(baseUrl: string, inProcess: Record<string, Timing>): Promise<boolean> {
  const fetchOk = async (path: string) => {
    const res = await fetch(baseUrl + path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    await res.arrayBuffer();
  };
  const http = {
    baseline: await measure(() => fetchOk('/healthz')),
    twoFilters: await measure(() => fetchOk('/it/projects?municipio=8&category=green')),
    project: await measure(() => fetchOk('/it/projects/bench-1000')),
  };
  console.log('| measure (ms) | median | p95 | × baseline | goal |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  console.log(row('baseline: `select 1` in process', inProcess.baseline));
  console.log(row('list query, municipio + category', inProcess.twoFilters, inProcess.baseline, '< 50 ms'));
  console.log(row('list query, text + municipio', inProcess.textAndFilter, inProcess.baseline));
  console.log(row('list query, status, sorted by title', inProcess.sortedByTitle, inProcess.baseline));
  console.log(row('baseline: GET /healthz over HTTP', http.baseline));
  console.log(row('GET list page, municipio + category', http.twoFilters, http.baseline, '< 50 ms'));
  console.log(row('GET project page', http.project, http.baseline));
  const pass = http.twoFilters.median < 50;
  console.log(`\nTwo-filter list page over ${PROJECTS.toLocaleString('en')} projects: ${http.twoFilters.median.toFixed(1)} ms median — ${pass ? 'within' : 'OVER'} the 50 ms goal.`);
  return pass;
}

const dir = mkdtempSync(join(tmpdir(), 'periferie-bench-'));
const url = `file:${join(dir, 'bench.db')}`;

try {
  const t0 = performance.now();
  const db = await createDb(url);
  await applyMigrations(db);
  await seedDemo(db);
  await generateProjects(db, PROJECTS);
  console.log(`Generated ${PROJECTS.toLocaleString('en')} projects in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const twoFilters = projectFiltersSchema.parse({ municipio: '8', category: 'green' });
  const inProcess = {
    baseline: await measure(() => db.$client.execute('select 1')),
    twoFilters: await measure(() => listProjects(db, twoFilters, 'it')),
    textAndFilter: await measure(() => listProjects(db, projectFiltersSchema.parse({ q: 'parco', municipio: '4' }), 'it')),
    sortedByTitle: await measure(() => listProjects(db, projectFiltersSchema.parse({ status: 'underway', sort: 'title' }), 'it')),
  };
  db.$client.close();

  const server = await startServer({ DATABASE_URL: url });
  const results: Record<string, boolean> = {};
  try {
    if (wanted('list')) results.list = await listFigures(server.baseUrl, inProcess);
    if (wanted('throughput')) results.throughput = await throughputBench(server.baseUrl, '/it/projects/bench-1000', '/it/projects');
    if (wanted('opendata')) await benchOpenData(server.baseUrl, url, PROJECTS); // issue #6, on the same server and data
    if (wanted('lighthouse')) results.lighthouse = await lighthouseBench(server.baseUrl, lighthousePages);
    const atOnce = serverMemory(server.pid);
    // Then as a server between bursts: V8 gives back its young generation after a few idle seconds.
    await new Promise((r) => setTimeout(r, 15_000));
    const memory = serverMemory(server.pid);
    results.memory = memory.rssMb < 250;
    console.log(`\nServer memory after the load, ${PROJECTS.toLocaleString('en')} projects: RSS ${atOnce.rssMb.toFixed(0)} MB at its end, ${memory.rssMb.toFixed(0)} MB 15 s later (peak ${memory.peakMb.toFixed(0)} MB) — ${results.memory ? 'within' : 'OVER'} the 250 MB goal.`);
  } finally {
    await server.stop(); // also when a step throws: no server left running
  }
  // Issue #3: the map's own figures, on databases of their own.
  if (wanted('map')) results.map = await mapBench();
  console.log(`\nGoals: ${Object.entries(results).map(([k, v]) => `${k} ${v ? '✔' : '✘'}`).join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
