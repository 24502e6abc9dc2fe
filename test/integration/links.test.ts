/**
 * No broken internal link (issue #5): crawls the running server from the Italian, English and
 * Arabic home pages, following every same-origin `<a href>` within those three locales and
 * fetching (without following further) every link into the other four. Our own small crawler
 * rather than linkinator: it needs nothing but fetch and reports the page each broken link is on.
 */
import { describe, expect, it } from 'vitest';
import { get } from '../helpers/http.ts';
import { baseUrl } from '../helpers/http.ts';
import { internalLinks } from '../helpers/html.ts';

const crawled = ['it', 'en', 'ar'];
const MAX_PAGES = 4000; // a bound, so a link loop fails the test instead of hanging it

describe('internal links', () => {
  it('are never broken, from home in it, en and ar', async () => {
    const seen = new Map<string, string>(); // url → the page that first linked it
    const queue: string[] = [];
    const visit = (url: string, from: string) => {
      if (!seen.has(url)) {
        seen.set(url, from);
        queue.push(url);
      }
    };
    for (const l of crawled) visit(`/${l}/`, '(start)');
    const broken: string[] = [];
    let parsed = 0;
    while (queue.length) {
      const batch = queue.splice(0, 8);
      await Promise.all(batch.map(async (url) => {
        const { status, html, headers } = await get(url);
        if (status !== 200) {
          broken.push(`${status} ${url} (linked from ${seen.get(url)})`);
          return;
        }
        const locale = new URL(url, baseUrl()).pathname.split('/')[1];
        if (!crawled.includes(locale) || !headers.get('content-type')?.includes('text/html')) return;
        // A page reached through a query string (a filter, a page number, a map view) is checked
        // but not expanded: its links are the same page's under other filters, a combinatorial
        // set that says nothing more about broken links.
        if (url.includes('?')) return;
        parsed++;
        for (const link of internalLinks(html, new URL(url, baseUrl()).href)) visit(link, url);
      }));
      if (seen.size > MAX_PAGES) throw new Error(`more than ${MAX_PAGES} internal URLs: a link loop?`);
    }
    expect(broken).toEqual([]);
    // The crawl really covered the site: projects, areas and content in three locales.
    expect(parsed).toBeGreaterThan(400);
    for (const path of ['/ar/projects/quarto-oggiaro-piazza-capuana', '/en/nil/bovisa', '/it/itineraries/sud-est-in-bicicletta', '/ar/privacy', '/zh/stories/via-padova-la-strada-di-tutti'])
      expect(seen.has(path), path).toBe(true);
  }, 240_000);
});
