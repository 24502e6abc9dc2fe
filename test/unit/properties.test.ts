/**
 * Property-based tests of every validator (issue #10, point 2): whatever comes in, they never
 * throw; what is invalid comes back as errors; what is valid round-trips. fast-check shrinks a
 * failing input to the smallest one, which is what we would want to read in a bug report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/acceptLanguage.ts';
import { isCup, normalizeCup } from '../../src/lib/cup.ts';
import { isIsoDate } from '../../src/lib/dates.ts';
import { filtersToQuery, parseProjectFilters, projectFiltersSchema } from '../../src/lib/projectFilters.ts';
import { checkProjectRecord } from '../../src/lib/projectRecordSchema.ts';
import { validateProject, type ProjectRecord } from '../../src/lib/projectSchema.ts';
import { parseImportFile } from '../../src/lib/import/parseImportFile.ts';
import { parseProjectCsv } from '../../src/lib/import/parseProjectCsv.ts';
import { slugify } from '../../src/lib/slug.ts';
import { categories, fundingSources, sortKeys } from '../../src/lib/vocabulary.ts';

const runs = { numRuns: 300 };
/** Strings that hostile or careless input is made of: SQL, markup, Unicode traps, NUL. */
const nasty = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.constantFrom("' OR 1=1 --", '"; DROP TABLE projects; --', '%', '_', '\0', '\u202Eevil', 'a\u200Bb', '<script>alert(1)</script>', '../../etc/passwd', '１２３', '٣', 'x'.repeat(10_000), ' ', '-1', '1e309', 'NaN', '0x10'),
);

describe('project filters (the list/map/API contract)', () => {
  it('never throw, and whatever they keep is valid; every dropped key is named', () => {
    const keys = ['q', 'municipio', 'nil', 'category', 'status', 'funding', 'sort', 'page', 'other'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), nasty), (raw) => {
        const { filters, invalid } = parseProjectFilters(new URLSearchParams(raw));
        expect(projectFiltersSchema.safeParse(filters).success).toBe(true);
        for (const key of invalid) expect(filters[key as keyof typeof filters]).toEqual(projectFiltersSchema.parse({})[key as 'sort'] ?? undefined);
      }),
      runs,
    );
  });

  it('valid filters round-trip through the query string', () => {
    const valid = fc.record(
      {
        q: fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() === s && s.length > 0),
        municipio: fc.integer({ min: 1, max: 9 }),
        nil: fc.integer({ min: 1, max: 999 }),
        category: fc.constantFrom(...categories),
        funding: fc.constantFrom(...fundingSources),
        sort: fc.constantFrom(...sortKeys),
        page: fc.integer({ min: 1, max: 10_000 }),
      },
      { requiredKeys: ['sort', 'page'] },
    );
    fc.assert(
      fc.property(valid, (filters) => {
        const again = parseProjectFilters(new URLSearchParams(filtersToQuery(filters)));
        expect(again.invalid).toEqual([]);
        expect(again.filters).toEqual(filters);
      }),
      runs,
    );
  });
});

describe('CUP', () => {
  it('never throws; normalizing is idempotent; only the 15-character shape passes', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const n = normalizeCup(s);
        expect(normalizeCup(n)).toBe(n);
        if (isCup(n)) expect(n).toMatch(/^[A-Z]\d{2}[A-Z0-9]{12}$/);
      }),
      runs,
    );
  });
  it('every well-formed CUP passes, also pasted in lower case with spaces', () => {
    const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
    const cup = fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.integer({ min: 0, max: 99 }), fc.array(alnum, { minLength: 12, maxLength: 12 }))
      .map(([l, y, rest]) => `${l}${String(y).padStart(2, '0')}${rest.join('')}`);
    fc.assert(fc.property(cup, (c) => {
      expect(isCup(normalizeCup(` ${c.toLowerCase().replace(/(.{4})/g, '$1 ')} `))).toBe(true);
    }), runs);
  });
});

describe('dates', () => {
  it('every real calendar day round-trips, and nothing else passes', () => {
    fc.assert(fc.property(fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
      expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
    }), runs);
    fc.assert(
      fc.property(nasty, (s) => {
        if (isIsoDate(s)) expect(new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10)).toBe(s);
      }),
      runs,
    );
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-1', '2026-01-01T00:00', '']) expect(isIsoDate(bad)).toBe(false);
  });
});

describe('slugify and accept-language', () => {
  it('slugify never throws and gives a URL-safe, idempotent slug', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const slug = slugify(s);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(slugify(slug)).toBe(slug);
      }),
      runs,
    );
  });
  it('pickLocale never throws and always answers a supported locale', () => {
    const supported = ['it', 'en', 'ar'] as const;
    fc.assert(fc.property(fc.option(nasty, { nil: null }), (h) => {
      expect(supported).toContain(pickLocale(h, supported, 'it'));
    }), runs);
  });
});

const sample: ProjectRecord = {
  slug: 'parco-test', cup: 'B41B20000250001', parentId: null, category: 'green', status: 'works', progress: 40,
  lat: 45.5, lon: 9.2, geometry: null, nilId: null, responsibleOffice: 'Area Verde', contractor: null,
  contactName: null, contactEmail: 'verde@comune.milano.it', contactPhone: '+39 02 884 1',
  budgetBaselineCents: 100_000_00, budgetCurrentCents: 120_000_00, startBaseline: '2026-01-10', startCurrent: '2026-02-01',
  endBaseline: '2027-01-01', endCurrent: '2027-06-30', lastVerifiedAt: '2026-11-01', reasons: {},
  translations: { it: { title: 'Parco di prova', summary: 'Sommario', body: 'Testo' } },
  funding: [], milestones: [], updates: [], media: [],
};

describe('the staff project record (projectSchema.ts)', () => {
  it('never throws on arbitrary input and names the fields it refuses', () => {
    fc.assert(
      fc.property(fc.anything(), (candidate) => {
        const result = validateProject(candidate);
        if (!result.ok) expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
  it('a valid record with any title round-trips; a hostile field gives an error, not an exception', () => {
    const title = fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(title, (t) => {
        const record = { ...sample, translations: { it: { ...sample.translations.it, title: t } } };
        const result = validateProject(record);
        expect(result.ok && result.record.translations.it.title).toBe(t);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.constantFrom('slug', 'cup', 'category', 'progress', 'lat', 'startCurrent', 'contactEmail'), nasty, (field, value) => {
        const result = validateProject({ ...sample, [field]: value });
        if (result.ok) expect(result.record).toBeTruthy();
        else expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});

const row = {
  cup: 'B41B20000250001', slug: 'parco-prova', title_it: 'Parco di prova', title_en: '', summary_it: 'Un parco', category: 'green',
  status: 'design', municipio: '', nil: '', lat: '45,5136', lon: '9,1377', budget_eur: '1250000,50', funding_source: 'pnrr',
  start_date: '2026-01-01', end_date: '2027-06-30', progress: '',
};

describe('the import row schema and the CSV parser', () => {
  it('checkProjectRecord never throws: any cell gives a record or problems', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(row), 'unknown_column'), nasty, (column, value) => {
        const result = checkProjectRecord({ ...row, [column]: value });
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      runs,
    );
    expect(checkProjectRecord(row).ok).toBe(true);
  });
  it('text with tags or formulas is refused, never stored', () => {
    fc.assert(
      fc.property(fc.constantFrom('<script>x</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil")', '@SUM(A1)', '+cmd|x'), (v) => {
        expect(checkProjectRecord({ ...row, title_it: v }).ok).toBe(false);
      }),
    );
  });
  it('the parsers never throw on arbitrary bytes or text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.csv', 'b.geojson', 'c.json', '../../x.csv', 'x'), (bytes, name) => {
      const parsed = parseImportFile(bytes, name);
      if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
    }), runs);
    fc.assert(fc.property(fc.array(fc.array(nasty, { maxLength: 8 }), { maxLength: 8 }), (cells) => {
      const text = [Object.keys(row).join(','), ...cells.map((c) => c.join(','))].join('\n');
      const parsed = parseProjectCsv(text);
      if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
    }), runs);
  });
  it('a generated valid CSV row parses back to the same cells', () => {
    const cell = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && !/^[=+\-@]/.test(s));
    fc.assert(fc.property(cell, (title) => {
      const quoted = `"${title.replace(/"/g, '""')}"`;
      const text = `${Object.keys(row).join(',')}\n${Object.values({ ...row, title_it: quoted, lat: '"45,5"', lon: '"9,1"', budget_eur: '"1250000,50"' }).join(',')}\n`;
      const parsed = parseProjectCsv(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.rows[0]?.raw.title_it).toBe(title);
    }), runs);
  });
});
