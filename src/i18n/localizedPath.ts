import { isLocale, type Locale } from './locales.ts';

/**
 * Builds a path under a locale prefix. @example localizedPath('en', '/projects/') // '/en/projects/'
 */
export function localizedPath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `/${locale}${clean}`;
}

/**
 * The same page in another locale (query string kept), for the language switcher.
 * @example switchLocalePath('/it/projects/?municipio=4', 'en') // '/en/projects/?municipio=4'
 */
export function switchLocalePath(pathAndQuery: string, to: Locale): string {
  const [path, query] = pathAndQuery.split('?', 2);
  const parts = path.split('/');
  if (isLocale(parts[1])) parts[1] = to;
  else parts.splice(1, 0, to);
  return parts.join('/') + (query ? `?${query}` : '');
}

/**
 * A page's own path without the trailing slash prerendering adds (`/it/about/` → `/it/about`),
 * the form every internal link uses; a locale's home keeps its slash (`/it/`).
 * @example pagePath('/en/stories/x/') // '/en/stories/x'
 */
export function pagePath(pathname: string): string {
  if (/^\/[^/]+\/?$/.test(pathname)) return pathname.endsWith('/') ? pathname : `${pathname}/`;
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}
