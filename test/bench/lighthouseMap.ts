/**
 * Scratch/diagnostic: Lighthouse on the map page only, with the metrics, long tasks, main-thread
 * work per script and console errors that make its score. `node test/bench/lighthouseMap.ts`
 * (after `astro build`); BENCH_PROJECTS (default 50,000), LH_RUNS (default 1), LH_PATH, LH_PRESET=desktop.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { createDb } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { seedDemo } from '../../db/seed.ts';
import { chromiumPath, webglArgs } from '../helpers/browser.ts';
import { startServer } from '../helpers/server-setup.ts';
import { generateProjects } from './generateProjects.ts';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 50_000);
const RUNS = Number(process.env.LH_RUNS ?? 1);
const paths = (process.env.LH_PATH ?? '/it/map').split(',');
// LH_PRESET=desktop: Lighthouse's desktop profile, where the map is in view at load and starts.
const config = process.env.LH_PRESET === 'desktop' ? desktopConfig : undefined;
const dir = mkdtempSync(join(tmpdir(), 'periferie-lhmap-'));
const url = `file:${join(dir, 'bench.db')}`;
try {
  const db = await createDb(url);
  await applyMigrations(db);
  await seedDemo(db);
  await generateProjects(db, PROJECTS);
  db.$client.close();
  const server = await startServer({ DATABASE_URL: url });
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless', '--no-sandbox', ...webglArgs, '--disable-background-networking'] });
  try {
    await fetch(server.baseUrl + '/api/v1/projects.geojson'); // warm
    for (const path of paths)
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(server.baseUrl + path, { port: chrome.port, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'], output: 'json', logLevel: 'error' }, config);
        const lhr = result!.lhr;
        writeFileSync(`/tmp/lhmap-${i}.json`, JSON.stringify(lhr));
        const s = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const m = (id: string) => `${lhr.audits[id]?.displayValue ?? '—'} (${lhr.audits[id]?.score})`;
        console.log(`\n${path} run ${i}: perf ${s('performance')} a11y ${s('accessibility')} bp ${s('best-practices')} seo ${s('seo')}`);
        for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift'])
          console.log(`  ${id}: ${m(id)}`);
        const items = (id: string) => ((lhr.audits[id]?.details as { items?: Record<string, unknown>[] })?.items ?? []);
        console.log('  bootup:', items('bootup-time').slice(0, 6).map((x) => `${String(x.url).replace(server.baseUrl, '')} total ${Math.round(Number(x.total))} script ${Math.round(Number(x.scripting))} parse ${Math.round(Number(x.scriptParseCompile))}`).join('\n    '));
        console.log('  long tasks:', items('long-tasks').slice(0, 8).map((x) => `${String(x.url).replace(server.baseUrl, '')} @${Math.round(Number(x.startTime))} ${Math.round(Number(x.duration))}ms`).join('\n    '));
        console.log('  mainthread:', items('mainthread-work-breakdown').map((x) => `${x.groupLabel} ${Math.round(Number(x.duration))}`).join(', '));
        console.log('  lcp element:', JSON.stringify(items('largest-contentful-paint-element')).slice(0, 400));
        console.log('  console:', JSON.stringify(items('errors-in-console')).slice(0, 600));
        console.log('  network:', items('network-requests').map((x) => `${String(x.url).replace(server.baseUrl, '').slice(0, 60)} ${Math.round(Number(x.transferSize) / 1024)}k ${Math.round(Number(x.networkEndTime ?? x.endTime))}`).join('\n    '));
        const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && !['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode));
        console.log('  failed:', failed.map((a) => `${a.id} ${a.score} ${a.displayValue ?? ''}`).join('; '));
      }
  } finally {
    chrome.kill();
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
