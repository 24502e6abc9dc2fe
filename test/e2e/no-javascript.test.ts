/**
 * Issue #9, point 3: marketing, list and project pages work with JavaScript turned off (real
 * Chromium, `javaScriptEnabled: false`), and with it on, only the map page fetches MapLibre.
 * (Their axe checks run with JavaScript in pages.test.ts: axe itself is a script.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let noJs: BrowserContext;
const base = () => inject('baseUrl');
const project = '/it/projects/biblioteca-sormani-senza-barriere';

beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  it('the list filters by submitting the form', async () => {
    const page = await noJs.newPage();
    await page.goto(`${base()}/it/projects`);
    const all = Number(await page.locator('#result-count').getAttribute('data-total'));
    // On a phone the lists wait behind a disclosure, and the first projects are on the first screen.
    const more = page.locator('form.filters details');
    expect(await more.getAttribute('open')).toBeNull();
    expect(await page.locator('#f-municipio').isVisible()).toBe(false);
    expect((await page.locator('.results li').first().boundingBox())!.y).toBeLessThan(740);
    await page.locator('form.filters summary').click();
    await page.selectOption('#f-municipio', '8');
    await Promise.all([page.waitForURL(/municipio=8/), page.locator('form.filters button[type=submit]').click()]);
    const filtered = Number(await page.locator('#result-count').getAttribute('data-total'));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    // A list in use keeps the disclosure open, showing what was chosen.
    expect(await more.getAttribute('open')).not.toBeNull();
    expect(await page.locator('#f-municipio').inputValue()).toBe('8');
    await page.locator('.results a').first().click();
    await expect.poll(() => page.url()).toMatch(/\/it\/projects\/[\w-]+$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('an area page keeps its lists closed on a phone: its own area is not a choice made', async () => {
    const page = await noJs.newPage();
    await page.goto(`${base()}/it/nil/lodi-corvetto`);
    expect(await page.locator('form.filters details').getAttribute('open')).toBeNull();
    await page.goto(`${base()}/it/nil/lodi-corvetto?status=underway`);
    expect(await page.locator('form.filters details').getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it('the project page shows its content', async () => {
    const page = await noJs.newPage();
    const res = await page.goto(base() + project);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toMatch(/Sormani/);
    expect(await page.locator('main dl dt').count()).toBeGreaterThan(3);
    expect(await page.getByRole('link', { name: /mappa/i }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each(['/it/', '/en/stories/via-padova-la-strada-di-tutti'])('the marketing page %s shows its content', async (path) => {
    const page = await noJs.newPage();
    expect((await page.goto(base() + path))?.status()).toBe(200);
    expect((await page.locator('h1').textContent())?.trim()).toBeTruthy();
    expect(await page.locator('main a').count()).toBeGreaterThan(2);
    await page.close();
  });
});

describe('MapLibre', () => {
  const violations: string[] = [];
  async function requestedScripts(path: string, scrollToMap = false): Promise<string[]> {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    // Lighthouse's best practices count CSP reports (Zod's eval probe was one: zodWithoutEval.ts).
    page.on('console', (m) => m.text().startsWith('CSP ') && violations.push(`${path}: ${m.text()}`));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.log(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`)));
    await page.goto(base() + path, { waitUntil: 'networkidle' });
    // On a phone the map starts as it is scrolled to (issue #9, point 5; map-lazy.test.ts).
    if (scrollToMap) {
      await page.locator('.project-map').scrollIntoViewIfNeeded();
      await page.waitForSelector('.project-map[data-state="ready"]', { timeout: 30_000 });
    }
    await context.close();
    return urls.filter((u) => /\.m?js(\?|$)/.test(u));
  }

  it.each(['/it/', '/it/projects', '/it/stories/via-padova-la-strada-di-tutti', project])('%s does not fetch it on load', async (path) => {
    expect((await requestedScripts(path)).filter((u) => /maplibre/.test(u))).toEqual([]);
  });

  it('the map page fetches it, and nothing breaks the CSP', async () => {
    expect((await requestedScripts('/it/map', true)).some((u) => /maplibre-gl\./.test(u))).toBe(true);
    expect(violations).toEqual([]);
  });
});
