/**
 * Issue #9, point 5: on a phone the map page opens on its heading, filters and the count of the
 * list twin, all rendered by the server, without MapLibre or the projects' data; the map starts as
 * it is scrolled to, in a box that keeps its size (no layout shift), and then draws every project
 * with the shapes its worker fetches under the page's CSP. Without JavaScript the twin still
 * says how many projects the map holds and links to the same filters as a list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { createDb } from '../../db/client.ts';
import { axeViolations, launchBrowser, webglArgs } from '../helpers/browser.ts';

let browser: Browser;
let published = 0;
const phone = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  const db = await createDb(inject('databaseUrl'));
  published = Number((await db.$client.execute("select count(*) as n from projects where publication = 'published'")).rows[0].n);
  db.$client.close();
  browser = await launchBrowser(webglArgs);
});
afterAll(async () => {
  await browser?.close();
});

describe('the map page on a phone', () => {
  it('loads MapLibre and the data only once the map is scrolled to, then draws every project', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const requested: string[] = [];
    const answered = new Map<string, number>();
    const errors: string[] = [];
    // The worker's own requests pass here too.
    context.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
    context.on('response', (r) => answered.set(new URL(r.url()).pathname + new URL(r.url()).search, r.status()));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`)));

    await page.goto(`${inject('baseUrl')}/it/map`, { waitUntil: 'networkidle' });
    const box = page.locator('.project-map .canvas-box');
    expect((await box.boundingBox())!.y).toBeGreaterThan(823); // below the first screen
    expect(requested.filter((u) => /maplibre|projects\.geojson/.test(u))).toEqual([]);
    expect(await page.textContent('#visible-summary')).toBe(`${published} progetti nella parte di mappa visibile.`);
    expect(await axeViolations(page)).toEqual([]);
    const before = (await box.boundingBox())!.height;

    await box.scrollIntoViewIfNeeded();
    await page.waitForSelector('.project-map[data-state="ready"]', { timeout: 30_000 });
    expect(Number(await page.getAttribute('.project-map', 'data-rendered'))).toBe(published);
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(300);
    expect((await box.boundingBox())!.height).toBe(before);
    await expect.poll(() => page.locator('.map-wait').count()).toBe(0);
    // Fetched by MapLibre's worker: refused before by the worker script's own strict CSP.
    expect([...answered].find(([u]) => u.startsWith('/api/v1/projects.geojson') && u.includes('geometry=shape'))?.[1]).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the map page without JavaScript', () => {
  it('says how many projects the map holds and links to them as a list', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/en/map?category=green`);
    const total = Number(await page.getAttribute('#result-count', 'data-total'));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(published);
    expect(await page.textContent('#visible-summary')).toMatch(new RegExp(`^${total} project`));
    await Promise.all([page.waitForURL(/\/en\/projects\?category=green/), page.click('#show-list')]);
    expect(Number(await page.getAttribute('#result-count', 'data-total'))).toBe(total);
    await context.close();
  });
});
