/**
 * Pages without a map ship none of MapLibre's code (issue #3, point 9): every script and style a
 * page links, followed through their static and dynamic imports, is read back from the server.
 */
import { describe, expect, it } from 'vitest';
import { get } from '../helpers/http.ts';

const MAPLIBRE_JS = 'MapLibre GL JS'; // the licence banner at the top of maplibre-gl.mjs
const MAPLIBRE_CSS = '.maplibregl-map';

/** Everything the page can load, by URL, with its text. */
async function assetsOf(path: string): Promise<Map<string, string>> {
  const { html } = await get(path);
  const queue = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+\.(?:css|js|mjs))"/g),
    // Astro islands name their component and renderer modules in attributes.
    ...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((m) => m[1]);
  const seen = new Map<string, string>();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url) || !url.startsWith('/')) continue;
    const text = (await get(url)).html;
    seen.set(url, text);
    if (!/\.m?js$/.test(url)) continue;
    const base = new URL(url, 'http://x');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.m?js)["']/g)) queue.push(new URL(m[1], base).pathname);
  }
  return seen;
}

const shipsMapLibre = (assets: Map<string, string>) =>
  [...assets.values()].some((text) => text.includes(MAPLIBRE_JS) || text.includes(MAPLIBRE_CSS));

describe('MapLibre only where there is a map', () => {
  it('is reachable from the map page (the check can see it)', async () => {
    expect(shipsMapLibre(await assetsOf('/it/map'))).toBe(true);
  });

  for (const path of ['/it/', '/en/projects?municipio=4', '/it/municipi', '/en/nil', '/it/near-me', '/it/nowhere'])
    it(`is not shipped by ${path}`, async () => {
      const assets = await assetsOf(path);
      expect(assets.size).toBeGreaterThan(0); // at least the site's stylesheet
      expect(shipsMapLibre(assets)).toBe(false);
    });
});
