/**
 * MAP_STYLE_URL (issue #3, point 4): a production basemap replaces the plain background and its
 * attribution is shown. The "production" style and its raster tiles come from a tiny server on
 * this machine, so the test needs no network.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, webglArgs } from '../helpers/browser.ts';
import { startServer } from '../helpers/server-setup.ts';

// A 1×1 grey PNG.
const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGO4AwAA1QDTtHx6+wAAAABJRU5ErkJggg==', 'base64');
let tiles: Server;
let tileRequests = 0;
let app: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  tiles = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(tiles.address() as { port: number }).port}`;
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.url === '/style.json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(JSON.stringify({
        version: 8,
        sources: { base: { type: 'raster', tiles: [`${origin}/tiles/{z}/{x}/{y}.png`], tileSize: 256, attribution: '© Test Basemap Ltd' } },
        layers: [{ id: 'base', type: 'raster', source: 'base' }],
      }));
    }
    tileRequests++;
    res.setHeader('Content-Type', 'image/png');
    res.end(tile);
  });
  await new Promise<void>((done) => tiles.listen(0, '127.0.0.1', done));
  app = await startServer({ MAP_STYLE_URL: `http://127.0.0.1:${(tiles.address() as { port: number }).port}/style.json` });
  browser = await launchBrowser(webglArgs);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  tiles?.close();
});

it('draws the projects over the configured basemap and credits it', async () => {
  const page = await browser.newPage();
  const noise: string[] = [];
  page.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && noise.push(msg.text()));
  await page.goto(`${app.baseUrl}/en/map`);
  await page.waitForSelector('.project-map[data-state="ready"]', { timeout: 30_000 });
  expect(Number(await page.getAttribute('.project-map', 'data-rendered'))).toBeGreaterThan(0);
  expect(tileRequests).toBeGreaterThan(0);
  // The boundaries (credited to the City) arrive just after the projects.
  await page.waitForFunction(() => document.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.includes('Comune di Milano'));
  const credits = await page.locator('.maplibregl-ctrl-attrib-inner').textContent();
  expect(credits).toContain('© Test Basemap Ltd');
  expect(credits).toContain('Comune di Milano');
  expect(noise).toEqual([]);
});
