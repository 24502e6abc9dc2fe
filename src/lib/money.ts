/** Money is stored as integer euro cents so that sums never drift. */

/** @example eurosToCents(1250000.5) // 125000050 */
export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/**
 * Formats cents for a reader; whole euros unless there are cents to show.
 * @example formatEuro(125000000, 'it-IT') // '1.250.000 €'
 */
export function formatEuro(cents: number, intlLocale: string): string {
  const key = `${intlLocale}|${cents}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const euros = cents / 100;
  const digits = Number.isInteger(euros) ? 0 : 2;
  const text = euroFormat(`${intlLocale}|${digits}`, () => ({ style: 'currency', currency: 'EUR', maximumFractionDigits: digits })).format(euros);
  if (formatted.size < FORMATTED_LIMIT) formatted.set(key, text);
  return text;
}

// Formatting with a kept formatter still costs a few microseconds in ICU, and a project's
// amounts come back on every render of its page: the texts are kept too, up to a bound (as dates).
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 20_000;

// Building an Intl.NumberFormat costs far more than formatting with one, and pages format many
// amounts: one formatter per locale and shape (issue #9, uncached pages).
const euroFormats = new Map<string, Intl.NumberFormat>();
function euroFormat(key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = euroFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(key.split('|')[0], options());
    euroFormats.set(key, format);
  }
  return format;
}

/**
 * Compact form for headline figures. @example formatEuroCompact(1_250_000_000, 'en-GB') // '€12.5M'
 */
export function formatEuroCompact(cents: number, intlLocale: string): string {
  return euroFormat(`${intlLocale}|compact`, () => ({ style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 })).format(cents / 100);
}
