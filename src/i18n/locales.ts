/**
 * The one list of locales: astro.config, routes, the language switcher, the sitemap and the
 * tests all read it. Italian is the source language; every other locale falls back to it.
 * Issue #5 grows this list to seven locales; nothing else needs to change to add one except
 * its strings in `ui/<code>.ts`.
 */
export const locales = [
  { code: 'it', name: 'Italiano', dir: 'ltr', intl: 'it-IT' },
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' },
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
