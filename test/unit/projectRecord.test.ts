/** THE project schema, the form mapping, the diff rules and the translator merge (issue #4). */
import { describe, expect, it } from 'vitest';
import { formErrors, projectFromForm } from '../../src/lib/projectForm.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { isoToRomeLocal, romeLocalToIso } from '../../src/lib/romeTime.ts';
import { validateProject, type ProjectRecord } from '../../src/lib/projectSchema.ts';
import { changedTracked, diffRecords, historyEntries, reasonErrors } from '../../src/lib/revisionDiff.ts';
import { mergeTranslations } from '../../src/lib/mergeTranslations.ts';
import { sampleRecord } from '../fixtures/sampleRecord.ts';


describe('project record schema', () => {
  it('accepts a full record and round-trips through the form unchanged', () => {
    const valid = validateProject(sampleRecord);
    expect(valid.ok).toBe(true);
    const { candidate } = projectFromForm(recordToForm(sampleRecord), ['it', 'en']);
    const again = validateProject(candidate);
    expect(again.ok && again.record).toEqual(sampleRecord);
  });

  it('names each refused field with an i18n key, at the path of its form field', () => {
    const values = { ...recordToForm(sampleRecord), cup: 'NOTACUP', lat: '12', 'translations.it.title': '', 'funding.0.amountCents': 'abc', contactEmail: 'nope', endCurrent: '2025-01-01' };
    const { candidate, rowOf } = projectFromForm(values, ['it', 'en']);
    const result = validateProject(candidate);
    expect(result.ok).toBe(false);
    const errors = formErrors(!result.ok ? result.errors : {}, rowOf);
    expect(errors).toMatchObject({
      cup: 'staff.error.cup',
      lat: 'staff.error.insideMilan',
      'translations.it.title': 'staff.error.required',
      'funding.0.amountCents': 'staff.error.number',
      contactEmail: 'staff.error.email',
      endCurrent: 'staff.error.endBeforeStart',
    });
  });

  it('drops blank and removed rows and maps errors back to the form row', () => {
    const values = { ...recordToForm(sampleRecord), 'funding.1.source': 'comune', 'funding.1.amountCents': '', 'funding.2.source': 'comune', 'funding.2.amountCents': 'x', 'milestones.0.remove': 'on' };
    const { candidate, rowOf } = projectFromForm(values, ['it', 'en']);
    expect(candidate.funding).toHaveLength(2);
    expect(candidate.milestones).toHaveLength(0);
    const result = validateProject(candidate);
    expect(!result.ok && formErrors(result.errors, rowOf)).toEqual({ 'funding.2.amountCents': 'staff.error.number' });
  });

  it('reads scheduled times as Milan wall-clock time', () => {
    expect(romeLocalToIso('2026-12-01T09:00')).toBe('2026-12-01T08:00:00.000Z'); // CET
    expect(romeLocalToIso('2026-07-01T09:00')).toBe('2026-07-01T07:00:00.000Z'); // CEST
    expect(isoToRomeLocal('2026-12-01T08:00:00.000Z')).toBe('2026-12-01T09:00');
  });
});

describe('changes, reasons and history', () => {
  const moved: ProjectRecord = { ...sampleRecord, status: 'suspended', endCurrent: '2027-12-31', funding: [{ ...sampleRecord.funding[0], amountCents: 1 }] };

  it('requires an Italian reason for each moved current value', () => {
    expect(changedTracked(sampleRecord, moved)).toEqual(['end', 'status']);
    expect(reasonErrors(sampleRecord, moved)).toEqual({ 'reasons.end.it': 'staff.error.reasonRequired', 'reasons.status.it': 'staff.error.reasonRequired' });
    expect(reasonErrors(null, moved)).toEqual({});
    expect(reasonErrors(sampleRecord, { ...moved, reasons: { end: { it: 'Ritardo' }, status: { it: 'Sospeso' } } })).toEqual({});
  });

  it('tells the public what changed, with reasons, and staff every field', () => {
    const withReasons = { ...moved, reasons: { end: { it: 'Ritardo della gara', en: 'Tender delay' } } };
    expect(historyEntries(sampleRecord, withReasons).map((e) => e.field)).toEqual(['end', 'status', 'funding']);
    expect(historyEntries(sampleRecord, withReasons)[0]).toMatchObject({ before: '2027-06-30', after: '2027-12-31', reason: { it: 'Ritardo della gara' } });
    expect(diffRecords(sampleRecord, { ...sampleRecord, progress: 50 })).toEqual([{ field: 'progress', before: '40', after: '50' }]);
  });
});

describe('translator merge', () => {
  it('takes only non-Italian texts from what a translator submits', () => {
    const submitted: ProjectRecord = {
      ...sampleRecord,
      category: 'sport',
      translations: { it: { title: 'HACKED', summary: '', body: '' }, en: { title: 'Better park', summary: 'S', body: 'B' } },
      milestones: [{ ...sampleRecord.milestones[0], title: { it: 'HACKED', en: 'Call for tenders' } }],
    };
    const merged = mergeTranslations(sampleRecord, submitted);
    expect(merged.category).toBe('green');
    expect(merged.translations.it.title).toBe('Parco di prova');
    expect(merged.translations.en.title).toBe('Better park');
    expect(merged.milestones[0].title).toEqual({ it: 'Gara', en: 'Call for tenders' });
  });
});
