/** Calendar months as `YYYY-MM`, the key of the monthly report. */
import { z } from 'astro/zod';

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

export interface MonthRange {
  month: string;
  /** First and last day, ISO dates, both inside the month. */
  first: string;
  last: string;
}

/**
 * @example monthRange('2026-02') // { month: '2026-02', first: '2026-02-01', last: '2026-02-28' }
 * @example monthRange('2026-13') // null
 */
export function monthRange(value: unknown): MonthRange | null {
  const parsed = monthSchema.safeParse(value);
  if (!parsed.success) return null;
  const [year, month] = parsed.data.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { month: parsed.data, first: `${parsed.data}-01`, last: `${parsed.data}-${String(lastDay).padStart(2, '0')}` };
}

/** @example addDays('2026-11-29', -60) // '2026-09-30' */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** @example formatMonth('2026-11', 'it-IT') // 'novembre 2026' */
export function formatMonth(month: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
