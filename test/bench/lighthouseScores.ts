/**
 * Issue #9, point 5: Lighthouse (npm `lighthouse`, its default mobile profile with simulated
 * throttling) on Debian's Chromium, the four categories on the home, list, project, story and map
 * pages. Goals: performance ≥ 95 (the map page ≥ 85), the other three 100. Prints what misses.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, webglArgs } from '../helpers/browser.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function lighthouseBench(baseUrl: string, pages: Record<string, string>): Promise<boolean> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    // WebGL through SwiftShader, as the map bench and tests use: with --disable-gpu the map page would
    // measure Chromium's software compositing readbacks, not the page.
    chromeFlags: ['--headless', '--no-sandbox', ...webglArgs, '--disable-background-networking'],
  });
  const rows: string[] = [];
  const misses: string[] = [];
  let pass = true;
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(baseUrl + path, { port: chrome.port, onlyCategories: [...categories], output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const perfGoal = name === 'map' ? 85 : 95;
      const met = score('performance') >= perfGoal && categories.slice(1).every((c) => score(c) === 100);
      pass &&= met;
      rows.push(`| ${name} \`${path}\` | ${categories.map(score).join(' | ')} | ${met ? '✔' : '✘'} | ≥ ${perfGoal}, 100, 100, 100 |`);
      const failed = Object.values(lhr.audits).filter(
        (a) => a.score !== null && a.score < 0.9 && !['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode),
      );
      for (const a of failed) misses.push(`${name}: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
      // What a console error said (a worker's CSP refusal cost the map page its 100, issue #9).
      const logged = (lhr.audits['errors-in-console']?.details as { items?: { description?: string }[] } | undefined)?.items ?? [];
      for (const e of logged) misses.push(`${name}: console: ${String(e.description).slice(0, 200)}`);
      const m = (id: string) => lhr.audits[id]?.displayValue ?? '—';
      misses.push(`${name}: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
    }
  } finally {
    chrome.kill();
  }
  console.log('\nLighthouse (issue #9), mobile, Debian Chromium:\n');
  console.log('| page | performance | accessibility | best practices | SEO | met | goal |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of rows) console.log(r);
  console.log(`\n${misses.map((m) => `- ${m}`).join('\n')}`);
  return pass;
}
