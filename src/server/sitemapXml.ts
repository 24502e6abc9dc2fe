/**
 * The sitemap's XML: one <url> per page and locale, each listing the whole group of
 * translations (and x-default) as xhtml:link alternates, as Google documents for multilingual
 * sitemaps. https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
 */
import { alternates } from '../i18n/alternates.ts';
import type { Locale } from '../i18n/locales.ts';
import { switchLocalePath } from '../i18n/localizedPath.ts';

export interface SitemapGroup {
  /** The page's path in any locale; the others are derived from it. */
  path: string;
  /** The locales the page is written in. */
  locales: readonly Locale[];
  lastmod?: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** @example sitemapXml([{ path: '/it/about', locales: ['it'] }], 'https://e.it').includes('<loc>https://e.it/it/about</loc>') // true */
export function sitemapXml(groups: readonly SitemapGroup[], site: string | URL): string {
  const urls = groups.flatMap((group) => {
    const links = alternates(group.path, group.locales, site)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escape(a.href)}"/>`)
      .join('\n');
    return group.locales.map((locale) => {
      const loc = new URL(switchLocalePath(group.path, locale), site).href;
      const lastmod = group.lastmod ? `\n    <lastmod>${group.lastmod.slice(0, 10)}</lastmod>` : '';
      return `  <url>\n    <loc>${escape(loc)}</loc>${lastmod}\n${links}\n  </url>`;
    });
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
