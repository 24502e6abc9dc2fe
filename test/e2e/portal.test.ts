/**
 * The portal's new templates in real Chromium (issue #5): no axe violation in Italian and in
 * Arabic, no horizontal scroll at 320 px, a mirrored layout in Arabic, and a language menu that
 * works by keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let page: Page;

const templates = {
  home: '/',
  stories: '/stories',
  story: '/stories/via-padova-la-strada-di-tutti',
  fallbackNews: '/news/goccia-avviso-in-arrivo', // Italian and English only: Arabic falls back
  opportunities: '/opportunities',
  opportunity: '/opportunities/bovisa-edifici-della-goccia',
  itineraries: '/itineraries',
  itinerary: '/itineraries/da-nolo-alla-martesana',
  news: '/news',
  newsItem: '/news/portale-in-sette-lingue',
  page: '/accessibility',
  search: '/search?q=piazza',
};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('new templates', () => {
  for (const locale of ['it', 'ar'])
    for (const [name, path] of Object.entries(templates))
      it(`${locale} ${name} has no axe violation`, async () => {
        const response = await page.goto(`${inject('baseUrl')}/${locale}${path}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      });
});

describe('Arabic', () => {
  it('mirrors the layout: brand on the right, search on the left', async () => {
    await page.goto(`${inject('baseUrl')}/ar/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const brand = await page.locator('.brand').boundingBox();
    const search = await page.locator('.site-search').boundingBox();
    expect(brand!.x).toBeGreaterThan(search!.x);
  });
});

describe('small screens', () => {
  it('has no horizontal scroll at 320 px on any new template, in Italian, Arabic and Chinese', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    for (const locale of ['it', 'ar', 'zh'])
      for (const path of Object.values(templates)) {
        await narrow.goto(`${inject('baseUrl')}/${locale}${path}`);
        const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${locale}${path}`).toBeLessThanOrEqual(0);
      }
    await narrow.close();
  });
});

describe('language menu', () => {
  it('opens by keyboard and leads to the same page in the chosen language', async () => {
    await page.goto(`${inject('baseUrl')}/it/itineraries/da-nolo-alla-martesana`);
    await page.focus('.languages summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('.languages').getAttribute('open')).not.toBeNull();
    const arabic = page.locator('.languages a[hreflang="ar"]');
    expect(await arabic.isVisible()).toBe(true);
    await arabic.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/itineraries\/da-nolo-alla-martesana$/);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('من نولو إلى مارتيزانا');
  });
});
