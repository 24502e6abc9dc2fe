/**
 * Lets a page that shows a map reach the configured basemap: adds its origins to connect-src and
 * img-src of that page's CSP. Call it from the page's frontmatter, before any output is sent.
 * https://docs.astro.build/en/reference/experimental-flags/csp/#cspinsertdirective
 */
import type { APIContext } from 'astro';
import { MAP_EXTRA_ORIGINS, MAP_STYLE_URL } from 'astro:env/server';
import { basemapOrigins } from '../lib/basemapOrigins.ts';

export function allowBasemap(csp: APIContext['csp'] | undefined): void {
  if (!csp) return; // CSP switched off: nothing to widen
  const origins = basemapOrigins(MAP_STYLE_URL, MAP_EXTRA_ORIGINS).join(' ');
  if (!origins) return;
  csp.insertDirective(`connect-src ${origins}`);
  csp.insertDirective(`img-src ${origins}`);
}
