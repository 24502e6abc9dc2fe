/**
 * A `tel:` link that works from abroad (RFC 3966 global numbers). Staff and the Italian pages
 * write Milan's numbers as Italians dial them («02 8845 1234», «347 123 4567»); a phone outside
 * Italy calls those only with +39 in front, so a number without a country code is taken as
 * Italian. What is shown stays as written; only the link changes.
 * @example telHref('02 8845 1234') // 'tel:+390288451234'
 * @example telHref('+33 1 23 45 67 89') // 'tel:+33123456789'
 * @example telHref('0039 02 8845 1234') // 'tel:+390288451234'
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  return `tel:+39${digits}`;
}
