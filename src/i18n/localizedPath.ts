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
