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

// The record's days are Milan's: from midnight to 01:00 (02:00 in summer) the UTC date is still
// yesterday, and an impact ending on the 30th showed as in force until 01:00 on the 1st.
const milanDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
let lastMinute = Number.NaN;
let lastDay = '';

/**
 * The calendar day in Milan at `now`, as ISO `YYYY-MM-DD`.
 * @example todayIso(new Date('2026-11-29T23:30:00Z')) // '2026-11-30'
 */
export function todayIso(now: Date = new Date()): string {
  // A page asks several times per render: the day is worked out once per minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    const parts = Object.fromEntries(milanDay.formatToParts(now).map((p) => [p.type, p.value]));
    lastDay = `${parts.year}-${parts.month}-${parts.day}`;
    lastMinute = minute;
  }
  return lastDay;
}
