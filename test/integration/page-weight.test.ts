/**
 * Lean pages (issue #9, point 3), checked on the built site as the server sends it: the home page
 * fits the first round trip (≤ 14 KB compressed), marketing, list and project pages load at most
 * 10 KB of compressed JavaScript up front, MapLibre is reachable only from map pages, and every
 * built asset under /_astro/ carries a content hash in its name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { baseUrl, get } from '../helpers/http.ts';
import { pageScripts } from '../helpers/pageScripts.ts';

const KB = 1024;
const astroDir = join(import.meta.dirname, '../../dist/client/_astro');
const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res.text();
}

async function scriptsOf(path: string) {
  const { status, html } = await get(path);
  expect(status, path).toBe(200);
  return pageScripts(html, new URL(path, baseUrl()).href, fetchText);
}

const leanPages = [
  '/it/',
  '/en/',
  '/ar/',
  '/it/stories',
  '/it/stories/via-padova-la-strada-di-tutti',
  '/it/open-data',
  '/it/projects',
  '/it/projects?municipio=8&status=underway',
  '/it/projects/biblioteca-sormani-senza-barriere',
];

describe('lean pages', () => {
  it.each(localeCodes)('the %s home page is at most 14 KB compressed (gzip and brotli)', async (locale) => {
    const { status, html } = await get(`/${locale}/`);
    expect(status).toBe(200);
    expect(gz(html)).toBeLessThanOrEqual(14 * KB);
    expect(brotliCompressSync(html).length).toBeLessThanOrEqual(14 * KB);
  });

  it.each(leanPages)('%s loads at most 10 KB of compressed JavaScript up front, and no MapLibre', async (path) => {
    const scripts = await scriptsOf(path);
    const chunks = await Promise.all(scripts.eager.map(fetchText));
    const bytes = [...scripts.inline, ...chunks].reduce((sum, code) => sum + gz(code), 0);
    expect(bytes).toBeLessThanOrEqual(10 * KB);
    expect(scripts.eager.filter((u) => /maplibre/i.test(u))).toEqual([]);
    // A page without a small map cannot load MapLibre at all; the project page's waits (below).
    if (!path.includes('/projects/')) expect(scripts.reach.filter((u) => /maplibre/i.test(u))).toEqual([]);
  });

  it('the map page does load MapLibre, and the project page only once its small map is scrolled to', async () => {
    const map = await scriptsOf('/it/map');
    expect(map.reach.some((u) => /maplibre-gl\.[\w-]{8}\.js$/.test(u))).toBe(true);
    const project = await scriptsOf('/it/projects/biblioteca-sormani-senza-barriere');
    expect(project.lazy.some((u) => /ProjectMap/.test(u))).toBe(true);
    expect(project.eager.some((u) => /ProjectMap|maplibre/.test(u))).toBe(false);
  });

  it('fingerprints every built asset, and every /_astro/ URL a page uses exists', async () => {
    // The .br/.gz siblings are precompressed copies of fingerprinted files (src/integrations/precompress.ts).
    const files = readdirSync(astroDir).filter((f) => !/\.(br|gz)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/\.[\w-]{8}\.[a-z0-9]+$/.test(f))).toEqual([]);
    for (const path of ['/it/', '/it/projects/biblioteca-sormani-senza-barriere', '/it/map']) {
      const { html } = await get(path);
      for (const [url] of html.matchAll(/\/_astro\/[^"'\s)>]+/g)) {
        expect(files, url).toContain(url.slice('/_astro/'.length));
      }
    }
  });
});

describe('fonts', () => {
  it('ships Titillium Web only in its used weights and the latin and latin-ext subsets', () => {
    const fonts = readdirSync(astroDir).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/^titillium-web-(latin|latin-ext)-(400|600|700)-normal\.[\w-]{8}\.woff2?$/.test(f))).toEqual([]);
  });

  it('preloads the body weight, which the CSS uses with font-display: swap, and the CSP allows it', async () => {
    const { html, headers } = await get('/it/');
    const preload = html.match(/<link rel="preload" href="(\/_astro\/titillium-web-latin-400-normal\.[\w-]{8}\.woff2)" as="font" type="font\/woff2" crossorigin>/);
    expect(preload).not.toBeNull();
    const font = await fetch(new URL(preload![1], baseUrl()));
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    const css = (await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fetchText(new URL(m[1], baseUrl()).href)))).join('\n');
    // Web fonts only: the metric fallback (fontFallback.css) is a local() face.
    const faces = (css.match(/@font-face\s*{[^}]*}/g) ?? []).filter((f) => f.includes('url('));
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.filter((f) => !/font-display:\s*swap/.test(f) || !/unicode-range/.test(f))).toEqual([]);
    expect(faces.some((f) => f.includes(preload![1]))).toBe(true);
    expect(headers.get('content-security-policy')).toMatch(/(^|;)\s*font-src 'self'/);
  });
});
