/** The one check of the staff form shared by the Action and the browser (issue #4, point 4). */
import { describe, expect, it } from 'vitest';
import { checkProjectForm } from '../../src/lib/checkProjectForm.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { trackedSource } from '../../src/lib/revisionDiff.ts';
import { sampleRecord } from '../fixtures/sampleRecord.ts';

const published = trackedSource(sampleRecord);
const form = recordToForm(sampleRecord);

describe('checkProjectForm', () => {
  it('passes the unchanged published record', () => {
    const result = checkProjectForm(form, ['it', 'en'], published);
    expect(result.ok && result.record).toEqual(sampleRecord);
  });

  it('reports a missing reason together with the schema errors, on the first check', () => {
    const result = checkProjectForm({ ...form, cup: 'XYZ', endCurrent: '2028-01-31' }, ['it', 'en'], published);
    expect(result).toEqual({ ok: false, errors: { cup: 'staff.error.cup', 'reasons.end.it': 'staff.error.reasonRequired' } });
  });

  it('asks for the reason alone when the rest is valid, and accepts it once given', () => {
    expect(checkProjectForm({ ...form, status: 'completed' }, ['it', 'en'], published)).toEqual({ ok: false, errors: { 'reasons.status.it': 'staff.error.reasonRequired' } });
    expect(checkProjectForm({ ...form, status: 'completed', 'reasons.status.it': 'Collaudo avvenuto' }, ['it', 'en'], published).ok).toBe(true);
  });

  it('needs no reason before the first publication, nor for a budget still typed wrong', () => {
    expect(checkProjectForm({ ...form, endCurrent: '2028-01-31' }, ['it', 'en'], null).ok).toBe(true);
    expect(checkProjectForm({ ...form, budgetCurrentCents: 'abc' }, ['it', 'en'], published)).toEqual({ ok: false, errors: { budgetCurrentCents: 'staff.error.number' } });
  });

  it('names errors of rows by the form row they were typed in', () => {
    const result = checkProjectForm({ ...form, 'funding.3.source': 'comune', 'funding.3.amountCents': 'x' }, ['it', 'en'], published);
    expect(result).toEqual({ ok: false, errors: { 'funding.3.amountCents': 'staff.error.number' } });
  });
});
