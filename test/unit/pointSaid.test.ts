/**
 * The location editor's announcement after the marker moved (accessibility review): the
 * coordinates as the staff language writes decimals, so an Italian screen reader does not read
 * "45.4908" as a number in the tens of thousands.
 */
import { describe, expect, it } from 'vitest';
import { editorLabels } from '../../src/components/map/editorLabels.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import { pointSaid } from '../../src/lib/pointSaid.ts';

describe('where the marker went, said', () => {
  it('uses a decimal comma in Italian and a point in English, to six decimals at most', () => {
    const it_ = editorLabels(useTranslations('it'));
    const en = editorLabels(useTranslations('en'));
    expect(pointSaid(it_.moved, [9.2224, 45.4908], it_.intl)).toBe('Punto spostato: latitudine 45,4908, longitudine 9,2224.');
    expect(pointSaid(en.moved, [9.2224, 45.4908], en.intl)).toBe('Point moved: latitude 45.4908, longitude 9.2224.');
    expect(pointSaid(en.moved, [9.123456789, -45.1], en.intl)).toBe('Point moved: latitude -45.1, longitude 9.123457.');
  });
});
