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
  const euros = cents / 100;
  return new Intl.NumberFormat(intlLocale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(euros) ? 0 : 2,
  }).format(euros);
}

/**
 * Compact form for headline figures. @example formatEuroCompact(1_250_000_000, 'en-GB') // '€12.5M'
 */
export function formatEuroCompact(cents: number, intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(cents / 100);
}
