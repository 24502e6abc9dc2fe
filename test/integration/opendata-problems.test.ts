/**
 * One error shape for the whole API (issue #10): every error under /api/v1, from the open-data
 * routes and the map's own reads alike, is RFC 9457 problem details (application/problem+json)
 * that conforms to the Problem schema the OpenAPI document publishes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, get } from '../helpers/http.ts';
import { contract } from '../helpers/openApiContract.ts';
import { startServer } from '../helpers/server-setup.ts';

let api: ReturnType<typeof contract>;
const fetchApi = (path: string, init: RequestInit = {}) => fetch(new URL(path, baseUrl()), init);

beforeAll(async () => {
  api = contract(JSON.parse((await get('/api/v1/openapi.json')).html));
});

/** Checks the status, the media type and the Problem schema; returns the body. */
async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  const body = await res.json();
  expect(api.checkSchema('Problem', body)).toEqual([]);
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
}

describe('API problem details', () => {
  it.each([
    ['/api/v1/projects?category=park', ['category']],
    ['/api/v1/projects.csv?dialect=excel', ['dialect']],
    ['/api/v1/projects.geojson?municipio=12&geometry=hexagon', ['municipio', 'geometry']],
    ['/api/v1/areas.geojson?level=city', ['level']],
    ['/api/v1/locate?lat=95&lon=x', ['lat', 'lon']],
    ['/api/v1/map/cards?ids=a,b', ['ids']],
  ])('a refused parameter: %s is a 400 naming it', async (path, invalid) => {
    const body = await expectProblem(await fetchApi(path), 400);
    expect(body.title).toBe('Bad Request');
    expect([...body.invalid].sort()).toEqual([...invalid].sort());
  });

  it('an unknown path under /api/v1 is a 404 problem, not the HTML page', async () => {
    for (const path of ['/api/v1/nothing', '/api/v1/projects/a/b', '/api/v1/map/nothing']) {
      const body = await expectProblem(await fetchApi(path), 404);
      expect(body.title).toBe('Not Found');
    }
  });

  it('a write is a 405 with Allow, before any body is read; HEAD and OPTIONS still work', async () => {
    const big = new Uint8Array(2 * 1024 * 1024);
    for (const [method, body] of [['POST', '{}'], ['PUT', big], ['DELETE', undefined]] as const) {
      const res = await fetchApi('/api/v1/projects', { method, body, headers: { 'Content-Type': 'application/json' } });
      const problem = await expectProblem(res, 405);
      expect(problem.title).toBe('Method Not Allowed');
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
    const head = await get('/api/v1/projects', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get('/api/v1/map/cards?ids=1', { method: 'OPTIONS' })).status).toBe(204);
  });

  it('a failure of the server is a 500 problem on every kind of API route', async () => {
    // A folder as the database: the server starts, and every query fails.
    const dir = mkdtempSync(join(tmpdir(), 'periferie-broken-api-'));
    const server = await startServer({ DATABASE_URL: `file:${dir}` }, { healthy: false });
    try {
      for (const path of ['/api/v1/projects', '/api/v1/projects.geojson', '/api/v1/map/cards?ids=1', '/api/v1/locate?lat=45.46&lon=9.19']) {
        const body = await expectProblem(await fetch(`${server.baseUrl}${path}`), 500);
        expect(body.title).toBe('Internal Server Error');
        // Nothing of the failure itself reaches the caller.
        expect(JSON.stringify(body)).not.toMatch(/SQLITE|sqlite|\/tmp\//);
      }
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
