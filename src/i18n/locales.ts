/**
 * The one list of locales: astro.config, routes, the language switcher, the sitemap, hreflang
 * and the tests all read it. Italian is the source language; every other locale falls back to
 * it. Adding a locale means a line here, its strings in `ui/<code>.ts` and, where written, its
 * content under `content/<collection>/<code>/` (issue #5).
 *
 * `intl` is what Intl formats numbers and dates with; Arabic keeps Latin digits (`nu-latn`),
 * as most Arabic-speaking Milanese (from Egypt and the Maghreb) read figures and dates that way
 * on the City's own signs and letters.
 */
export const locales = [
  { code: 'it', name: 'Italiano', dir: 'ltr', intl: 'it-IT', og: 'it_IT' },
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB', og: 'en_GB' },
  { code: 'fr', name: 'Français', dir: 'ltr', intl: 'fr-FR', og: 'fr_FR' },
  { code: 'es', name: 'Español', dir: 'ltr', intl: 'es-ES', og: 'es_ES' },
  { code: 'de', name: 'Deutsch', dir: 'ltr', intl: 'de-DE', og: 'de_DE' },
  { code: 'zh', name: '简体中文', dir: 'ltr', intl: 'zh-CN', og: 'zh_CN' },
  { code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', og: 'ar_AR' },
] as const;

export type Locale = (typeof locales)[number]['code'];

export const defaultLocale: Locale = 'it';

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

/** @example isLocale('en') // true */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

export function localeInfo(code: Locale) {
  return locales.find((l) => l.code === code) ?? locales[0];
}
