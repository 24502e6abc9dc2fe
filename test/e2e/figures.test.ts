/**
 * "In numbers", an area summary and the monthly report in real headless Chromium: the charts
 * are drawn with no JavaScript, sized and named; axe finds no WCAG violation; the report
 * prints to a PDF with its print stylesheet (issue #8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let page: Page;
/** Without JavaScript: the charts are server-rendered SVG and must not need it. */
let noJs: Page;
const url = (path: string) => inject('baseUrl') + path;
/** A past month, so the report does not depend on the day the tests run. */
const REPORT = '/staff/report/2026-09';

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Every chart: an SVG with role img, an accessible name, and a real size on the page. */
async function charts(p: Page) {
  return p.locator('svg[role="img"]').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      return { name: svg.getAttribute('aria-label') ?? '', width: box.width, height: box.height, marks: svg.querySelectorAll('rect, path').length };
    }),
  );
}

describe('In numbers', () => {
  for (const locale of ['it', 'en']) {
    it(`draws every chart without JavaScript and has no axe violation (${locale})`, async () => {
      const response = await noJs.goto(url(`/${locale}/numbers`));
      expect(response?.status()).toBe(200);
      const drawn = await charts(noJs);
      expect(drawn).toHaveLength(6); // Municipio, source, status, years, punctuality, map
      for (const chart of drawn) {
        expect(chart.name.length, chart.name).toBeGreaterThan(10);
        expect(chart.width, chart.name).toBeGreaterThan(200);
        expect(chart.height, chart.name).toBeGreaterThan(60);
        expect(chart.marks, chart.name).toBeGreaterThan(1);
      }
      expect(await noJs.locator('.choropleth path[data-nil]').count()).toBe(88);
      await page.goto(url(`/${locale}/numbers`));
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('has no axe violation with every data table open', async () => {
    await page.goto(url('/it/numbers'));
    await page.locator('details.figure-data > summary').evaluateAll((summaries) => summaries.forEach((s) => (s.parentElement as HTMLDetailsElement).open = true));
    expect(await page.locator('table.figure-table').count()).toBeGreaterThanOrEqual(7);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a data table from the keyboard', async () => {
    await page.goto(url('/en/numbers'));
    const summary = page.locator('#investment-by-source summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#investment-by-source table').isVisible()).toBe(true);
  });

  it('keeps every bar chart label inside its chart, and white values inside their bar, left to right and right to left', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false })).newPage();
    for (const path of ['/it/numbers', '/ar/numbers', '/ar/municipi/8', '/en/municipi/8']) {
      for (const p of [page, phone]) {
        await p.goto(url(path));
        const misplaced = await p.locator('svg.bar-chart').evaluateAll((svgs) =>
          svgs.flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            const out: string[] = [];
            for (const text of svg.querySelectorAll('text')) {
              const t = text.getBoundingClientRect();
              if (t.left < box.left - 1 || t.right > box.right + 1) out.push(`outside: ${text.textContent}`);
              if (text.classList.contains('inside')) {
                const bar = text.parentElement!.querySelector('rect')!.getBoundingClientRect();
                if (t.left < bar.left - 1 || t.right > bar.right + 1) out.push(`off its bar: ${text.textContent}`);
              }
            }
            return out;
          }),
        );
        expect(misplaced, `${path} at ${p.viewportSize()?.width} px`).toEqual([]);
      }
    }
    await phone.close();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false })).newPage();
    for (const path of ['/it/numbers', '/en/municipi/8']) {
      await narrow.goto(url(path));
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      for (const chart of await charts(narrow)) expect(chart.width, `${path} ${chart.name}`).toBeLessThanOrEqual(320);
    }
    await narrow.close();
  });
});

describe('area summary', () => {
  it('draws the Municipio’s charts', async () => {
    await noJs.goto(url('/it/municipi/6'));
    const drawn = await charts(noJs);
    expect(drawn.map((c) => c.name)).toEqual(['Grafico a barre: Opere per stato', 'Grafico a barre: Opere in tempo e in ritardo']);
    for (const chart of drawn) expect(chart.height).toBeGreaterThan(60);
  });
});

describe('monthly report', () => {
  it('has no axe violation', async () => {
    const response = await page.goto(url(REPORT));
    expect(response?.status()).toBe(200);
    // In the staff language, from the browser's (Chromium's English here) without a preference.
    expect(await page.locator('h1').textContent()).toBe('Monthly report – September 2026');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints to an A4 PDF, one section a page, without the navigation', async () => {
    await page.goto(url(REPORT));
    expect(await page.locator('.report-nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-nav').isVisible()).toBe(false);
    expect(await page.locator('table[data-section="delays"] thead').evaluate((e) => getComputedStyle(e).display)).toBe('table-header-group');
    expect(await page.locator('#delays').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    // Printed with the screen stylesheet for comparison: no page breaks, so fewer pages.
    await page.emulateMedia({ media: 'screen' });
    const onScreen = pagesOf(await page.pdf({ preferCSSPageSize: true }));
    await page.emulateMedia({ media: null });

    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    // Summary, then changes, delays, overdue milestones, stale records and feedback on their own pages.
    expect(pagesOf(pdf)).toBeGreaterThanOrEqual(6);
    expect(pagesOf(pdf)).toBeGreaterThan(onScreen);
    const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]); // A4 in points
  });
});
