/**
 * The open-data API (issue #6) against the running server: every answer conforms to the OpenAPI
 * document the server publishes, figures match the database, texts fall back to Italian with a
 * flag, CORS is open, and validators give 304s.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { get } from '../helpers/http.ts';
import { contract } from '../helpers/openApiContract.ts';
import { changedBehindServer } from '../helpers/db.ts';

let db: Db;
let doc: Parameters<typeof contract>[0] & { openapi: string; components: { schemas: Record<string, unknown> } };
let api: ReturnType<typeof contract>;
const scalar = async (sql: string, args: (string | number)[] = []) => Number(Object.values((await db.$client.execute({ sql, args })).rows[0])[0]);

/** GETs an API path, checks the answer against the document, returns the parsed body. */
async function call(path: string, query = '', status = 200) {
  const { res, html } = await get(`${path.replace('{slug}', slugUnderTest)}${query}`);
  expect(res.status, `${path}${query}`).toBe(status);
  const body = JSON.parse(html);
  // Errors are RFC 9457 problem details (issue #10), with their own media type.
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  expect(res.headers.get('content-type')?.startsWith(type), `${path}${query}`).toBe(true);
  expect(api.check(path, status, body, type), `${path}${query}`).toEqual([]);
  return { body, headers: res.headers };
}

let slugUnderTest = '';
const italianOnly = 'solo-italiano-test-api';

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  await get('/healthz');
  doc = JSON.parse((await get('/api/v1/openapi.json')).html);
  api = contract(doc);
  slugUnderTest = String((await db.$client.execute(
    "select slug from projects p where publication = 'published' and exists (select 1 from project_changes c where c.project_id = p.id) and exists (select 1 from funding f where f.project_id = p.id) order by id limit 1",
  )).rows[0].slug);
  const id = Number((await db.$client.execute({
    sql: "insert into projects (slug, category, status, lat, lon, municipio_id, nil_id, publication, updated_at) values (?, 'green', 'design', 45.51, 9.14, 8, 76, 'published', '2026-11-28T10:00:00.000Z') returning id",
    args: [italianOnly],
  })).rows[0].id);
  await changedBehindServer(db);
  await db.$client.execute({ sql: "insert into project_translations (project_id, locale, title, summary) values (?, 'it', 'Solo in italiano', 'Testo non tradotto')", args: [id] });
  await changedBehindServer(db);
});

afterAll(async () => {
  await db.$client.execute({ sql: 'delete from projects where slug = ?', args: [italianOnly] });
  await changedBehindServer(db);
  db.$client.close();
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and every schema compiles', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.schemas)).toEqual(['ProjectList', 'ProjectDetail', 'MunicipiList', 'NilList', 'MilestoneList', 'Located', 'Problem']);
    for (const path of Object.keys(doc.paths)) expect(doc.paths[path].get.responses['200'], path).toBeDefined();
  });
});

describe('contract: every answer matches the document', () => {
  it('projects, with the site’s filters and paging', async () => {
    const all = await call('/api/v1/projects');
    expect(all.body.meta.total).toBe(await scalar("select count(*) from projects where publication = 'published'"));
    const filtered = await call('/api/v1/projects', '?municipio=8&category=public_housing&per_page=3&locale=en');
    expect(filtered.body.meta.total).toBe(await scalar("select count(*) from projects where publication = 'published' and municipio_id = 8 and category = 'public_housing'"));
    expect(filtered.body.data.length).toBeLessThanOrEqual(3);
    expect(filtered.body.links.csv).toMatch(/\/api\/v1\/projects\.csv\?municipio=8&category=public_housing$/);
    // A filter given twice is refused, not decided by its order.
    for (const path of ['/api/v1/projects?municipio=6&municipio=7', '/api/v1/projects?municipio=6&municipio=abc', '/api/v1/projects.csv?category=green&category=school'])
      expect((await get(path)).status, path).toBe(400);
    expect(filtered.body.links.geojson).toMatch(/\/api\/v1\/projects\.geojson\?properties=full&municipio=8&category=public_housing$/);
    await call('/api/v1/projects', '?q=parco&sort=title');
    await call('/api/v1/projects', '?status=underway&funding=pnrr&sort=budget');
    const past = await call('/api/v1/projects', '?page=999');
    expect(past.body.data).toEqual([]);
    expect(past.body.links.next).toBeNull();
  });

  it('pages through every project exactly once', async () => {
    const first = await call('/api/v1/projects', '?per_page=20&sort=title');
    const slugs: string[] = [];
    for (let page = 1; page <= first.body.meta.pages; page++)
      slugs.push(...(await call('/api/v1/projects', `?per_page=20&sort=title&page=${page}`)).body.data.map((d: { slug: string }) => d.slug));
    expect(new Set(slugs).size).toBe(first.body.meta.total);
    expect(slugs.length).toBe(first.body.meta.total);
  });

  it('one project with funding, milestones and changes, in either locale', async () => {
    const it_ = await call('/api/v1/projects/{slug}');
    expect(it_.body.data.changes.length).toBeGreaterThan(0);
    expect(it_.body.data.funding.length).toBeGreaterThan(0);
    const en = await call('/api/v1/projects/{slug}', '?locale=en');
    expect(en.body.data.text_locale).toBe('en');
    expect(en.body.data.title).not.toBe(it_.body.data.title);
    const missing = await get('/api/v1/projects/non-esiste');
    expect(missing.status).toBe(404);
    expect(api.check('/api/v1/projects/{slug}', 404, JSON.parse(missing.html), 'application/problem+json')).toEqual([]);
  });

  it('gives budget changes in euros, as budget_eur and budget_baseline_eur are', async () => {
    const changed = await db.$client.execute(
      "select slug from projects p where publication = 'published' and exists (select 1 from project_changes c where c.project_id = p.id and c.field = 'budget')",
    );
    expect(changed.rows.length).toBeGreaterThan(0);
    for (const { slug } of changed.rows) {
      const { data } = JSON.parse((await get(`/api/v1/projects/${slug}`)).html);
      const budget = data.changes.filter((c: { field: string }) => c.field === 'budget');
      expect(Number(budget[0].from), String(slug)).toBe(data.budget_baseline_eur);
      expect(Number(budget.at(-1).to), String(slug)).toBe(data.budget_eur);
    }
  });

  it('falls back to Italian, and says so, where a text is not translated', async () => {
    slugUnderTest = italianOnly;
    const { body } = await call('/api/v1/projects/{slug}', '?locale=en');
    expect(body.data).toMatchObject({ title: 'Solo in italiano', text_locale: 'it' });
    const list = await call('/api/v1/projects', '?locale=en&nil=76&per_page=100');
    expect(list.body.data.find((d: { slug: string }) => d.slug === italianOnly)).toMatchObject({ text_locale: 'it', title: 'Solo in italiano' });
    slugUnderTest = '';
  });

  it('Municipi, NIL and milestones', async () => {
    const municipi = await call('/api/v1/municipi');
    expect(municipi.body.data.map((m: { id: number }) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const nil = await call('/api/v1/nil');
    expect(nil.body.data.length).toBe(await scalar('select count(*) from nil'));
    const nil4 = await call('/api/v1/nil', '?municipio=4');
    expect(nil4.body.data.every((n: { municipio: number }) => n.municipio === 4)).toBe(true);
    const upcoming = await call('/api/v1/milestones', '?from=2026-11-29&done=false&per_page=100&locale=en');
    expect(upcoming.body.meta.total).toBe(await scalar(
      "select count(*) from milestones m join projects p on p.id = m.project_id where p.publication = 'published' and m.planned_on >= '2026-11-29' and m.done = 0",
    ));
    await call('/api/v1/milestones', '?municipio=8&done=true');
  });

  it('where a point is, and the areas as GeoJSON', async () => {
    // Issue #3's locator and boundaries, used by the site's own map: documented like the rest.
    const duomo = await call('/api/v1/locate', '?lat=45.4642&lon=9.19');
    expect(duomo.body).toMatchObject({ municipio: { id: 1 }, method: 'boundary' });
    expect(duomo.body.nil.municipioId).toBe(1);
    const rome = await call('/api/v1/locate', '?lat=41.9&lon=12.5');
    expect(rome.body).toMatchObject({ nil: null, municipio: null });
    const { res, html } = await get('/api/v1/areas.geojson?level=municipi');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const areas = JSON.parse(html);
    expect(api.check('/api/v1/areas.geojson', 200, areas, 'application/geo+json')).toEqual([]);
    expect(areas.features.map((f: { id: number }) => f.id).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const { body } = await call('/api/v1/areas.geojson', '?level=quartieri', 400);
    expect(body.invalid).toEqual(['level']);
  });

  it('the catalogue and the root', async () => {
    api.check('/api/v1/catalog.jsonld', 200, {}, 'application/ld+json');
    api.check('/api/v1/openapi.json', 200, doc);
    expect(JSON.parse((await get('/api/v1/')).html).openapi).toMatch(/\/api\/v1\/openapi\.json$/);
  });

  it.each([
    ['/api/v1/projects', '?category=park'],
    ['/api/v1/projects', '?per_page=1000'],
    ['/api/v1/projects', '?locale=xx'],
    ['/api/v1/projects/{slug}', '?locale=xx'],
    ['/api/v1/nil', '?municipio=12'],
    ['/api/v1/milestones', '?from=29/11/2026'],
    ['/api/v1/locate', '?lat=95&lon=9.19'],
  ])('answers %s%s with a documented 400 naming the parameter', async (path, query) => {
    slugUnderTest = italianOnly;
    const { body } = await call(path, query, 400);
    expect(body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    expect(body.invalid).toEqual([query.slice(1).split('=')[0]]);
  });

  it('covers every documented path except the exports, tested in their own file', () => {
    const exports = ['/api/v1/projects.csv', '/api/v1/projects.geojson'];
    expect([...api.covered].sort()).toEqual(Object.keys(doc.paths).filter((p) => !exports.includes(p)).sort());
  });

  it('documents every route under /api/v1 but the map page\'s own cards, the root and the 404', () => {
    // A route added without its entry in the document is found here, not by a reader of the API.
    const dir = join(import.meta.dirname, '../../src/pages/api/v1');
    const routes = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `/api/v1/${f.replace(/\.ts$/, '').replace(/\[(\w+)\]/, '{$1}')}`);
    const undocumented = ['/api/v1/index', '/api/v1/[...path]', '/api/v1/map/cards'];
    expect(routes.filter((r) => !undocumented.includes(r)).sort()).toEqual(Object.keys(doc.paths).sort());
  });
});

describe('HTTP conventions', () => {
  it('opens CORS for GET and answers preflights', async () => {
    const { headers } = await get('/api/v1/projects?per_page=1', { headers: { Origin: 'https://example.org' } });
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-expose-headers')).toContain('ETag');
    const preflight = await get('/api/v1/projects', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('answers 304 to a current ETag or Last-Modified, 200 otherwise', async () => {
    const first = await get('/api/v1/projects?municipio=8');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age');
    const again = await get('/api/v1/projects?municipio=8', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.html).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get('/api/v1/projects?municipio=8', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    expect((await get('/api/v1/projects?municipio=8', { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    expect((await get('/api/v1/projects?municipio=8', { headers: { 'If-Modified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' } })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    expect((await get('/api/v1/projects?municipio=8', { headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified } })).status).toBe(200);
  });

  it('moves Last-Modified when a project leaves an answer, and not for a draft', async () => {
    const paths = ['/api/v1/projects?municipio=8', '/api/v1/projects.csv?municipio=8', '/api/v1/catalog.jsonld'];
    const before = await Promise.all(paths.map(async (path) => (await get(path)).headers.get('last-modified')!));
    const modified = async () => JSON.parse((await get('/api/v1/catalog.jsonld')).html)['dct:modified']['@value'];
    const catalogDay = await modified();
    // HTTP dates have whole seconds: the change must fall in a later one.
    await new Promise((r) => setTimeout(r, 1100));
    // A draft edited (nothing published, so no tag bumped) moves nothing.
    await db.$client.execute("update projects set updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day') where publication <> 'published'");
    for (const [i, path] of paths.entries()) expect((await get(path, { headers: { 'If-Modified-Since': before[i] } })).status, path).toBe(304);
    expect(await modified()).toBe(catalogDay);
    // Withdrawn: its own date no longer counts, the publication's does.
    await db.$client.execute({ sql: "update projects set publication = 'draft' where slug = ?", args: [italianOnly] });
    await changedBehindServer(db);
    try {
      for (const [i, path] of paths.entries()) {
        const after = await get(path, { headers: { 'If-Modified-Since': before[i] } });
        expect(after.status, path).toBe(200);
        expect(Date.parse(after.headers.get('last-modified')!), path).toBeGreaterThan(Date.parse(before[i]));
      }
      expect((await get('/api/v1/projects?municipio=8&per_page=100')).html).not.toContain(italianOnly);
    } finally {
      await db.$client.execute({ sql: "update projects set publication = 'published' where slug = ?", args: [italianOnly] });
      await changedBehindServer(db);
    }
  });

  it('changes the ETag when the data changes', async () => {
    const path = `/api/v1/projects/${italianOnly}`;
    const before = (await get(path)).headers.get('etag')!;
    await db.$client.execute({ sql: "update project_translations set summary = 'Cambiato' where project_id = (select id from projects where slug = ?)", args: [italianOnly] });
    await changedBehindServer(db);
    const after = await get(path, { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(JSON.parse(after.html).data.summary).toBe('Cambiato');
  });
});
