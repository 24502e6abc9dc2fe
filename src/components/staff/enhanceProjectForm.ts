/**
 * Progressive enhancement of the staff project form (issue #4, point 4), loaded by
 * ProjectForm.astro as a bundled, CSP-hashed module. Without it the form posts and the server
 * answers with errors beside the fields; with it the same check (checkProjectForm, THE schema)
 * runs before sending, rows are added and removed in place, leaving with unsaved changes asks
 * first, and what was typed is kept in sessionStorage until a save succeeds.
 */
import { checkProjectForm } from '../../lib/checkProjectForm.ts';
import { todayIso } from '../../lib/dates.ts';
import { parseErrorKey } from '../../lib/errorKey.ts';
import { localizedNumbers } from '../../lib/localizedNumbers.ts';
import { fillPlaceholders } from '../../lib/fillPlaceholders.ts';
import { formValues } from '../../lib/projectForm.ts';
import type { TrackedSource } from '../../lib/revisionDiff.ts';
import { applyEntries, backupKey, clearSaved, dropBackup, entriesOf, markPending, readBackup, sameEntries, writeBackup } from './formBackup.ts';
import { enhanceRows, type RowTexts } from './projectFormRows.ts';
import { focusFromSummary, showErrorSummary, showFieldErrors } from './showFormErrors.ts';

/** What ProjectForm.astro puts in `data-enhance`, translated on the server. */
export interface EnhanceConfig {
  locales: string[];
  published: TrackedSource | null;
  /** A refused save re-rendered what was typed: it is not saved yet. */
  refused: boolean;
  messages: Record<string, string>;
  /** The staff language's Intl locale: limits read "200.000" in Italian, as on the server. */
  intl: string;
  text: RowTexts & { summary: string; restored: string; discard: string; unsaved: string; invalid: string };
}

function enhance(form: HTMLFormElement, config: EnhanceConfig) {
  const key = backupKey(location.pathname);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(status);
  const announce = (message: string) => (status.textContent = message);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const rows = enhanceRows(form, config.text, announce, () => changed());
  if (new URLSearchParams(location.search).has('saved')) clearSaved(key);
  const rendered = entriesOf(form);
  let attempted = false;
  let leaving = false;

  const dirty = () => config.refused || !sameEntries(entriesOf(form), rendered);
  const unsaved = form.querySelector<HTMLElement>('[data-unsaved]');
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const entries = entriesOf(form);
      if (sameEntries(entries, rendered) && !config.refused) dropBackup(key);
      else writeBackup(key, entries);
      if (unsaved) unsaved.textContent = dirty() ? config.text.unsaved : '';
      if (attempted) showFieldErrors(form, check(null));
    }, 250);
  }

  function check(submitter: HTMLElement | null): Record<string, string> {
    const values = formValues(new FormData(form, submitter));
    if (values.verifiedToday) values.lastVerifiedAt = todayIso();
    delete values.verifiedToday;
    const result = checkProjectForm(values, config.locales, config.published);
    if (result.ok) return {};
    return Object.fromEntries(Object.entries(result.errors).map(([name, value]) => {
      // "At most {max} characters": the key carries the limit THE schema set (errorKey.ts).
      const { key, params } = parseErrorKey(value);
      return [name, key in config.messages ? fillPlaceholders(config.messages[key], localizedNumbers(params, config.intl)) : config.text.invalid];
    }));
  }

  // A refused save came back from the server with what was sent (merged with another person's
  // save when stale): that, not the copy kept before sending, is now the work to keep.
  if (config.refused) writeBackup(key, rendered);
  const stored = config.refused ? null : readBackup(key);
  if (stored && !sameEntries(stored, rendered)) {
    applyEntries(form, stored, rows);
    const notice = document.createElement('div');
    notice.className = 'notice warning';
    notice.setAttribute('role', 'status');
    notice.id = 'restored-notice';
    const p = document.createElement('p');
    p.textContent = config.text.restored;
    const discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'button secondary small';
    discard.textContent = config.text.discard;
    discard.addEventListener('click', () => {
      applyEntries(form, rendered, rows);
      dropBackup(key);
      notice.remove();
      form.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
    });
    notice.append(p, discard);
    form.prepend(notice);
  }
  if (unsaved) unsaved.textContent = dirty() ? config.text.unsaved : '';

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  focusFromSummary(form);
  form.addEventListener('submit', (event) => {
    attempted = true;
    const errors = check(event.submitter);
    showFieldErrors(form, errors);
    if (Object.keys(errors).length) {
      event.preventDefault();
      showErrorSummary(form, errors, config.text.summary);
      return;
    }
    // Kept until the page after the save says it succeeded (?saved=1).
    writeBackup(key, entriesOf(form));
    markPending(key);
    leaving = true;
  });
  window.addEventListener('beforeunload', (event) => {
    if (leaving || !dirty()) return;
    event.preventDefault();
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-enhance]');
if (form) enhance(form, JSON.parse(form.dataset.enhance!) as EnhanceConfig);
