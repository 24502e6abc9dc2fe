/**
 * Funding rows, milestones and updates added and removed in place (issue #4, point 4), on top of
 * ProjectRows.astro's no-JS lists (one empty row to fill, a box to tick to remove). The server's
 * empty row becomes the template; a row is removed by taking it out of the form, which is what
 * the Action reads as "removed" (projectFromForm only keeps the rows it receives).
 */

export interface RowTexts {
  add: Record<string, string>;
  /** A row's heading, `{n}` its place in the list: rows added here are told apart by it. */
  row: string;
  remove: string;
  added: string;
  removed: string;
}

export interface Rows {
  /** Row numbers of `kind` now in the form. */
  indices(kind: string): number[];
  kinds(): string[];
  add(kind: string, index?: number): HTMLElement | null;
  remove(kind: string, index: number): void;
}

const renumber = (el: Element, kind: string, from: number, to: number) => {
  const pattern = new RegExp(`(${kind}[.-])${from}(?=[.-]|$)`, 'g');
  for (const node of [el, ...el.querySelectorAll('*')]) {
    for (const attr of ['name', 'id', 'for', 'aria-describedby', 'aria-labelledby']) {
      const value = node.getAttribute(attr);
      if (value) node.setAttribute(attr, value.replace(pattern, `$1${to}`));
    }
  }
  (el as HTMLElement).dataset.row = String(to);
};

const isEmpty = (block: Element) =>
  [...block.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=checkbox]):not([type=hidden]), textarea')].every((i) => i.value.trim() === '');

export function enhanceRows(form: HTMLFormElement, text: RowTexts, announce: (message: string) => void, onChange: () => void): Rows {
  const sets = new Map<string, { set: HTMLFieldSetElement; template: HTMLElement; button: HTMLButtonElement; next: number }>();

  const blocks = (kind: string) => [...(sets.get(kind)?.set.querySelectorAll<HTMLElement>(':scope > .row-block') ?? [])];

  function addRemoveButton(kind: string, block: HTMLElement) {
    // Without JavaScript an existing row is removed by ticking its box; here a button does it.
    block.querySelector(`[name$=".remove"]`)?.closest('.field')?.remove();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary small';
    button.textContent = text.remove;
    const heading = block.querySelector('h3');
    if (heading?.id) button.setAttribute('aria-describedby', heading.id);
    button.addEventListener('click', () => {
      rows.remove(kind, Number(block.dataset.row));
      sets.get(kind)?.button.focus();
      announce(text.removed);
    });
    block.append(button);
  }

  const rows: Rows = {
    kinds: () => [...sets.keys()],
    indices: (kind) => blocks(kind).map((b) => Number(b.dataset.row)),
    add(kind, index) {
      const entry = sets.get(kind);
      if (!entry) return null;
      const at = index ?? entry.next;
      entry.next = Math.max(entry.next, at + 1);
      const block = entry.template.cloneNode(true) as HTMLElement;
      renumber(block, kind, Number(entry.template.dataset.row), at);
      // Keep the rows in number order, as the server renders them.
      const after = blocks(kind).find((b) => Number(b.dataset.row) > at);
      entry.set.insertBefore(block, after ?? entry.button);
      const heading = block.querySelector('h3');
      if (heading) heading.textContent = text.row.replace('{n}', String(blocks(kind).indexOf(block) + 1));
      addRemoveButton(kind, block);
      onChange();
      return block;
    },
    remove(kind, index) {
      blocks(kind).find((b) => Number(b.dataset.row) === index)?.remove();
      onChange();
    },
  };

  for (const set of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-rows]')) {
    const kind = set.dataset.rows!;
    const own = [...set.querySelectorAll<HTMLElement>(':scope > .row-block')];
    const fresh = own.filter((b) => b.dataset.fresh === 'true' && isEmpty(b));
    if (fresh.length === 0) continue; // read-only lists have no row to add
    const template = fresh[0].cloneNode(true) as HTMLElement;
    fresh.forEach((b) => b.remove());
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = text.add[kind] ?? kind;
    set.append(button);
    const next = Math.max(-1, ...own.map((b) => Number(b.dataset.row))) + 1;
    sets.set(kind, { set, template, button, next });
    button.addEventListener('click', () => {
      const block = rows.add(kind);
      block?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
      announce(text.added);
    });
    for (const block of own) if (!fresh.includes(block)) addRemoveButton(kind, block);
  }
  return rows;
}
