import { describe, expect, it } from 'vitest';
import { locales, isLocale } from '../../src/i18n/locales.ts';
import { switchLocalePath, localizedPath } from '../../src/i18n/localizedPath.ts';
import { isRequiredKey, localeStrings, useTranslations } from '../../src/i18n/useTranslations.ts';
import { projectCount } from '../../src/i18n/projectCount.ts';
import { it as italian } from '../../src/i18n/ui/it.ts';
import { categories, fundingSources, residentStatuses, statuses, sortKeys } from '../../src/lib/vocabulary.ts';

describe('UI strings', () => {
  it.each(locales.map((l) => l.code))('%s defines every key Italian has, with the same placeholders', (code) => {
    const strings = localeStrings(code);
    for (const [key, value] of Object.entries(italian)) {
      if (!isRequiredKey(key, code)) continue; // back-office keys: Italian and English only
      expect(strings[key as keyof typeof italian], key).toBeTruthy();
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(strings[key as keyof typeof italian]!), key).toEqual(placeholders(value));
    }
  });

  it('has a label for every vocabulary value', () => {
    const keys = [
      ...categories.map((c) => `category.${c}`),
      ...statuses.map((s) => `status.${s}`),
      ...residentStatuses.map((s) => `resident.${s}`),
      ...fundingSources.map((f) => `funding.${f}`),
      ...sortKeys.map((s) => `list.sort.${s}`),
    ];
    for (const key of keys) expect(Object.keys(italian), key).toContain(key);
  });

  it('fills placeholders and falls back to Italian', () => {
    expect(useTranslations('en')('list.count', { count: 3 })).toBe('3 projects found');
    expect(useTranslations('it')('municipio.title', { n: 8 })).toBe('Municipio 8');
  });

  it('isolates text values in right-to-left sentences, so their punctuation stays with them', () => {
    const title = 'Via Lopez 12 (lotto 2)';
    const arabic = useTranslations('ar')('residents.manage.stopped', { name: title });
    expect(arabic).toContain(`\u2068${title}\u2069`);
    expect(useTranslations('ar')('municipio.title', { n: 8 })).not.toMatch(/[\u2068\u2069]/);
    expect(useTranslations('en')('residents.manage.stopped', { name: title })).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('counts', () => {
  it('says one project in the singular, in every locale', () => {
    expect(projectCount(useTranslations('it'), 1)).toBe('1 progetto');
    expect(projectCount(useTranslations('it'), 3)).toBe('3 progetti');
    expect(projectCount(useTranslations('de'), 1)).toBe('1 Projekt');
    // Chinese has no plural; Arabic says "one project" in words.
    for (const code of ['it', 'en', 'de', 'fr', 'es', 'ar'] as const)
      expect(projectCount(useTranslations(code), 1), code).not.toBe(projectCount(useTranslations(code), 2).replace('2', '1'));
  });
});

describe('paths', () => {
  it('builds and switches locale prefixes, keeping the query', () => {
    expect(localizedPath('en', '/projects')).toBe('/en/projects');
    expect(switchLocalePath('/it/projects?municipio=4', 'en')).toBe('/en/projects?municipio=4');
    expect(switchLocalePath('/healthz', 'en')).toBe('/en/healthz');
    expect(isLocale('it')).toBe(true);
    expect(isLocale('xx')).toBe(false);
  });
});
