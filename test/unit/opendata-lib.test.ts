/** The pure pieces of the open-data hub (issue #6): CSV cells, iCalendar, Atom, JSON-LD, the row schema, decoding. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { atomFeed, escapeXml } from '../../src/lib/atom.ts';
import { csvCell, csvLine, unguardCell } from '../../src/lib/csvCell.ts';
import { escapeIcalText, foldIcalLine, icalCalendar } from '../../src/lib/ical.ts';
import { decodeText, MAX_IMPORT_BYTES } from '../../src/lib/import/decodeText.ts';
import { detectDelimiter, parseProjectCsv } from '../../src/lib/import/parseProjectCsv.ts';
import { parseProjectGeoJson } from '../../src/lib/import/parseProjectGeoJson.ts';
import { jsonForScript } from '../../src/lib/projectJsonLd.ts';
import { checkProjectRecord } from '../../src/lib/projectRecordSchema.ts';
import { rateKey } from '../../src/server/api/rateLimit.ts';
import { formatImportMessage } from '../../src/i18n/formatImportMessage.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import type { ImportMessage } from '../../src/lib/import/importMessage.ts';

/** Import messages are data; these tests read them as the English CLI prints them. */
const english = useTranslations('en');
const say = (m: ImportMessage) => formatImportMessage(english, m);
const sayAll = (list: ImportMessage[]) => list.map(say);

const bytes = (text: string) => new TextEncoder().encode(text);

describe('CSV cells', () => {
  it.each([
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['Parco Lambro', 'Parco Lambro'],
  ])('guards %j against formulas', (value, cell) => {
    expect(csvCell(value, 'rfc4180')).toBe(cell);
    expect(unguardCell(cell.replace(/^"|"$/g, ''))).toBe(value);
  });

  it('quotes delimiters, quotes and line breaks, per dialect', () => {
    expect(csvCell('a;b', 'excel-it')).toBe('"a;b"');
    expect(csvCell('a;b', 'rfc4180')).toBe('a;b');
    expect(csvCell('a,b', 'rfc4180')).toBe('"a,b"');
    expect(csvCell('say "hi"\nbye', 'excel-it')).toBe('"say ""hi""\nbye"');
    expect(csvLine(['x', 45.4642, null, 1250000.5], 'excel-it')).toBe('x;45,4642;;1250000,5\r\n');
    expect(csvLine(['x', 45.4642, null, 1250000.5], 'rfc4180')).toBe('x,45.4642,,1250000.5\r\n');
  });
});

describe('iCalendar', () => {
  it('escapes text as RFC 5545 §3.3.11 says', () => {
    expect(escapeIcalText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'città '.repeat(40)}`;
    const folded = foldIcalLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('writes a calendar that ical.js reads back, all-day events included', () => {
    const text = icalCalendar({
      name: 'Prossime tappe, Niguarda',
      lang: 'it',
      events: [{ uid: 'm-1@x', stamp: '2026-11-24T08:40:00.000Z', date: '2026-12-05', summary: 'Fine lavori; via Graf, «scuola»', url: 'https://x/it/p' }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event.uid).toBe('m-1@x');
    expect(event.summary).toBe('Fine lavori; via Graf, «scuola»');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-05');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-24T08:40:00Z');
  });
});

describe('Atom', () => {
  it('escapes markup and writes well-formed XML', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    const xml = atomFeed({
      id: 'tag:x,2026:feed', title: 'A & B <c>', lang: 'it', selfUrl: 'https://x/f?a=1&b=2', alternateUrl: 'https://x/', updated: '2026-11-29T00:00:00Z',
      author: 'Comune di Milano', rights: 'CC BY 4.0',
      entries: [{ id: 'tag:x,2026:e1', title: '</title><script>', updated: '2026-11-29T00:00:00Z', link: 'https://x/p', html: '<p>ok</p>', lang: 'it' }],
    });
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.title['#text']).toBe('A & B <c>');
    expect(feed.entry.content['#text']).toBe('<p>ok</p>');
  });
});

describe('JSON-LD in a script element', () => {
  it('cannot close the element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>\u2028' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>\u2028');
  });
});

describe('rate-limit keys', () => {
  it('counts IPv4 per address and IPv6 per /64', () => {
    expect(rateKey('203.0.113.9')).toBe('203.0.113.9');
    expect(rateKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(rateKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateKey('2001:db8:1:2:bbbb::9')).toBe('2001:db8:1:2::/64');
    expect(rateKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});

const good = {
  cup: ' b41b 2000 0250001 ', slug: 'parco-prova', title_it: 'Parco di prova', title_en: '', summary_it: 'Un parco', category: 'green',
  status: 'design', municipio: '', nil: '', lat: '45,5136', lon: '9,1377', budget_eur: '1250000,50', funding_source: 'pnrr',
  start_date: '2026-01-01', end_date: '2027-06-30', progress: '',
};

describe('the project row schema', () => {
  it('reads text cells: decimal comma, CUP pasted with spaces, empty cells as absent', () => {
    const result = checkProjectRecord(good);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({ cup: 'B41B20000250001', lat: 45.5136, lon: 9.1377, budgetCents: 125000050, titleEn: null, progress: 0, municipio: null });
  });

  it.each([
    [{ cup: 'B41B2000025000' }, 'cup', 'not a valid CUP'],
    [{ title_it: '<b>Parco</b>' }, 'title_it', 'HTML'],
    [{ summary_it: 'ciao <script>alert(1)</script>' }, 'summary_it', 'HTML'],
    [{ title_it: '=cmd|\' /C calc\'!A0' }, 'title_it', 'formula'],
    [{ title_it: '@SUM(A1)' }, 'title_it', 'formula'],
    [{ title_it: '' }, 'title_it', 'required'],
    [{ lat: '9.1377', lon: '45.5136' }, 'lat', 'swapped'],
    [{ lat: '41.9', lon: '12.5' }, 'lat', 'outside Milan'],
    [{ budget_eur: '1.250.000' }, 'budget_eur', 'thousands'],
    [{ budget_eur: '-5' }, 'budget_eur', 'negative'],
    [{ start_date: '2026-02-30' }, 'start_date', 'YYYY-MM-DD'],
    [{ end_date: '2025-01-01' }, 'end_date', 'before start_date'],
    [{ progress: '101' }, 'progress', 'at most 100'],
    [{ category: 'park' }, 'category', 'must be one of'],
    [{ extra: 'x' }, 'row', 'unknown column'],
  ])('refuses %j', (change, column, words) => {
    const result = checkProjectRecord({ ...good, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(sayAll(result.problems).find((p) => p.startsWith(`${column}`)), sayAll(result.problems).join('\n')).toContain(words);
  });

  it('reports every problem of a row at once', () => {
    const result = checkProjectRecord({ ...good, cup: 'X', category: 'park', lat: '9.1', lon: '45.5' });
    expect(result.ok ? [] : result.problems.map((p) => p.column)).toEqual(['cup', 'category', 'lat']);
  });

  it('accepts the guard an export put before a text cell', () => {
    const result = checkProjectRecord({ ...good, title_it: "'-Verde e orti" });
    expect(result.ok ? [] : sayAll(result.problems)).toEqual([expect.stringContaining('formula')]);
    expect(checkProjectRecord({ ...good, title_it: "'- 2 alberi" })).toMatchObject({ ok: true, record: { titleIt: '- 2 alberi' } });
    expect(checkProjectRecord({ ...good, title_it: '-2 alberi in più' }).ok).toBe(true);
  });
});

describe('decoding import files', () => {
  it('removes a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes('\uFEFFcup'))).toEqual({ ok: true, text: 'cup', notes: [{ code: 'bomRemoved' }] });
  });

  it('refuses Latin-1, UTF-16 and Excel workbooks, naming the fix', () => {
    const latin1 = Uint8Array.from([...bytes('cup,title_it\nB,Citt'), 0xe0, 0x0a]);
    const problem = (b: Uint8Array) => { const d = decodeText(b); return d.ok ? '' : say(d.problem); };
    expect(problem(latin1)).toMatch(/not UTF-8 text: line 2 .*CSV UTF-8/);
    expect(problem(Uint8Array.from([0xff, 0xfe, 0x63, 0x00]))).toContain('UTF-16');
    expect(problem(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toContain('.xlsx');
  });

  it('refuses a file over the limit without decoding it', () => {
    expect(decodeText(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, problem: { code: 'tooLarge' } });
  });
});

describe('parsing CSV', () => {
  const header = 'cup,slug,title_it,title_en,summary_it,category,status,municipio,nil,lat,lon,budget_eur,funding_source,start_date,end_date,progress';

  it('detects comma, semicolon and tab delimiters from the header', () => {
    expect(detectDelimiter(header)).toBe(',');
    expect(detectDelimiter(header.replaceAll(',', ';'))).toBe(';');
    expect(detectDelimiter(header.replaceAll(',', '\t'))).toBe('\t');
  });

  it('names missing, unknown and doubled columns on line 1', () => {
    const parsed = parseProjectCsv('cup,slug,titolo,cup\n1,2,3,4\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(sayAll(parsed.problems)).toContain('line 1: column "cup" appears twice');
    expect(sayAll(parsed.problems)).toContain('line 1: unknown column "titolo"');
    expect(sayAll(parsed.problems).find((p) => p.includes('missing column(s)'))).toContain('title_it');
    const typo = parseProjectCsv(header.replace('title_it', 'title') + '\n');
    expect(typo.ok ? [] : sayAll(typo.problems)).toContain('line 1: unknown column "title" (did you mean "title_it"?)');
  });

  it('keeps line numbers across quoted line breaks and flags short rows', () => {
    const row = ',a,"Parco\ncon a capo",,,green,design,,,45.5,9.1,,,,,';
    const parsed = parseProjectCsv(`${header}\n${row}\n\n,b,Corto\n`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((r) => [r.line, r.raw.slug, r.problems.length])).toEqual([[3, 'a', 0], [5, 'b', 1]]);
    expect(parsed.rows[0].raw.title_it).toBe('Parco\ncon a capo');
    expect(say(parsed.rows[1].problems[0])).toBe('has 3 cells, the header has 16');
  });
});

describe('parsing GeoJSON', () => {
  it('takes the position from the Point and refuses other geometries', () => {
    const parsed = parseProjectGeoJson(JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [9.1377, 45.5136] }, properties: { slug: 'a' } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { slug: 'b' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [9.1, 45.5] }, properties: { slug: 'c', lat: 45.6 } },
      ],
    }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows[0].raw).toMatchObject({ lat: 45.5136, lon: 9.1377 });
    expect(sayAll(parsed.rows[1].problems)).toEqual(['geometry: must be a Point with [longitude, latitude]']);
    expect(say(parsed.rows[2].problems[0])).toContain('differs from the geometry');
    expect(parseProjectGeoJson('{"type":"Feature"}')).toEqual({ ok: false, problems: [{ code: 'notFeatureCollection' }] });
  });
});
