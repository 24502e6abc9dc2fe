/**
 * Open-data figures for `npm run bench` (issue #6), each next to a baseline of the same run:
 * the full GeoJSON export streamed over HTTP (goal < 2 s at 50,000 projects) and a 10,000-row
 * CSV imported and committed by the real CLI (goal < 10 s), plus the API list and CSV export.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { parseImportFile } from '../../src/lib/import/parseImportFile.ts';
import { projectsGeoJsonFullEncoder } from '../../src/server/export/projectsGeoJsonFull.ts';
import { exportText, syntheticCsv } from '../helpers/projectFiles.ts';
import { measure, row, type Timing } from './measure.ts';

const root = join(import.meta.dirname, '../..');
const IMPORT_ROWS = 10_000;

/** Time of one call, as a Timing so it prints in the same table. */
async function once(fn: () => Promise<unknown> | unknown): Promise<Timing> {
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  return { median: ms, p95: ms, runs: 1 };
}

function cli(databaseUrl: string, file: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ['db/import/projects-cli.ts', file, ...flags], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr.slice(0, 2000)}`);
  return result.stdout;
}

export async function benchOpenData(baseUrl: string, databaseUrl: string, projects: number): Promise<void> {
  const fetchAll = async (path: string) => {
    const res = await fetch(baseUrl + path);
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    return (await res.arrayBuffer()).byteLength;
  };
  const http = {
    baseline: await measure(() => fetchAll('/healthz'), 20, 3),
    list: await measure(() => fetchAll('/api/v1/projects?municipio=8&category=green'), 20, 3),
    geojson: await measure(() => fetchAll('/api/v1/projects.geojson?properties=full'), 5, 1),
    csv: await measure(() => fetchAll('/api/v1/projects.csv'), 5, 1),
  };
  const geojsonBytes = await fetchAll('/api/v1/projects.geojson?properties=full');

  // The same export in this process, with its CPU time: on a busy machine wall time mostly
  // measures the other processes, CPU time what the export itself costs.
  const db = await createDb(databaseUrl);
  const cpu = process.cpuUsage();
  const inProcess = await once(() => exportText(db, projectsGeoJsonFullEncoder('http://bench')));
  const used = process.cpuUsage(cpu);
  const exportCpu: Timing = { median: (used.user + used.system) / 1000, p95: (used.user + used.system) / 1000, runs: 1 };

  const dir = mkdtempSync(join(tmpdir(), 'periferie-bench-import-'));
  try {
    const text = await syntheticCsv(db, IMPORT_ROWS, 'bench-import');
    db.$client.close();
    const file = join(dir, 'import.csv');
    writeFileSync(file, text);
    const changed = join(dir, 'changed.csv');
    writeFileSync(changed, text.replace(/,comune,2026-01-01,/g, ',comune,2026-02-01,'));
    const imports = {
      baseline: await once(() => parseImportFile(new TextEncoder().encode(text), 'import.csv')),
      dryRun: await once(() => cli(databaseUrl, file)),
      create: await once(() => cli(databaseUrl, file, '--commit')),
      update: await once(() => cli(databaseUrl, changed, '--commit')),
    };

    console.log(`\nOpen data (issue #6), ${projects.toLocaleString('en')} generated projects:\n`);
    console.log('| measure (ms) | median | p95 | × baseline | goal |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    console.log(row('baseline: GET /healthz over HTTP', http.baseline));
    console.log(row('GET /api/v1/projects, municipio + category', http.list, http.baseline));
    console.log(row(`GET /api/v1/projects.geojson?properties=full, all (${(geojsonBytes / 1e6).toFixed(1)} MB)`, http.geojson, http.baseline, '< 2000 ms'));
    console.log(row('GET /api/v1/projects.csv, all', http.csv, http.baseline));
    console.log(row('full GeoJSON export in process, wall', inProcess));
    console.log(row('full GeoJSON export in process, CPU time', exportCpu));
    console.log(row(`baseline: parse the ${IMPORT_ROWS.toLocaleString('en')}-row CSV in process`, imports.baseline));
    console.log(row(`import:projects dry run, ${IMPORT_ROWS.toLocaleString('en')} rows`, imports.dryRun, imports.baseline));
    console.log(row(`import:projects --commit, ${IMPORT_ROWS.toLocaleString('en')} new rows`, imports.create, imports.baseline, '< 10000 ms'));
    console.log(row(`import:projects --commit, ${IMPORT_ROWS.toLocaleString('en')} updated rows`, imports.update, imports.baseline));
    const geoOk = http.geojson.median < 2000;
    const importOk = imports.create.median < 10_000;
    console.log(`\nFull GeoJSON export: ${http.geojson.median.toFixed(0)} ms median — ${geoOk ? 'within' : 'OVER'} the 2 s goal.`);
    console.log(`10,000-row import and commit: ${imports.create.median.toFixed(0)} ms — ${importOk ? 'within' : 'OVER'} the 10 s goal.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
