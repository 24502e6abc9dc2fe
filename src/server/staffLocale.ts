/**
 * The back office speaks Italian or English (issue #4): a saved preference (cookie) first, then
 * the browser's Accept-Language. Staff pages are not localized by path.
 */
import type { AstroCookies } from 'astro';
import { z } from 'astro/zod';
import { pickLocale } from '../lib/acceptLanguage.ts';

export const staffLocales = ['it', 'en'] as const;
export type StaffLocale = (typeof staffLocales)[number];
/** A staff language sent by a form (the invitation's, say). */
export const staffLocaleSchema = z.enum(staffLocales, { error: 'staff.error.invalid' });
export const STAFF_LOCALE_COOKIE = 'pm_staff_lang';

export function staffLocale(cookies: AstroCookies, acceptLanguage: string | null): StaffLocale {
  const saved = cookies.get(STAFF_LOCALE_COOKIE)?.value;
  if (saved === 'it' || saved === 'en') return saved;
  return pickLocale(acceptLanguage, staffLocales, 'it');
}
