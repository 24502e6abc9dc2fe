/** Dates of the record are calendar days (ISO `YYYY-MM-DD`), never instants. */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** @example isIsoDate('2026-02-30') // false */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Whole days from a to b (positive when b is later). @example daysBetween('2026-01-01', '2026-01-31') // 30 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// Building an Intl.DateTimeFormat costs far more than formatting with one: a list page formats
// hundreds of dates, so each locale's formatter is made once (issue #9, uncached pages).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
// Formatting with one still costs a few microseconds in ICU, and the same days come back on
// every render of a page (a project's milestones, its history): the texts are kept, up to a bound.
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 20_000;

/** @example formatDate('2026-03-05', 'it-IT') // '5 marzo 2026' */
export function formatDate(iso: string, intlLocale: string, month: 'long' | 'short' = 'long'): string {
  const day = iso.slice(0, 10);
  const key = `${intlLocale}|${month}|${day}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const formatKey = `${intlLocale}|${month}`;
  let format = dateFormats.get(formatKey);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(formatKey, format);
  }
  const text = format.format(new Date(`${day}T00:00:00Z`));
  if (formatted.size < FORMATTED_LIMIT) formatted.set(key, text);
  return text;
}

/** @example todayIso(new Date('2026-11-29T10:00:00Z')) // '2026-11-29' */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
