/**
 * Two people saving the same project (issue #4): the second save is refused as stale, and its
 * form is merged with what the first one saved, field by field, against the form as it was
 * loaded (its "print", sent back in a hidden field). A field only one of them changed takes
 * that change; a field both changed differently keeps the second person's value and is named,
 * so saving again loses nobody's work silently.
 */
import type { FormValues } from './projectForm.ts';

/** Fields of the form that are not the record's. */
const notRecord = new Set(['projectId', 'version', 'base', 'verifiedToday']);

/** FNV-1a, 32 bits, hex: short, stable, enough to tell a changed field from an unchanged one. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** @example formPrint({ contractor: 'Impresa' }) // { contractor: '…8 hex digits…' } */
export function formPrint(values: FormValues): Record<string, string> {
  const print: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (!notRecord.has(key) && value !== '') print[key] = hash(value);
  return print;
}

/** Reads a print sent back by the form; anything else is no print. */
export function parsePrint(text: string | undefined): Record<string, string> | null {
  try {
    const print = JSON.parse(text ?? '') as unknown;
    return print && typeof print === 'object' && !Array.isArray(print) && Object.values(print).every((v) => typeof v === 'string')
      ? (print as Record<string, string>)
      : null;
  } catch {
    return null;
  }
}

/**
 * @example mergeForms(formPrint({ a: '1', b: '1' }), { a: '2', b: '1' }, { a: '1', b: '3' }) // { values: { a: '2', b: '3' }, conflicts: [] }
 */
export function mergeForms(base: Record<string, string>, mine: FormValues, theirs: FormValues): { values: FormValues; conflicts: string[] } {
  const values: FormValues = {};
  const conflicts: string[] = [];
  const empty = hash('');
  for (const [key, value] of Object.entries(mine)) if (notRecord.has(key)) values[key] = value;
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)].filter((k) => !notRecord.has(k)));
  for (const key of keys) {
    const m = mine[key] ?? '';
    const t = theirs[key] ?? '';
    const b = base[key] ?? empty;
    const value = hash(m) === b ? t : hash(t) === b || m === t ? m : (conflicts.push(key), m);
    if (value !== '') values[key] = value;
  }
  return { values, conflicts };
}
