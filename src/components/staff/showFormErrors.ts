/**
 * Browser side of the staff form's errors (issue #4, point 4): each message right below its
 * field, tied to it by aria-describedby and aria-invalid, exactly where Field.astro puts the
 * server's; and the error summary at the top (GOV.UK pattern), focused so it is read first.
 */

/** The id Field.astro gives the control named `name`. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

const describedBy = (el: Element, add: string | null, remove: string) => {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== remove);
  if (add) ids.push(add);
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
};

const control = (form: HTMLFormElement, name: string) => form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(name))}`);

/** Replaces every field error in the form, server's included, with `errors` (name → message). */
export function showFieldErrors(form: HTMLFormElement, errors: Record<string, string>): void {
  for (const el of form.querySelectorAll<HTMLElement>('[id^="f-"][aria-invalid="true"]')) {
    el.removeAttribute('aria-invalid');
    describedBy(el, null, `${el.id}-error`);
  }
  for (const p of form.querySelectorAll('.field > p.error')) p.remove();
  for (const [name, message] of Object.entries(errors)) {
    const el = control(form, name);
    if (!el) continue;
    const p = document.createElement('p');
    p.className = 'error';
    p.id = `${el.id}-error`;
    p.textContent = message;
    (el.closest('.field') ?? el.parentElement)?.append(p);
    el.setAttribute('aria-invalid', 'true');
    describedBy(el, p.id, p.id);
  }
}

/**
 * The label a person sees for a field, to name it in the summary; in a row, with its list's and
 * its own heading ("Funding – Row 2 – Amount"), as the server's summary names it (fieldLabel.ts).
 */
function labelOf(form: HTMLFormElement, name: string): string {
  const el = control(form, name);
  if (!el) return '';
  const label = form.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() ?? '';
  const row = el.closest('.row-block')?.querySelector('h3')?.textContent?.trim();
  const list = el.closest('fieldset[data-rows]')?.querySelector('legend')?.textContent?.trim();
  return row && label ? [list, row, label].filter(Boolean).join(' – ') : label;
}

/**
 * Shows the summary (replacing the server's) and moves focus to it; its links focus the field.
 * @param title the summary's heading with `{count}` left in it
 */
export function showErrorSummary(form: HTMLFormElement, errors: Record<string, string>, title: string): void {
  form.querySelector('#error-summary')?.remove();
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  const box = document.createElement('div');
  box.className = 'notice error';
  box.id = 'error-summary';
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  const heading = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = title.replace('{count}', String(entries.length));
  heading.append(strong);
  const list = document.createElement('ul');
  for (const [name, message] of entries) {
    const a = document.createElement('a');
    a.href = `#${fieldId(name)}`;
    const label = labelOf(form, name);
    a.textContent = label ? `${label}: ${message}` : message;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  box.append(heading, list);
  form.prepend(box);
  box.focus();
}

/** Summary links move focus into the field, not just scroll to it (no-JS links only scroll). */
export function focusFromSummary(form: HTMLFormElement): void {
  form.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('#error-summary a[href^="#f-"]');
    const target = a ? form.querySelector<HTMLElement>(`#${CSS.escape(decodeURIComponent(a.hash.slice(1)))}`) : null;
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });
}
