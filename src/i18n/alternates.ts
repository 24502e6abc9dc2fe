import { defaultLocale, locales, type Locale } from './locales.ts';
import { switchLocalePath } from './localizedPath.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The `hreflang` set of a page: one absolute URL per locale the page is really written in, plus
 * `x-default`. Every member of a set lists the same set, which is what makes them reciprocal.
 * `x-default` is `/` for the home page (it picks the language from the browser) and the
 * Italian page otherwise (Italian is the source every other locale falls back to).
 * @example alternates('/en/stories/x', ['it', 'en'], 'https://e.it').map((a) => a.hreflang) // ['it', 'en', 'x-default']
 */
export function alternates(path: string, available: readonly Locale[], site: string | URL): Alternate[] {
  const ordered = locales.map((l) => l.code).filter((code) => available.includes(code));
  const links = ordered.map((code) => ({ hreflang: code, href: new URL(switchLocalePath(path, code), site).href }));
  const isHome = /^\/[a-z]{2}\/?$/.test(path.split('?')[0]);
  const fallback = isHome ? '/' : switchLocalePath(path, defaultLocale);
  return [...links, { hreflang: 'x-default', href: new URL(fallback, site).href }];
}
