// Scratch probe (not committed): mobile viewport, 4× CPU, long tasks and marks of the map page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { seedDemo } from '../../db/seed.ts';
import { launchBrowser, webglArgs } from '../helpers/browser.ts';
import { startServer } from '../helpers/server-setup.ts';
import { generateProjects } from './generateProjects.ts';

const dir = mkdtempSync(join(tmpdir(), 'periferie-probe-'));
const url = `file:${join(dir, 'bench.db')}`;
const db = await createDb(url);
await applyMigrations(db);
await seedDemo(db);
await generateProjects(db, Number(process.env.BENCH_PROJECTS ?? 50_000));
db.$client.close();
const server = await startServer({ DATABASE_URL: url });
const browser = await launchBrowser(webglArgs);
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    (window as any).__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.baseUrl + (process.env.PROBE_PATH ?? '/it/map'));
  await page.waitForTimeout(Number(process.env.PROBE_WAIT ?? 15000));
  console.log('longtasks', JSON.stringify(await page.evaluate(() => (window as any).__lt)));
  console.log('marks', JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]))));
  console.log('paint', JSON.stringify(await page.evaluate(() => performance.getEntriesByType('paint').map((m) => [m.name, Math.round(m.startTime)]))));
  console.log('map top', await page.evaluate(() => document.querySelector('.project-map')?.getBoundingClientRect().top));
  await page.screenshot({ path: '/tmp/probe.png' });
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
