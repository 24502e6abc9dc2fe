import { defaultLocale, type Locale } from './locales.ts';
import { it, type UiKey } from './ui/it.ts';
import { en } from './ui/en.ts';

const ui: Record<Locale, Partial<Record<UiKey, string>>> = { it, en };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * Returns `t(key, params)` for a locale; a key missing in that locale falls back to Italian
 * (STYLE.md habit 7). `{name}` placeholders are replaced from params.
 * @example useTranslations('en')('list.count', { count: 3 }) // '3 projects found'
 */
export function useTranslations(locale: Locale): Translate {
  const strings = ui[locale] ?? ui[defaultLocale];
  return (key, params) => {
    const template = strings[key] ?? it[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** For tests: the keys each locale defines. */
export function localeStrings(locale: Locale): Partial<Record<UiKey, string>> {
  return ui[locale];
}
