/**
 * The open-data page and the download and feed links (issue #6) in real Chromium: no axe
 * violation, usable at 320 px, and the export links work from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('open-data page', () => {
  for (const path of ['/it/open-data', '/en/open-data']) {
    it(`${path} has no axe violation and one h1`, async () => {
      const response = await page.goto(inject('baseUrl') + path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('is marked as the current page in the navigation', async () => {
    await page.goto(`${inject('baseUrl')}/en/open-data`);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Open data');
  });

  it('has no horizontal page scroll at 320 px; wide tables scroll in their own region', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    for (const path of ['/it/open-data', '/it/projects?municipio=8', '/it/municipi/8']) {
      await narrow.goto(inject('baseUrl') + path);
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await narrow.close();
  });
});

describe('download links on the list', () => {
  it('are reachable by keyboard and download the filtered CSV', async () => {
    await page.goto(`${inject('baseUrl')}/it/projects?municipio=8`);
    const link = page.locator('a[data-export="csv"]');
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('periferie-milano-progetti.csv');
    expect(await axeViolations(page)).toEqual([]);
  });
});
