/**
 * What the staff form's errors say (accessibility review): a too-long text names its limit, a
 * blank latitude or longitude is "required" rather than "write a number", and a row is named in
 * the error summary as its heading names it, however many rows were removed before it.
 */
import { describe, expect, it } from 'vitest';
import { checkProjectForm } from '../../src/lib/checkProjectForm.ts';
import { formRows } from '../../src/lib/formRows.ts';
import { localizedNumbers } from '../../src/lib/localizedNumbers.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { fieldLabel } from '../../src/i18n/fieldLabel.ts';
import { translateKey } from '../../src/i18n/translateKey.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import { fieldErrors, impactSchema } from '../../src/lib/residents.ts';
import { sampleRecord } from '../fixtures/sampleRecord.ts';

const form = recordToForm(sampleRecord);
const errorsOf = (values: Record<string, string>) => {
  const result = checkProjectForm(values, ['it', 'en'], null);
  return result.ok ? {} : result.errors;
};
const it_ = useTranslations('it');
const en = useTranslations('en');

describe('a text over its limit', () => {
  it('says the limit THE schema sets, in the staff language', () => {
    const errors = errorsOf({ ...form, 'translations.it.title': 'x'.repeat(201), contractor: 'y'.repeat(201), 'translations.en.summary': 'z'.repeat(601) });
    expect(translateKey(it_, errors['translations.it.title'])).toBe('Testo troppo lungo: al massimo 200 caratteri.');
    expect(translateKey(en, errors.contractor)).toBe('The text is too long: at most 200 characters.');
    expect(translateKey(en, errors['translations.en.summary'])).toBe('The text is too long: at most 600 characters.');
  });

  it('writes a large limit as the staff language writes numbers', () => {
    // "20000 caratteri" read as a code; the browser's check formats it the same way (localizedNumbers).
    const errors = errorsOf({ ...form, 'translations.it.body': 'x'.repeat(20_001) });
    expect(translateKey(it_, errors['translations.it.body'])).toBe('Testo troppo lungo: al massimo 20.000 caratteri.');
    expect(translateKey(en, errors['translations.it.body'])).toBe('The text is too long: at most 20,000 characters.');
    expect(localizedNumbers({ max: '200000', field: 'CUP', code: 'A1' }, 'it-IT')).toEqual({ max: '200.000', field: 'CUP', code: 'A1' });
    expect(localizedNumbers({ max: '1000' }, 'en-GB')).toEqual({ max: '1,000' });
  });

  it('says it for the other staff forms too (worksite impacts)', () => {
    const parsed = impactSchema.safeParse({ kind: 'closure', descriptionIt: 'a'.repeat(501), descriptionEn: '', startsOn: '2026-01-01', endsOn: '2026-01-02' });
    const errors = parsed.success ? {} : fieldErrors(parsed.error.issues);
    expect(translateKey(it_, errors.descriptionIt)).toBe('Testo troppo lungo: al massimo 500 caratteri.');
  });

  it('still shows an unknown key as "invalid value", never as raw text', () => {
    expect(translateKey(en, 'not.a.key?max=3')).toBe(en('staff.error.invalid'));
  });
});

describe('a blank number the record needs', () => {
  it('is required, not "write a number"; a wrong one still asks for a number', () => {
    expect(errorsOf({ ...form, lat: '', lon: '  ' })).toEqual({ lat: 'staff.error.required', lon: 'staff.error.required' });
    expect(errorsOf({ ...form, lat: 'nord' })).toEqual({ lat: 'staff.error.number' });
    // A funding row with its line typed and no amount.
    expect(errorsOf({ ...form, 'funding.7.source': 'comune', 'funding.7.line': 'Capitolo 12', 'funding.7.amountCents': '' })).toEqual({ 'funding.7.amountCents': 'staff.error.required' });
  });
});

describe('a row in the error summary', () => {
  // Rows 0 and 3 are left after rows 1 and 2 were removed: the headings read "Riga 1", "Riga 2".
  const values = { 'funding.0.line': 'a', 'funding.0.amountCents': '1', 'funding.3.line': 'b', 'funding.3.amountCents': '' };
  const place = (kind: string, index: number) => formRows(values, kind).indexOf(index) + 1;

  it('is counted among the rows the form shows', () => {
    expect(formRows(values, 'funding')).toEqual([0, 3]);
    expect(formRows({ 'milestones.12.plannedOn': '', 'milestones.2.done': 'on', 'milestones.x': '' }, 'milestones')).toEqual([2, 12]);
  });

  it('is named as its heading names it', () => {
    expect(fieldLabel(it_, 'funding.3.amountCents', place)).toBe('Finanziamenti – Riga 2 – Importo (€)');
    expect(fieldLabel(en, 'funding.3', place)).toBe('Funding – Row 2');
    // A record's rows have no gaps: the comparison tables count from the index.
    expect(fieldLabel(en, 'milestones.0.plannedOn')).toBe(`Milestones – Row 1 – ${en('field.plannedOn')}`);
    // Per-language texts name their language as the form's labels do.
    expect(fieldLabel(en, 'milestones.4.title.en', () => 3)).toBe(`Milestones – Row 3 – ${en('field.milestoneTitle', { language: 'English' })}`);
    expect(fieldLabel(en, 'translations.it.title')).toBe('Title (Italiano)');
    expect(fieldLabel(en, 'reasons.budget.en')).toBe(en('field.reason', { field: en('project.change.budget'), language: 'English' }));
  });
});
