import { it, type UiKey } from './ui/it.ts';
import type { Translate } from './useTranslations.ts';
import { parseErrorKey } from '../lib/errorKey.ts';
import { localizedNumbers } from '../lib/localizedNumbers.ts';

/**
 * Translates a key that arrived as data (a validation error, an Action error message), with the
 * values it carries (src/lib/errorKey.ts); anything that is not one of our keys shows as the
 * generic "invalid value", never as raw text.
 * @example translateKey(t, 'staff.error.required') // 'Campo obbligatorio.'
 * @example translateKey(t, 'staff.error.tooLong?max=200000') // 'Testo troppo lungo: al massimo 200.000 caratteri.'
 */
export function translateKey(t: Translate, value: string | undefined, params?: Record<string, string | number>): string {
  const { key, params: carried } = parseErrorKey(value ?? '');
  return t(key in it ? (key as UiKey) : 'staff.error.invalid', { ...localizedNumbers(carried, t.intl), ...params });
}
