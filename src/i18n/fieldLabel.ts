import { it, type UiKey } from './ui/it.ts';
import type { Translate } from './useTranslations.ts';

/** The form sections that hold rows, by the record's array name. */
const sections: Record<string, UiKey> = {
  funding: 'staff.edit.section.funding',
  milestones: 'staff.edit.section.milestones',
  updates: 'staff.edit.section.updates',
  media: 'staff.edit.section.photos',
};

/** The field a change's reason explains (the record's tracked fields). */
const reasonFields: Record<string, UiKey> = {
  budget: 'field.budgetCurrentCents',
  start: 'field.startCurrent',
  end: 'field.endCurrent',
  status: 'field.status',
};

/**
 * A record field as the staff form names it, for the tables that compare two versions
 * (diffRecords' keys) and the error summary (form field names): `translations.en.title` →
 * "Title (en)", `funding.1` → "Funding 2". A key the form has no label for comes back as it is.
 * @example fieldLabel(t, 'contractor') // 'Contractor'
 */
export function fieldLabel(t: Translate, key: string): string {
  const [head, second, third] = key.split('.');
  const own = `field.${third ?? head}`;
  if (head === 'translations' && third && own in it) return t(own as UiKey, { language: second });
  if (head === 'reasons' && second in reasonFields && third) return t('field.reason', { field: t(reasonFields[second]), language: third });
  if (head in sections && second !== undefined) {
    const row = `${t(sections[head])} ${Number(second) + 1}`;
    return third && own in it ? `${row} – ${t(own as UiKey)}` : row;
  }
  return own in it && !third ? t(own as UiKey) : key;
}
