/**
 * What the staff member typed, kept in sessionStorage (this tab only, gone when it closes) so a
 * reload, a lost connection or a refused save never loses it (issue #4: "nothing typed is
 * lost"). Cleared when a save succeeds. The version and project id are never kept: a restored
 * form must still be refused if someone else saved in between.
 */
import type { Rows } from './projectFormRows.ts';

export type Entries = [string, string][];

const never = new Set(['projectId', 'version', 'verifiedToday']);
const PENDING = 'staff-form:pending';

/** The form's text values in order, as a submit would send them. */
export function entriesOf(form: HTMLFormElement): Entries {
  return [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && !never.has(e[0]));
}

export const sameEntries = (a: Entries, b: Entries) => JSON.stringify(a) === JSON.stringify(b);

export function backupKey(path: string): string {
  return `staff-form:${path}`;
}

export function readBackup(key: string): Entries | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { entries?: Entries } | null;
    return Array.isArray(stored?.entries) ? stored.entries : null;
  } catch {
    return null;
  }
}

export function writeBackup(key: string, entries: Entries): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), entries }));
  } catch {
    // Storage full or switched off: the form still works, only without the safety copy.
  }
}

/** Called on submit: the page after a successful save clears this form's copy. */
export function markPending(key: string): void {
  try {
    sessionStorage.setItem(PENDING, key);
  } catch {
    /* as above */
  }
}

/** After a successful save (`?saved=1`): the copy of the form that was sent is no longer needed. */
export function clearSaved(key: string): void {
  try {
    const pending = sessionStorage.getItem(PENDING);
    if (pending) sessionStorage.removeItem(pending);
    sessionStorage.removeItem(PENDING);
    sessionStorage.removeItem(key);
  } catch {
    /* as above */
  }
}

export function dropBackup(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* as above */
  }
}

/** Puts `entries` back into the form: rows added or removed to match, then every value. */
export function applyEntries(form: HTMLFormElement, entries: Entries, rows: Rows): void {
  for (const kind of rows.kinds()) {
    const wanted = new Set(entries.map(([name]) => name.match(new RegExp(`^${kind}\\.(\\d+)\\.`))?.[1]).filter(Boolean).map(Number));
    for (const i of rows.indices(kind)) if (!wanted.has(i)) rows.remove(kind, i);
    const present = new Set(rows.indices(kind));
    for (const i of [...wanted].sort((a, b) => a - b)) if (!present.has(i)) rows.add(kind, i);
  }
  const values = new Map(entries);
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[name], select[name], textarea[name]')) {
    if (never.has(el.name) || el.disabled || ('readOnly' in el && el.readOnly) || el.type === 'file' || el.type === 'submit') continue;
    const before = el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = values.has(el.name);
    else if (values.has(el.name)) el.value = values.get(el.name)!;
    const after = el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : el.value;
    // Listeners such as the location map follow the restored value.
    if (after !== before) el.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
