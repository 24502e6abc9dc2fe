/**
 * Lighthouse's SEO category scores 100 on a story page (issue #5), run by the npm `lighthouse`
 * package on Debian's Chromium through chrome-launcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from '../helpers/browser.ts';

let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  chrome?.kill();
});

describe('Lighthouse', () => {
  it('scores SEO 100 on a story page', async () => {
    const url = `${inject('baseUrl')}/en/stories/via-padova-la-strada-di-tutti`;
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['seo'], output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id}: ${a.title}`);
    expect(failed).toEqual([]);
    expect(lhr.categories.seo.score).toBe(1);
  }, 120_000);
});
