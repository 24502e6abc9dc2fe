/**
 * The map's endpoints and pages against the running server (issue #3): the GeoJSON answers
 * the list's filters exactly (checked against SQL), is RFC 7946, revalidates with ETag/304 and
 * is gzipped; boundaries, locate, popup cards, the map, near-me and editor pages.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { MILAN_BBOX } from '../../src/lib/geo.ts';
import { residentStatuses } from '../../src/lib/vocabulary.ts';
import { baseUrl, get, totalOf } from '../helpers/http.ts';
import { changedBehindServer } from '../helpers/db.ts';

let db: Db;
const scalar = async (sql: string, args: (string | number)[] = []) =>
  Number(Object.values((await db.$client.execute({ sql, args })).rows[0])[0]);
const published = "publication = 'published'";
let hasBoundaries = false;

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  await get('/healthz'); // the server seeds on first use
  hasBoundaries = (await scalar('select count(*) from nil where boundary is not null')) === 88;
});
afterAll(() => db.$client.close());

type Fc = { type: string; features: { type: string; id: number; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[] };
const geojson = async (query = '') => {
  const r = await get(`/api/v1/projects.geojson${query ? `?${query}` : ''}`);
  return { ...r, fc: r.status === 200 ? (JSON.parse(r.html) as Fc) : null };
};

/** The raw bytes on the wire (fetch would decompress them). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(new URL(path, baseUrl()), { headers }, async (res) => {
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
    })
      .on('error', fail)
      .end();
  });
}

describe('/api/v1/projects.geojson', () => {
  it('is an RFC 7946 FeatureCollection with one lean Point per published project', async () => {
    const { status, headers, fc } = await geojson();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(fc!.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs'); // RFC 7946 §4: WGS 84 only, no crs member
    expect(fc!.features.length).toBe(await scalar(`select count(*) from projects where ${published}`));
    const ids = new Set<number>();
    const [minLon, minLat, maxLon, maxLat] = MILAN_BBOX;
    for (const f of fc!.features) {
      expect(f.type).toBe('Feature');
      expect(Number.isInteger(f.id)).toBe(true);
      ids.add(f.id);
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates as number[];
      expect(lon).toBeGreaterThan(minLon);
      expect(lon).toBeLessThan(maxLon);
      expect(lat).toBeGreaterThan(minLat);
      expect(lat).toBeLessThan(maxLat);
      expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(5);
      expect(Object.keys(f.properties)).toEqual(['status']);
      expect(residentStatuses).toContain(f.properties.status);
    }
    expect(ids.size).toBe(fc!.features.length);
    const drafts = (await db.$client.execute("select id from projects where publication <> 'published'")).rows.map((r) => Number(r.id));
    expect(drafts.length).toBeGreaterThan(0);
    for (const id of drafts) expect(ids.has(id)).toBe(false);
  });

  const cases: [string, string, (string | number)[]][] = [
    ['municipio=8', 'municipio_id = ?', [8]],
    ['category=green', 'category = ?', ['green']],
    ['status=underway', "status = 'works'", []],
    ['status=preparing', "status in ('design', 'tendering')", []],
    ['funding=pnrr', 'exists (select 1 from funding f where f.project_id = projects.id and f.source = ?)', ['pnrr']],
    ['municipio=4&category=public_housing', 'municipio_id = ? and category = ?', [4, 'public_housing']],
  ];
  for (const [query, where, args] of cases)
    it(`answers ${query} with exactly the SQL count and the list's count`, async () => {
      const expected = await scalar(`select count(*) from projects where ${published} and ${where}`, args);
      const { fc } = await geojson(query);
      expect(fc!.features.length).toBe(expected);
      expect(totalOf((await get(`/it/projects?${query}`)).html)).toBe(expected);
      expect(totalOf((await get(`/it/map?${query}`)).html)).toBe(expected);
    });

  it('filters by NIL and by text like the list', async () => {
    const nil = Number((await db.$client.execute(`select nil_id from projects where ${published} group by nil_id order by count(*) desc limit 1`)).rows[0].nil_id);
    expect((await geojson(`nil=${nil}`)).fc!.features.length).toBe(await scalar(`select count(*) from projects where ${published} and nil_id = ?`, [nil]));
    const text = await geojson('q=parco');
    expect(text.fc!.features.length).toBe(totalOf((await get('/it/projects?q=parco')).html));
    expect(text.fc!.features.length).toBeGreaterThan(0);
  });

  it('serves drawn areas and lines with geometry=shape', async () => {
    const { fc } = await geojson('geometry=shape');
    expect(fc!.features.length).toBe(await scalar(`select count(*) from projects where ${published} and geometry is not null`));
    expect(fc!.features.length).toBeGreaterThan(0);
    for (const f of fc!.features) expect(['Polygon', 'LineString', 'MultiPolygon', 'MultiLineString']).toContain(f.geometry.type);
  });

  it('refuses invalid filters and options with a problem naming them', async () => {
    const { status, headers, html } = await get('/api/v1/projects.geojson?municipio=12&geometry=hexagon');
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(html).invalid.sort()).toEqual(['geometry', 'municipio']);
    expect((await get('/api/v1/projects.geojson?properties=everything')).status).toBe(400);
  });

  it('revalidates with ETag and answers 304 until the data changes', async () => {
    const first = await get('/api/v1/projects.geojson?municipio=2');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toContain('no-cache');
    const again = await get('/api/v1/projects.geojson?municipio=2', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.html).toBe('');
    expect((await get('/api/v1/projects.geojson?municipio=3')).headers.get('etag')).not.toBe(etag);
    // Sort and page do not change a map: same entry.
    expect((await get('/api/v1/projects.geojson?municipio=2&sort=title&page=2')).headers.get('etag')).toBe(etag);

    const [row] = (await db.$client.execute(`select id, status, version, updated_at from projects where ${published} and municipio_id = 2 order by id limit 1`)).rows;
    try {
      await db.$client.execute({ sql: "update projects set status = 'suspended', version = version + 1, updated_at = ? where id = ?", args: [new Date().toISOString(), row.id] });
      await changedBehindServer(db);
      const changed = await get('/api/v1/projects.geojson?municipio=2', { headers: { 'If-None-Match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      const feature = (JSON.parse(changed.html) as Fc).features.find((f) => f.id === Number(row.id));
      expect(feature?.properties.status).toBe('paused');
    } finally {
      await db.$client.execute({ sql: 'update projects set status = ?, version = ?, updated_at = ? where id = ?', args: [row.status, row.version, row.updated_at, row.id] });
      await changedBehindServer(db);
    }
  });

  it('is gzipped for clients that accept it, well within 20 bytes per point', async () => {
    const zipped = await rawGet('/api/v1/projects.geojson', { 'Accept-Encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    const fc = JSON.parse(gunzipSync(zipped.body).toString()) as Fc;
    // The collection's wrapper weighs on a small demo; the 20-byte goal at scale is in `npm run bench`.
    expect(zipped.body.length / fc.features.length).toBeLessThan(30);
    const plain = await rawGet('/api/v1/projects.geojson', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(fc);
  });
});

describe('/api/v1/areas.geojson', () => {
  it('serves the boundaries simplified, named, with ETag', async () => {
    if (!hasBoundaries) return expect((await get('/api/v1/areas.geojson?level=nil')).status).toBe(200);
    const nil = await get('/api/v1/areas.geojson?level=nil');
    expect(nil.status).toBe(200);
    const fc = JSON.parse(nil.html) as Fc;
    expect(fc.features).toHaveLength(88);
    const duomo = fc.features.find((f) => f.id === 1)!;
    expect(duomo.properties).toMatchObject({ name: 'Duomo', slug: 'duomo', municipio: 1 });
    expect(['Polygon', 'MultiPolygon']).toContain(duomo.geometry.type);
    expect(nil.html.length).toBeLessThan((await scalar('select sum(length(boundary)) from nil')) / 3);
    const municipi = JSON.parse((await get('/api/v1/areas.geojson?level=municipi')).html) as Fc;
    expect(municipi.features.map((f) => f.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await get('/api/v1/areas.geojson?level=nil', { headers: { 'If-None-Match': nil.headers.get('etag')! } })).status).toBe(304);
  });

  it('refuses an unknown level', async () => {
    expect((await get('/api/v1/areas.geojson?level=city')).status).toBe(400);
  });
});

describe('/api/v1/locate', () => {
  it('finds the NIL and Municipio of a point, and nothing outside Milan', async () => {
    const duomo = JSON.parse((await get('/api/v1/locate?lat=45.4642&lon=9.19')).html);
    expect(duomo.nil).toMatchObject({ id: 1, name: 'Duomo', slug: 'duomo' });
    expect(duomo.municipio).toMatchObject({ id: 1 });
    expect(duomo.method).toBe(hasBoundaries ? 'boundary' : 'nearest');
    const corvetto = JSON.parse((await get('/api/v1/locate?lat=45.4364&lon=9.2284')).html);
    expect(corvetto.nil.slug).toBe('lodi-corvetto');
    const rome = JSON.parse((await get('/api/v1/locate?lat=41.9&lon=12.5')).html);
    expect(rome).toMatchObject({ nil: null, municipio: null });
  });

  it('refuses missing or impossible coordinates', async () => {
    for (const q of ['', 'lat=45', 'lat=abc&lon=9', 'lat=95&lon=9'])
      expect((await get(`/api/v1/locate?${q}`)).status, q).toBe(400);
  });
});

describe('/api/v1/map/cards', () => {
  it('gives the popup facts of published projects in the order asked, in the reader’s language', async () => {
    const rows = (await db.$client.execute(`select id, slug from projects where ${published} order by id limit 2`)).rows;
    const draft = Number((await db.$client.execute("select id from projects where publication = 'draft' limit 1")).rows[0].id);
    const ids = [Number(rows[1].id), draft, Number(rows[0].id)];
    const cards = JSON.parse((await get(`/api/v1/map/cards?ids=${ids.join(',')}&locale=en`)).html);
    expect(cards.map((c: { id: number }) => c.id)).toEqual([ids[0], ids[2]]);
    expect(cards[0].url).toBe(`/en/projects/${rows[1].slug}`);
    expect(residentStatuses).toContain(cards[0].status);
    expect(cards[0].title.length).toBeGreaterThan(0);
  });

  it('refuses bad ids', async () => {
    for (const q of ['', 'ids=a', 'ids=1,,2', `ids=${Array.from({ length: 61 }, (_, i) => i + 1).join(',')}`])
      expect((await get(`/api/v1/map/cards?${q}`)).status, q).toBe(400);
  });
});

describe('map, near-me and editor pages', () => {
  it('links list and map both ways with the same filters', async () => {
    const list = await get('/it/projects?municipio=4&category=green&sort=title');
    expect(list.html).toContain('href="/it/map?municipio=4&amp;category=green"');
    const map = await get('/en/map?municipio=4&category=green&sort=title&at=14/45.45/9.22');
    expect(map.status).toBe(200);
    expect(map.html).toContain('href="/en/projects?municipio=4&amp;category=green&amp;sort=title"');
    expect(map.html).toContain('name="at" id="map-at" value="14/45.45000/9.22000"');
  });

  it('says a filter matches nothing, rather than that nothing is in view', async () => {
    const none = await get('/en/map?q=zzzqqqxxx');
    expect(none.html).toMatch(/id="visible-summary"[^>]*>No project matches the chosen filters\.</);
    const some = await get('/en/map?municipio=4');
    expect(some.html).not.toMatch(/id="visible-summary"[^>]*>No project matches/);
    expect(some.html).toMatch(/id="visible-summary"[^>]*>\d+ projects? in the visible part/);
  });

  it('finds the works around a typed NIL without JavaScript', async () => {
    const { status, html } = await get('/it/near-me?nil=corvetto&within=1000');
    expect(status).toBe(200);
    const nil = (await db.$client.execute("select id, name from nil where slug = 'lodi-corvetto'")).rows[0];
    expect(html).toContain(`Nel quartiere ${nil.name}`);
    const inNil = await scalar(`select count(*) from projects where ${published} and nil_id = ?`, [Number(nil.id)]);
    expect(html).toContain(`<span class="muted">(${inNil})</span>`);
    expect(html).toContain('<datalist id="near-nil-names">');
  });

  it('locates a position, and explains names it cannot match', async () => {
    expect((await get('/en/near-me?lat=45.4642&lon=9.19')).html).toContain('You are in Duomo, Municipio 1.');
    expect((await get('/en/near-me?nil=atlantide')).html).toContain('No neighbourhood is called “atlantide”');
    expect((await get('/en/near-me?nil=porta')).html).toContain('Several neighbourhoods match');
    expect((await get('/en/near-me?lat=41.9&lon=12.5')).html).toContain('This point is not in the City of Milan.');
  });

  it('serves the location editor demo only where it is switched on (the test server)', async () => {
    expect((await get('/it/dev/location-editor')).status).toBe(200);
  });
});
