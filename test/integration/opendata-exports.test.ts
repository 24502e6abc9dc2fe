/**
 * Exports, feeds, JSON-LD and the catalogue (issue #6) against the running server, each read
 * with a real parser: csv-parse, JSON, fast-xml-parser for Atom, ical.js for iCalendar.
 */
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { get } from '../helpers/http.ts';
import { contract } from '../helpers/openApiContract.ts';
import { changedBehindServer } from '../helpers/db.ts';

let db: Db;
const scalar = async (sql: string, args: (string | number)[] = []) => Number(Object.values((await db.$client.execute({ sql, args })).rows[0])[0]);
const hostile = 'formula-e-script-test';
const dde = `=cmd|' /C calc'!A0`;
const scriptTitle = '</script><script>alert(1)</script>';
let area: { nilId: number; nilSlug: string; municipio: number; project: string };

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  await get('/healthz');
  const id = Number((await db.$client.execute({
    sql: "insert into projects (slug, category, status, lat, lon, municipio_id, nil_id, publication) values (?, 'green', 'design', 45.51, 9.14, 8, 76, 'published') returning id",
    args: [hostile],
  })).rows[0].id);
  await changedBehindServer(db);
  await db.$client.execute({ sql: "insert into project_translations (project_id, locale, title, summary) values (?, 'it', ?, ?), (?, 'en', ?, '+1')", args: [id, dde, '@SUM(A1)', id, scriptTitle] });
  await changedBehindServer(db);
  const row = (await db.$client.execute(
    "select n.id, n.slug, n.municipio_id, (select p.slug from projects p join milestones m on m.project_id = p.id where p.nil_id = n.id and p.publication = 'published' and m.done = 0 and m.planned_on >= date('now') limit 1) as project from nil n join updates u on u.project_id in (select id from projects where nil_id = n.id and publication = 'published') group by n.id having project is not null order by count(*) desc limit 1",
  )).rows[0];
  area = { nilId: Number(row.id), nilSlug: String(row.slug), municipio: Number(row.municipio_id), project: String(row.project) };
});

afterAll(async () => {
  await db.$client.execute({ sql: 'delete from projects where slug = ?', args: [hostile] });
  await changedBehindServer(db);
  db.$client.close();
});

describe('CSV export', () => {
  it('opens in Excel with Italian settings: BOM, semicolons, decimal comma, CRLF, as a download', async () => {
    const res = await fetch(new URL('/api/v1/projects.csv', inject('baseUrl')));
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="periferie-milano-progetti.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // what Excel needs to read UTF-8
    // Response.text() would drop the BOM; decode keeping it, as a spreadsheet sees the file.
    const html = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(html.endsWith('\r\n')).toBe(true);
    expect(html.split('\r\n')[0]).toMatch(/^\uFEFFcup;slug;title_it;title_en;/);
    const rows = parse(html.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await scalar("select count(*) from projects where publication = 'published'"));
    expect(rows.find((r) => r.lat)!.lat).toMatch(/^45,\d+$/);
  });

  it('carries the filters, and has an RFC 4180 dialect without BOM', async () => {
    const res = await fetch(new URL('/api/v1/projects.csv?municipio=8&category=public_housing&dialect=rfc4180', inject('baseUrl')));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes[0]).toBe('c'.charCodeAt(0)); // no BOM
    const html = new TextDecoder().decode(bytes);
    const rows = parse(html, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await scalar("select count(*) from projects where publication = 'published' and municipio_id = 8 and category = 'public_housing'"));
    expect(rows.every((r) => r.municipio === '8' && /^45\.\d+$/.test(r.lat))).toBe(true);
    expect((await get('/api/v1/projects.csv?dialect=excel')).status).toBe(400);
    expect((await get('/api/v1/projects.csv?municipio=99')).status).toBe(400);
  });

  it('never lets a cell start as a formula', async () => {
    const { html } = await get('/api/v1/projects.csv?municipio=8');
    const rows = parse(html, { delimiter: ';', bom: true }) as string[][];
    const cells = rows.flat();
    expect(cells).toContain(`'${dde}`);
    expect(cells).toContain(`'@SUM(A1)`);
    expect(cells).toContain(`'+1`);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('answers 304 while nothing changed, 200 once a project is edited', async () => {
    const first = await get('/api/v1/projects.csv?municipio=8');
    const etag = first.headers.get('etag')!;
    expect((await get('/api/v1/projects.csv?municipio=8', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await db.$client.execute({ sql: "update projects set progress = 5, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), version = version + 1 where slug = ?", args: [hostile] });
    await changedBehindServer(db);
    expect((await get('/api/v1/projects.csv?municipio=8', { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });
});

describe('GeoJSON export', () => {
  it('is an RFC 7946 FeatureCollection of [lon, lat] points with every property', async () => {
    const { res, html } = await get('/api/v1/projects.geojson?properties=full&municipio=8');
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const collection = JSON.parse(html);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBe(await scalar("select count(*) from projects where publication = 'published' and municipio_id = 8"));
    for (const f of collection.features) {
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(9);
      expect(lat).toBeGreaterThan(45);
    }
    expect(Object.keys(collection.features[0].properties)).toContain('funding_source');
  });

  it('matches its OpenAPI entry', async () => {
    const doc = JSON.parse((await get('/api/v1/openapi.json')).html);
    const api = contract(doc);
    const { html } = await get('/api/v1/projects.geojson?properties=full');
    expect(api.check('/api/v1/projects.geojson', 200, JSON.parse(html), 'application/geo+json')).toEqual([]);
    const refused = JSON.parse((await get('/api/v1/projects.csv?status=nope')).html);
    expect(api.check('/api/v1/projects.csv', 400, refused, 'application/problem+json')).toEqual([]);
    expect(refused.invalid).toEqual(['status']);
  });
});

/** The page carries the site's organisation and the project: pick the project's JSON-LD. */
const projectLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1])).find((ld) => ld['@type'] === 'Project');

describe('JSON-LD on project pages', () => {
  it('describes the project as schema.org data, funding as monetary amounts', async () => {
    const slug = String((await db.$client.execute("select p.slug from projects p join funding f on f.project_id = p.id where p.publication = 'published' limit 1")).rows[0].slug);
    const { html } = await get(`/en/projects/${slug}`);
    const ld = projectLd(html);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Project', inLanguage: 'en' });
    expect(ld.location.geo['@type']).toBe('GeoCoordinates');
    expect(ld.funding[0].amount).toMatchObject({ '@type': 'MonetaryAmount', currency: 'EUR' });
  });

  it('escapes text that would close the script element', async () => {
    const { html } = await get(`/en/projects/${hostile}`);
    // Outside quoted attribute values (where `<` is inert), no such element may appear.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)');
    const ld = projectLd(html);
    expect(ld.name).toBe(scriptTitle);
  });
});

describe('Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });
  const updatesWhere = (extra = '') => `select count(*) from updates u join projects p on p.id = u.project_id where p.publication = 'published'${extra}`;

  it.each([
    ['', ''],
    ['?municipio=8', ' and p.municipio_id = 8'],
  ])('parses, and lists the newest updates of %s', async (query, extra) => {
    for (const locale of ['it', 'en']) {
      const { res, html } = await get(`/${locale}/feeds/updates.xml${query}`);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(SyntaxValidator.validate(html)).toBe(true);
      const feed = parser.parse(html).feed;
      expect(feed['@_xml:lang']).toBe(locale);
      expect(feed.entry?.length ?? 0).toBe(Math.min(50, await scalar(updatesWhere(extra))));
      const dates = feed.entry.map((e: { updated: string }) => e.updated);
      expect([...dates].sort().reverse()).toEqual(dates);
    }
  });

  it('has a feed per NIL and per project, linked from their pages', async () => {
    for (const [query, page] of [[`?nil=${area.nilId}`, `/it/nil/${area.nilSlug}`], [`?project=${area.project}`, `/it/projects/${area.project}`], [`?municipio=${area.municipio}`, `/it/municipi/${area.municipio}`]]) {
      const feed = parser.parse((await get(`/it/feeds/updates.xml${query}`)).html).feed;
      expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'alternate')['@_href']).toMatch(new RegExp(`${page}$`));
      const { html } = await get(page);
      const href = `/it/feeds/updates.xml${query}`;
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="${href}"`);
      expect(html).toContain(`<a href="${href}" type="application/atom+xml">`);
      expect(html).toContain(`<link rel="alternate" type="text/calendar" href="/it/feeds/milestones.ics${query}"`);
    }
  });

  it('refuses combined or malformed scopes, and 404s unknown ones', async () => {
    expect((await get('/it/feeds/updates.xml?municipio=8&nil=76')).status).toBe(400);
    expect((await get('/it/feeds/updates.xml?municipio=x')).status).toBe(400);
    expect((await get('/it/feeds/updates.xml?project=non-esiste')).status).toBe(404);
    expect((await get('/it/feeds/milestones.ics?nil=999')).status).toBe(404);
  });
});

describe('iCalendar feeds', () => {
  const upcoming = (extra: string) =>
    `select count(*) from milestones m join projects p on p.id = m.project_id where p.publication = 'published' and m.done = 0 and m.planned_on >= date('now')${extra}`;

  it.each([
    ['', ''],
    ['?municipio=8', ' and p.municipio_id = 8'],
  ])('parses with ical.js and holds every upcoming milestone of %s', async (query, extra) => {
    const { res, html } = await get(`/en/feeds/milestones.ics${query}`);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(html));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBe(await scalar(upcoming(extra)));
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
    for (const e of events) {
      expect((e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
      expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    const lines = html.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(html.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('has a calendar per NIL and per project', async () => {
    for (const [query, extra] of [[`?nil=${area.nilId}`, ` and p.nil_id = ${area.nilId}`], [`?project=${area.project}`, ` and p.slug = '${area.project}'`]]) {
      const calendar = new ICAL.Component(ICAL.parse((await get(`/it/feeds/milestones.ics${query}`)).html));
      expect(calendar.getAllSubcomponents('vevent').length, query).toBe(await scalar(upcoming(extra)));
      expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    }
  });
});

describe('DCAT-AP_IT catalogue', () => {
  it('describes the datasets under CC BY 4.0 by Comune di Milano, with working distributions', async () => {
    const { res, html } = await get('/api/v1/catalog.jsonld');
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const catalog = JSON.parse(html);
    expect(catalog['@type']).toBe('dcatapit:Catalog');
    expect(catalog['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(catalog['dct:publisher']).toMatchObject({ 'foaf:name': 'Comune di Milano', 'dct:identifier': 'c_f205' });
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(dataset['dct:identifier']).toMatch(/^c_f205:/);
      for (const d of dataset['dcat:distribution']) expect((await get(new URL(d['dcat:downloadURL']['@id']).pathname)).status).toBe(200);
    }
  });
});

describe('list page', () => {
  it('links CSV and GeoJSON downloads that carry the current filters', async () => {
    const { html } = await get('/it/projects?municipio=8&category=green&page=2&sort=title');
    expect(html).toContain('href="/api/v1/projects.csv?municipio=8&amp;category=green"');
    expect(html).toContain('href="/api/v1/projects.csv?municipio=8&amp;category=green&amp;dialect=rfc4180"');
    expect(html).toContain('href="/api/v1/projects.geojson?municipio=8&amp;category=green&amp;properties=full"');
  });
});
