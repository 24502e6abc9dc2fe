import { it, type UiKey } from './ui/it.ts';
import type { Translate } from './useTranslations.ts';
import { locales } from './locales.ts';

/** The form sections that hold rows, by the record's array name. */
const sections: Record<string, UiKey> = {
  funding: 'staff.edit.section.funding',
  milestones: 'staff.edit.section.milestones',
  updates: 'staff.edit.section.updates',
  media: 'staff.edit.section.photos',
};

/** The field a change's reason explains, as the form's reason labels name it (ProjectFacts.astro). */
const reasonFields: Record<string, UiKey> = {
  budget: 'project.change.budget',
  start: 'project.change.start',
  end: 'project.change.end',
  status: 'project.change.status',
};

/** A row field labelled otherwise than `field.<name>` in the form (ProjectRows.astro). */
const rowFields: Record<string, UiKey> = {
  'funding.amountCents': 'field.amount',
  'milestones.title': 'field.milestoneTitle',
  'updates.title': 'field.updateTitle',
  'updates.body': 'field.updateBody',
};

/** Where row `index` of a list stands, counting from 1: the number its heading shows. */
export type RowPlace = (kind: string, index: number) => number;

/**
 * A record field as the staff form names it, for the tables that compare two versions
 * (diffRecords' keys) and the error summary (form field names): `translations.en.title` →
 * "Title (en)", `funding.1` → "Funding – Row 2". A key the form has no label for comes back as
 * it is. A row is named as its heading names it: by `place`, which the error summary takes from
 * the form's rows (src/lib/formRows.ts), since a form's row indices keep gaps where rows were
 * removed; a record's rows have none, so by default a row's place is its index + 1.
 * @example fieldLabel(t, 'contractor') // 'Contractor'
 * @example fieldLabel(t, 'funding.3.amountCents', () => 2) // 'Funding – Row 2 – Amount (€)'
 */
export function fieldLabel(t: Translate, key: string, place: RowPlace = (_, index) => index + 1): string {
  const [head, second, third, fourth] = key.split('.');
  const own = `field.${third ?? head}`;
  // Texts typed per language are named as the form's labels name them: "Title (English)".
  if (head === 'translations' && third && own in it) return t(own as UiKey, { language: languageName(second) });
  if (head === 'reasons' && second in reasonFields && third) return t('field.reason', { field: t(reasonFields[second]), language: languageName(third) });
  if (head in sections && second !== undefined) {
    const row = `${t(sections[head])} – ${t('staff.edit.row', { n: place(head, Number(second)) })}`;
    const label = rowFields[`${head}.${third}`] ?? (own in it ? (own as UiKey) : null);
    // A text typed per language ("Milestone (English)") names its language as the form's label does.
    return third && label ? `${row} – ${t(label, { language: languageName(fourth ?? '') })}` : row;
  }
  return own in it && !third ? t(own as UiKey) : key;
}

/** A locale's own name ("English"), as the form's labels give it; an unknown code as it is. */
const languageName = (code: string) => locales.find((l) => l.code === code)?.name ?? code;
