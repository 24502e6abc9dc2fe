/**
 * Whole numbers carried as text among a message's values (an error key's "200000", see
 * errorKey.ts) written the way the reader's locale writes numbers: "200.000" in Italian,
 * "200,000" in English. Other values stay as they are. Pure; used on the server and in the
 * browser's own form check alike.
 * @example localizedNumbers({ max: '200000', field: 'CUP' }, 'it-IT') // { max: '200.000', field: 'CUP' }
 */
export function localizedNumbers(params: Record<string, string>, intlLocale: string): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, WHOLE.test(value) ? Number(value).toLocaleString(intlLocale) : value]));
}

const WHOLE = /^\d{1,15}$/;
