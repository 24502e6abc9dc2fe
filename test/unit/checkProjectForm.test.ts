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

  it('refuses a shape a map could not draw, or one outside Milan, and takes a good one', () => {
    const check = (shape: unknown) => checkProjectForm({ ...form, geometry: JSON.stringify(shape) }, ['it', 'en'], null);
    const ring = [[9.18, 45.46], [9.19, 45.46], [9.19, 45.47], [9.18, 45.46]];
    for (const bad of [
      { type: 'LineString', coordinates: [['a', 'b'], ['c', 'd']] },
      { type: 'LineString', coordinates: [[9.18, 45.46]] },
      { type: 'Polygon', coordinates: [[[9.18, 45.46]]] },
      { type: 'Polygon', coordinates: [ring.slice(0, 2)] },
      { type: 'Polygon', coordinates: [[...ring.slice(0, 3), [9.185, 45.465]]] },
      { type: 'MultiPolygon', coordinates: [] },
      { type: 'Point', coordinates: [9.18, 45.46] },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: ring } },
    ])
      expect(check(bad), JSON.stringify(bad)).toEqual({ ok: false, errors: { geometry: 'staff.error.geometry' } });
    for (const far of [{ type: 'LineString', coordinates: [[-74.0, 40.7], [-73.9, 40.8]] }, { type: 'LineString', coordinates: [[45.46, 9.18], [45.47, 9.19]] }])
      expect(check(far), JSON.stringify(far)).toEqual({ ok: false, errors: { geometry: 'staff.error.geometryOutside' } });
    for (const good of [{ type: 'LineString', coordinates: [[9.18, 45.46], [9.19, 45.47]] }, { type: 'Polygon', coordinates: [ring] }, { type: 'MultiPolygon', coordinates: [[ring], [ring.map(([x, y]) => [x + 0.02, y])]] }])
      expect(check(good).ok, JSON.stringify(good)).toBe(true);
  });

  it('asks for a missing address, and refuses a funding line that ends before it starts', () => {
    expect(checkProjectForm({ ...form, slug: '' }, ['it', 'en'], null)).toEqual({ ok: false, errors: { slug: 'staff.error.required' } });
    const row = { 'funding.5.source': 'comune', 'funding.5.amountCents': '10', 'funding.5.validFrom': '2026-05-01', 'funding.5.validTo': '2026-04-01' };
    expect(checkProjectForm({ ...form, ...row }, ['it', 'en'], null)).toEqual({ ok: false, errors: { 'funding.5.validTo': 'staff.error.endBeforeStart' } });
  });

  it('names errors of rows by the form row they were typed in', () => {
    const result = checkProjectForm({ ...form, 'funding.3.source': 'comune', 'funding.3.amountCents': 'x' }, ['it', 'en'], published);
    expect(result).toEqual({ ok: false, errors: { 'funding.3.amountCents': 'staff.error.number' } });
  });
});
