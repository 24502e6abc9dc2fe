/**
 * The public pages on a small phone in real Chromium, in Italian, German (long words) and
 * Arabic (right to left): at 320 × 640 no page scrolls sideways, no table needs its own
 * sideways scroll (the late works, a project's funding and schedule, the investment and
 * open-data tables), and every touch target meets WCAG 2.5.8. The late-works table stacks and
 * stays a table for assistive technology; the header search's placeholder is never cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createDb } from '../../db/client.ts';
import { launchBrowser, webglArgs } from '../helpers/browser.ts';
import { smallTargets } from '../helpers/targetSize.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

let browser: Browser;
let phone: Page;
const pages: Record<string, string> = {};
const url = (path: string) => inject('baseUrl') + path;

beforeAll(async () => {
  const db = await createDb(inject('databaseUrl'));
  // A project with more than one funding row, a changed end date and a NIL: every table it has.
  const [p] = (await db.$client.execute(`select p.slug, p.municipio_id, n.slug as nil from projects p join nil n on n.id = p.nil_id
    where p.publication = 'published' and p.end_current > p.end_baseline and (select count(*) from funding f where f.project_id = p.id) > 1
    order by p.id limit 1`)).rows;
  db.$client.close();
  Object.assign(pages, {
    home: '/',
    projects: '/projects',
    project: `/projects/${p.slug}`,
    nil: `/nil/${p.nil}`,
    municipio: `/municipi/${p.municipio_id}`,
    map: '/map',
    numbers: '/numbers',
    openData: '/open-data',
    story: '/stories/via-padova-la-strada-di-tutti',
  });
  browser = await launchBrowser(webglArgs); // project, area and map pages draw a map
  phone = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Horizontal overflow of the page, and of every table's scroll box with the figure tables opened. */
async function overflow(p: Page) {
  await p.locator('details.figure-data').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return p.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: [...document.querySelectorAll('.table-scroll')].filter((box) => box.scrollWidth > box.clientWidth).map((box) => `${box.getAttribute('aria-label') ?? box.querySelector('caption')?.textContent ?? ''}: ${box.scrollWidth} > ${box.clientWidth}`),
  }));
}

describe('at 320 px', () => {
  for (const locale of ['it', 'de', 'ar'])
    it(`${locale}: no page or table scrolls sideways, no touch target is too small`, async () => {
      for (const [name, path] of Object.entries(pages)) {
        const response = await phone.goto(url(`/${locale}${path}`));
        expect(response?.status(), name).toBe(200);
        expect(await smallTargets(phone), `${locale} ${name}`).toEqual([]);
        expect(await overflow(phone), `${locale} ${name}`).toEqual({ page: 0, tables: [] });
      }
    });
});

describe('the late-works table', () => {
  for (const width of [320, 375])
    it(`reads without scrolling at ${width} px, each value after its column's name, still a table`, async () => {
      const p = await (await browser.newContext({ viewport: { width, height: 667 } })).newPage();
      for (const locale of ['it', 'de', 'ar']) {
        await p.goto(url(`/${locale}/numbers`));
        const box = p.locator('#late-works .table-scroll');
        expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth), locale).toBeLessThanOrEqual(0);
        const firstRow = p.locator('#late-works tbody tr').first();
        // Stacked: the row header above, then one line per value, its column's name shown.
        const labels = await firstRow.locator('.cell-label').evaluateAll((spans) => spans.filter((s) => s.getBoundingClientRect().width > 0).length);
        expect(labels, locale).toBe(4);
        expect(await p.locator('#late-works thead').evaluate((h) => h.getBoundingClientRect().height), locale).toBeLessThanOrEqual(1);
      }
      // Assistive technology still meets a table with its headers.
      const tree = await p.locator('#late-works table').ariaSnapshot();
      expect(tree).toMatch(/^- table/);
      expect(tree).toContain('- columnheader');
      expect(tree).toContain('- rowheader');
      expect(tree).toContain('- cell');
      await p.close();
    });

  it('is a grid with its column headers on a wide screen', async () => {
    const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await p.goto(url('/it/numbers'));
    expect(await p.locator('#late-works thead th').first().isVisible()).toBe(true);
    expect(await p.locator('#late-works .cell-label').first().isVisible()).toBe(false);
    await p.close();
  });
});

describe('header search', () => {
  for (const width of [320, 375])
    it(`shows its whole placeholder at ${width} px in every language, with its label`, async () => {
      const p = await (await browser.newContext({ viewport: { width, height: 667 } })).newPage();
      for (const locale of localeCodes) {
        await p.goto(url(`/${locale}/`));
        await p.evaluate(() => document.fonts.ready);
        const fit = await p.locator('#site-q').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const probe = Object.assign(document.createElement('span'), { textContent: input.placeholder });
          probe.style.cssText = `font: ${style.font}; white-space: pre; position: absolute;`;
          document.body.append(probe);
          const text = probe.getBoundingClientRect().width;
          probe.remove();
          return { text, room: input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) };
        });
        expect(fit.text, `${locale}: ${JSON.stringify(fit)}`).toBeLessThanOrEqual(fit.room);
        expect(await p.locator('label[for="site-q"]').textContent(), locale).toBeTruthy();
      }
      await p.close();
    });
});
