/**
 * Numbers in the maps' sentences, written as the page's language writes them: the location
 * editor's announcement after the marker moved (an Italian screen reader read "45.4908" as a
 * number in the tens of thousands) and the map's counts of projects ("12.345 progetti").
 */
import { describe, expect, it } from 'vitest';
import { editorLabels } from '../../src/components/map/editorLabels.ts';
import { countIn, mapLabels } from '../../src/components/map/mapLabels.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import { pointSaid } from '../../src/lib/pointSaid.ts';

describe('where the marker went, said', () => {
  it('uses a decimal comma in Italian and a point in English, to six decimals at most', () => {
    const it_ = editorLabels(useTranslations('it'));
    const en = editorLabels(useTranslations('en'));
    expect(pointSaid(it_.moved, [9.2224, 45.4908], it_.map.intl)).toBe('Punto spostato: latitudine 45,4908, longitudine 9,2224.');
    expect(pointSaid(en.moved, [9.2224, 45.4908], en.map.intl)).toBe('Point moved: latitude 45.4908, longitude 9.2224.');
    expect(pointSaid(en.moved, [9.123456789, -45.1], en.map.intl)).toBe('Point moved: latitude -45.1, longitude 9.123457.');
  });
});

describe('how many projects the map shows', () => {
  it('groups thousands as each language does, Arabic in Latin digits as the rest of the site', () => {
    const it_ = mapLabels(useTranslations('it'));
    const en = mapLabels(useTranslations('en'));
    const ar = mapLabels(useTranslations('ar'));
    expect(countIn(it_.inView, 12_345, it_)).toBe('12.345 progetti nella parte di mappa visibile.');
    expect(countIn(en.group, 12_345, en)).toBe('Group of 12,345 projects: zoom in');
    expect(countIn(ar.inView, 12_345, ar)).toContain('12,345');
    expect(countIn(it_.inView, 42, it_)).toBe('42 progetti nella parte di mappa visibile.');
  });
});
