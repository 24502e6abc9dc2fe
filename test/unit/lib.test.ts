/** The pure rules of src/lib, with named fixtures. */
import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/acceptLanguage.ts';
import { isCup, normalizeCup } from '../../src/lib/cup.ts';
import { daysBetween, formatDate, isIsoDate, todayIso } from '../../src/lib/dates.ts';
import { eurosToCents, formatEuro } from '../../src/lib/money.ts';
import { clampProgress, programmeProgress } from '../../src/lib/progress.ts';
import { filtersToQuery, hasActiveFilters, parseProjectFilters } from '../../src/lib/projectFilters.ts';
import { formPrint, mergeForms, parsePrint } from '../../src/lib/mergeForms.ts';
import { mailText } from '../../src/lib/mailText.ts';
import { residentStatus, statuses, statusesFor, residentStatuses } from '../../src/lib/vocabulary.ts';

describe('resident status', () => {
  it('maps every official status to a plain-language one, and back', () => {
    for (const s of statuses) expect(residentStatuses).toContain(residentStatus(s));
    expect(statusesFor('preparing')).toEqual(['design', 'tendering']);
    expect(statusesFor('underway')).toEqual(['works']);
    expect(residentStatuses.flatMap(statusesFor).sort()).toEqual([...statuses].sort());
  });
});

describe('CUP', () => {
  it('accepts the 15-character shape and refuses others', () => {
    expect(isCup('B41B20000250001')).toBe(true);
    expect(isCup('B41B2000025000')).toBe(false); // 14
    expect(isCup('b41b20000250001')).toBe(false); // lower case
    expect(isCup('141B20000250001')).toBe(false); // starts with a digit
    expect(isCup('B4XB20000250001')).toBe(false); // year not digits
    expect(normalizeCup(' b41b 2000 0250001 ')).toBe('B41B20000250001');
  });
});

describe('money', () => {
  it('keeps cents exact and formats per locale', () => {
    expect(eurosToCents(1250000.5)).toBe(125000050);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(formatEuro(125000000, 'it-IT')).toBe('1.250.000\u00a0€');
    expect(formatEuro(125000050, 'en-GB')).toBe('€1,250,000.50');
  });
});

describe('programme progress', () => {
  it('is the budget-weighted mean of the children', () => {
    const park = { progress: 50, budgetCents: 1_000_000_000 };
    const bench = { progress: 100, budgetCents: 10_000_000 };
    expect(programmeProgress([park, bench])).toBe(50);
    expect(programmeProgress([{ progress: 50, budgetCents: 300 }, { progress: 100, budgetCents: 100 }])).toBe(63);
    expect(programmeProgress([{ progress: 20, budgetCents: null }, { progress: 80, budgetCents: null }])).toBe(50);
    expect(programmeProgress([])).toBeNull();
  });
  it('clamps progress', () => {
    expect(clampProgress(140)).toBe(100);
    expect(clampProgress(-3)).toBe(0);
    expect(clampProgress(Number.NaN)).toBe(0);
  });
});

describe('dates', () => {
  it('checks calendar dates and counts days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(formatDate('2026-03-05', 'it-IT')).toBe('5 marzo 2026');
    expect(formatDate('2026-03-05', 'en-GB')).toBe('5 March 2026');
    // Kept texts answer by locale, month style and day: a timestamp is its day.
    expect(formatDate('2026-03-05', 'it-IT', 'short')).toBe('5 mar 2026');
    expect(formatDate('2026-03-05T23:30:00Z', 'it-IT')).toBe('5 marzo 2026');
    expect(formatDate('2026-03-05', 'it-IT')).toBe('5 marzo 2026');
  });

  it('says which day it is in Milan, not in UTC', () => {
    expect(todayIso(new Date('2026-11-29T10:00:00Z'))).toBe('2026-11-29');
    // 00:30 in Milan (UTC+1 in winter, +2 in summer) is already the next day.
    expect(todayIso(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(todayIso(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(todayIso(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('Accept-Language', () => {
  const supported = ['it', 'en'] as const;
  it('picks by q-value then order, falling back to Italian', () => {
    expect(pickLocale('fr-CH, en;q=0.8, it;q=0.5', supported, 'it')).toBe('en');
    expect(pickLocale('en-US,en;q=0.9,it;q=0.95', supported, 'it')).toBe('en');
    expect(pickLocale('fr, it;q=0.95, en;q=0.9', supported, 'it')).toBe('it');
    expect(pickLocale('de-DE', supported, 'it')).toBe('it');
    expect(pickLocale(null, supported, 'it')).toBe('it');
    expect(pickLocale('en;q=0, it;q=0.1', supported, 'it')).toBe('it');
    expect(pickLocale(';;;,,,q=abc', supported, 'it')).toBe('it');
  });
});

describe('project filters', () => {
  it('parses valid filters and coerces numbers', () => {
    const { filters, invalid } = parseProjectFilters(new URLSearchParams('municipio=4&category=green&status=underway&page=2&q=parco'));
    expect(filters).toEqual({ municipio: 4, category: 'green', status: 'underway', page: 2, q: 'parco', sort: 'updated' });
    expect(invalid).toEqual([]);
  });

  it('drops and names each invalid value, keeping the valid ones', () => {
    const { filters, invalid } = parseProjectFilters(new URLSearchParams('municipio=10&category=park&nil=3&page=-1&sort=random'));
    expect(filters).toEqual({ nil: 3, page: 1, sort: 'updated' });
    expect(invalid.sort()).toEqual(['category', 'municipio', 'page', 'sort']);
  });

  it('takes no value of a filter given twice, whatever the order, and names it', () => {
    for (const query of ['municipio=6&municipio=7', 'municipio=7&municipio=6', 'municipio=6&municipio=abc', 'municipio=abc&municipio=6']) {
      const { filters, invalid } = parseProjectFilters(new URLSearchParams(`${query}&category=green`));
      expect(filters, query).toEqual({ category: 'green', page: 1, sort: 'updated' });
      expect(invalid, query).toEqual(['municipio']);
    }
    expect(parseProjectFilters(new URLSearchParams('municipio=&municipio=6')).filters.municipio).toBe(6);
  });

  it('ignores empty fields a GET form sends and unknown parameters', () => {
    const { filters, invalid } = parseProjectFilters(new URLSearchParams('q=&municipio=&utm_source=x'));
    expect(filters).toEqual({ sort: 'updated', page: 1 });
    expect(invalid).toEqual([]);
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('accepts an official status too', () => {
    expect(parseProjectFilters(new URLSearchParams('status=tendering')).filters.status).toBe('tendering');
  });

  it('round-trips through the query string, leaving defaults out', () => {
    const query = filtersToQuery({ municipio: 4, category: 'green', sort: 'updated', page: 1 });
    expect(query).toBe('municipio=4&category=green');
    expect(parseProjectFilters(new URLSearchParams(query)).filters).toMatchObject({ municipio: 4, category: 'green' });
  });

  it('refuses over-long text and absurd pages', () => {
    const { invalid } = parseProjectFilters(new URLSearchParams(`q=${'a'.repeat(101)}&page=99999999`));
    expect(invalid.sort()).toEqual(['page', 'q']);
  });
});

describe('basemap origins', async () => {
  const { basemapOrigins } = await import('../../src/lib/basemapOrigins.ts');
  it('takes the style origin and listed hosts, drops anything that is not an http(s) URL', () => {
    expect(basemapOrigins('https://tiles.example.org/style.json', 'https://a.example.org, https://b.example.org/x')).toEqual([
      'https://tiles.example.org',
      'https://a.example.org',
      'https://b.example.org',
    ]);
    expect(basemapOrigins('', '')).toEqual([]);
    expect(basemapOrigins("javascript:alert(1)", "'unsafe-inline'; script-src *")).toEqual([]);
  });
});

describe('mergeForms', () => {
  const loaded = { contractor: 'Impresa', 'translations.it.title': 'Parco', 'funding.0.source': 'comune', 'funding.0.amountCents': '1000', done: '' };
  const base = formPrint(loaded);

  it('keeps each person’s change to a different field, and names a field both changed', () => {
    const mine = { ...loaded, contractor: 'Impresa Bruno', projectId: '7', version: '3' };
    const theirs = { ...loaded, 'translations.it.title': 'Parco nuovo', 'funding.1.source': 'pnrr', 'funding.1.amountCents': '500' };
    expect(mergeForms(base, mine, theirs)).toEqual({
      values: { projectId: '7', version: '3', contractor: 'Impresa Bruno', 'translations.it.title': 'Parco nuovo', 'funding.0.source': 'comune', 'funding.0.amountCents': '1000', 'funding.1.source': 'pnrr', 'funding.1.amountCents': '500' },
      conflicts: [],
    });
    const clash = mergeForms(base, { ...loaded, contractor: 'Bruno' }, { ...loaded, contractor: 'Anna' });
    expect(clash.values.contractor).toBe('Bruno');
    expect(clash.conflicts).toEqual(['contractor']);
    // The same change on both sides is no conflict; a field emptied by the other is emptied.
    expect(mergeForms(base, { ...loaded, contractor: 'X' }, { ...loaded, contractor: 'X' }).conflicts).toEqual([]);
    const { contractor: _gone, ...withoutContractor } = loaded;
    expect('contractor' in mergeForms(base, loaded, withoutContractor).values).toBe(false);
  });

  it('reads back only a print it wrote', () => {
    expect(parsePrint(JSON.stringify(base))).toEqual(base);
    for (const bad of [undefined, '', '[1]', '{"a":1}', '{']) expect(parsePrint(bad), String(bad)).toBeNull();
  });
});

describe('mailText', () => {
  it('turns Markdown into prose a mail reader can follow, keeping addresses, lists and dates', () => {
    expect(mailText('The firm **Rossi Costruzioni** won the tender. [The minutes](https://e.it/v.pdf)')).toBe('The firm Rossi Costruzioni won the tender. The minutes (https://e.it/v.pdf)');
    expect(mailText('## Lavori\n- posa *alberi* dal 2026-05-04\n- `scavi`')).toBe('Lavori\n- posa alberi dal 2026-05-04\n- scavi');
    expect(mailText('a * b * c, 3*4')).toBe('a * b * c, 3*4');
    expect(mailText('![Pianta](/media/x.png) Via Quarto-Oggiaro')).toBe('Pianta Via Quarto-Oggiaro');
  });
});
