import { defaultLocale, localeInfo, type Locale } from './locales.ts';
import { it, type UiKey } from './ui/it.ts';
import { en } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import { es } from './ui/es.ts';
import { de } from './ui/de.ts';
import { zh } from './ui/zh.ts';
import { ar } from './ui/ar.ts';
import { fillPlaceholders } from '../lib/fillPlaceholders.ts';

const ui: Record<Locale, Partial<Record<UiKey, string>>> = { it, en, fr, es, de, zh, ar };

/** `t(key, params)`; `t.intl` is the locale Intl formats its numbers and dates with. */
export type Translate = ((key: UiKey, params?: Record<string, string | number>) => string) & { readonly intl: string };

/**
 * Returns `t(key, params)` for a locale; a key missing in that locale falls back to Italian
 * (STYLE.md habit 7). `{name}` placeholders are replaced from params.
 * @example useTranslations('en')('list.count', { count: 3 }) // '3 projects found'
 */
export function useTranslations(locale: Locale): Translate {
  // Every component of every render asks: one function per locale, made once.
  let t = made.get(locale);
  if (!t) {
    t = translator(locale);
    if (locale in ui) made.set(locale, t);
  }
  return t;
}

const made = new Map<Locale, Translate>();

function translator(locale: Locale): Translate {
  const strings = ui[locale] ?? ui[defaultLocale];
  const { dir, intl } = localeInfo(locale);
  const rtl = dir === 'rtl';
  const t = (key: UiKey, params?: Record<string, string | number>) => {
    const template = strings[key] ?? it[key];
    if (!params) return template;
    return fillPlaceholders(template, rtl ? isolated(params) : params);
  };
  return Object.assign(t, { intl });
}

/**
 * In a right-to-left sentence a left-to-right value (an Italian project title, an address) whose
 * end is neutral is torn apart: «Via Lopez 12 (lotto 2)» showed as «Via Lopez 12 (lotto 2(», its
 * closing parenthesis taken into the Arabic and mirrored. First-strong isolate and pop
 * directional isolate (Unicode UAX #9, as `<bdi>` does in HTML) make each text value one unit, in
 * the page, in aria labels and in plain-text mail alike. Numbers need none.
 */
function isolated(params: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? `\u2068${value}\u2069` : value]));
}

/**
 * The back office speaks Italian and English only (issue #4: errors "in the staff member's
 * language (Italian or English)"); its keys are not expected in the portal's other locales.
 */
export const staffOnlyPrefixes = ['staff.', 'field.', 'publication.', 'revision.', 'role.', 'audit.', 'report.', 'residents.staff.', 'residents.mailStatus.'] as const;
export const staffLocales: readonly Locale[] = ['it', 'en'];

/** @example isRequiredKey('staff.nav.home', 'ar') // false */
export function isRequiredKey(key: string, locale: Locale): boolean {
  return staffLocales.includes(locale) || !staffOnlyPrefixes.some((prefix) => key.startsWith(prefix));
}

/**
 * Keys Italian has and a locale lacks: what still shows in Italian there. Other branches add
 * keys to it.ts and en.ts only, so after a merge this lists what fr/es/de/zh/ar must get
 * (`npm run i18n:missing`). @example missingKeys('it') // []
 */
export function missingKeys(locale: Locale): UiKey[] {
  return (Object.keys(it) as UiKey[]).filter((key) => isRequiredKey(key, locale) && !ui[locale][key]);
}

/** For tests: the keys each locale defines. */
export function localeStrings(locale: Locale): Partial<Record<UiKey, string>> {
  return ui[locale];
}
