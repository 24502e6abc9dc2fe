/**
 * An error's i18n key with the values its text needs ("at most {max} characters"), carried as one
 * string so field errors stay `Record<string, string>` all the way: from THE schema through the
 * Action's result and the page to the browser's own check. Pure.
 */

export type ErrorParams = Record<string, string | number>;

/** @example errorKey('staff.error.tooLong', { max: 200 }) // 'staff.error.tooLong?max=200' */
export function errorKey(key: string, params: ErrorParams): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

/** @example parseErrorKey('staff.error.tooLong?max=200') // { key: 'staff.error.tooLong', params: { max: '200' } } */
export function parseErrorKey(value: string): { key: string; params: Record<string, string> } {
  const at = value.indexOf('?');
  if (at < 0) return { key: value, params: {} };
  return { key: value.slice(0, at), params: Object.fromEntries(new URLSearchParams(value.slice(at + 1))) };
}

/**
 * A Zod `.max()` error that says the limit ("at most 200 characters"): a bare "too long" left
 * staff guessing how much to cut.
 * @example z.string().max(200, tooLong(200))
 */
export const tooLong = (max: number) => ({ error: errorKey('staff.error.tooLong', { max }) });
