import { it, type UiKey } from './ui/it.ts';
import type { Translate } from './useTranslations.ts';

/**
 * Translates a key that arrived as data (a validation error, an Action error message); anything
 * that is not one of our keys shows as the generic "invalid value", never as raw text.
 * @example translateKey(t, 'staff.error.required') // 'Campo obbligatorio.'
 */
export function translateKey(t: Translate, key: string | undefined, params?: Record<string, string | number>): string {
  return t(key && key in it ? (key as UiKey) : 'staff.error.invalid', params);
}
