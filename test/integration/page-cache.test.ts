/**
 * The server's page cache (issue #9, points 1 and 2) on a server of its own with the cache on:
 * precompressed variants, validators, a publish dropping exactly the pages it changed, and
 * nothing cached for staff or for a request carrying a session cookie.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bumpCacheTags } from '../../db/cacheVersions.ts';
import { createDb, type Db } from '../../db/client.ts';
import { projectTag } from '../../src/lib/cacheTags.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { changedBehindServer } from '../helpers/db.ts';
import { startServer } from '../helpers/server-setup.ts';
import { Client, createStaff } from '../helpers/staff.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let db: Db;

/** Raw bytes as sent (fetch would decode them), with the headers. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    const req = httpRequest(new URL(path, server.baseUrl), { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}
const xCache = async (path: string, headers: Record<string, string> = {}) => (await raw(path, headers)).headers['x-cache'];

class ServerClient extends Client {
  override readonly base: string = server.baseUrl;
}

async function signedIn(role: 'editor' | 'publisher') {
  const account = await createStaff(db, role);
  const client = new ServerClient();
  const reply = await client.signIn(account.email, account.password, { 'X-Forwarded-For': `10.77.${role.length}.1` });
  expect(reply.status).toBe(303);
  return client;
}

/** A published project with a NIL, and unrelated pages: another Municipio's and another project's. */
async function subjects() {
  const rows = (await db.$client.execute(
    "select p.id, p.slug, p.municipio_id, n.slug as nil_slug from projects p join nil n on n.id = p.nil_id where p.publication = 'published' and p.parent_id is null and p.category <> 'mixed_programme' order by p.id",
  )).rows;
  const p = rows[0];
  const other = rows.find((r) => r.municipio_id !== p.municipio_id && r.nil_slug !== p.nil_slug)!;
  return {
    id: Number(p.id),
    pages: [`/it/projects/${p.slug}`, `/en/projects/${p.slug}`, `/api/v1/projects/${p.slug}`, `/it/municipi/${p.municipio_id}`, `/it/nil/${p.nil_slug}`, '/it/projects', '/it/projects?status=in_progress', '/api/v1/projects', '/it/feeds/updates.xml', '/sitemap.xml', '/it/numbers/'],
    unrelated: [`/it/projects/${other.slug}`, `/it/municipi/${other.municipio_id}`, `/it/nil/${other.nil_slug}`],
  };
}

beforeAll(async () => {
  server = await startServer({ PAGE_CACHE_MB: '32' });
  db = await createDb(server.databaseUrl);
}, 90_000);
afterAll(async () => {
  db?.$client.close();
  await server?.stop();
});

describe('stored responses', () => {
  it('stores once, then serves brotli, gzip and identity with the same decoded bytes, compressed once', async () => {
    const path = '/it/projects';
    const first = await raw(path, { 'Accept-Encoding': 'br' });
    expect(first.headers['x-cache']).toBe('MISS');
    const br = await raw(path, { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['x-cache']).toBe('HIT');
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await raw(path, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await raw(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    // The first reader gets the brotli copy made for storage: the same bytes as the hits'.
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.body.equals(br.body)).toBe(true);
    expect(first.headers.etag).toBe(br.headers.etag);
    for (const r of [br, gz, plain]) expect(r.headers.vary).toBe('Accept-Encoding');
    // q=0 refuses brotli.
    expect((await raw(path, { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('compresses only what it stores: a one-off address is answered as rendered', async () => {
    // A query string is stored from its second request (secondAsk.ts); its first is not compressed,
    // nor held to be hashed: it streams out as Astro renders it, with the shared cache policy.
    const once = await raw('/it/projects?status=in_progress&page=1', { 'Accept-Encoding': 'br, gzip' });
    expect(once.headers['x-cache']).toBe('MISS');
    expect(once.headers['content-encoding']).toBeUndefined();
    expect(once.headers.etag).toBeUndefined();
    expect(once.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
    expect(once.headers['cache-tag']).toBe('all public');
    expect(once.body.toString()).toContain('</html>');
    const again = await raw('/it/projects?status=in_progress&page=1', { 'Accept-Encoding': 'br, gzip' });
    expect(again.headers['content-encoding']).toBe('br');
    expect(again.headers.etag).toMatch(/^"[\w-]+-br"$/);
    expect(brotliDecompressSync(again.body).equals(once.body)).toBe(true);
  });

  it('gives headers a CDN understands and answers 304 to its validator', async () => {
    const path = '/en/projects';
    await raw(path);
    const hit = await raw(path, { 'Accept-Encoding': 'br' });
    expect(hit.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(hit.headers['cache-tag']).toBe('all public');
    // The security headers of every response, on a hit too.
    expect(hit.headers['x-frame-options']).toBe('DENY');
    expect(hit.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const again = await raw(path, { 'Accept-Encoding': 'br', 'If-None-Match': String(hit.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers a hit (before Astro) with the very headers of the page Astro rendered', async () => {
    const path = '/es/projects?status=in_progress';
    await raw(path); // a query string: stored from the second request on
    const miss = await raw(path);
    expect(miss.headers['x-cache']).toBe('MISS');
    await new Promise((r) => setTimeout(r, 200)); // its brotli/gzip copies are being made
    const hit = await raw(path);
    expect(hit.headers['x-cache']).toBe('HIT');
    const perAnswer = new Set(['date', 'x-request-id', 'x-cache', 'etag', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);
    const kept = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => !perAnswer.has(k)).sort());
    expect(kept(hit.headers)).toEqual(kept(miss.headers));
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(hit.headers['x-request-id']).toMatch(/^[\w.-]{8,}$/);
    // An upstream proxy's request id is kept, as on every other answer.
    expect((await raw(path, { 'X-Request-Id': 'proxy-id-12345' })).headers['x-request-id']).toBe('proxy-id-12345');
  });

  it("answers a shared link's click ids from the page's own copy, and never writes them into the page", async () => {
    const path = '/de/projects?status=in_progress';
    await raw(path);
    await raw(path);
    await new Promise((r) => setTimeout(r, 200));
    expect(await xCache(path)).toBe('HIT');
    // Each click on a shared link carries its own id: still the same stored page.
    const clicked = await raw(`/de/projects?utm_source=facebook&status=in_progress&fbclid=IwAR0first`);
    expect(clicked.headers['x-cache']).toBe('HIT');
    // A page rendered for a click id (nothing stored yet) does not repeat it, e.g. in the language links.
    const fresh = await raw('/de/projects?page=2&fbclid=IwAR0second');
    expect(fresh.status).toBe(200);
    expect(fresh.body.toString()).not.toContain('IwAR0second');
    expect(fresh.body.toString()).toContain('page=2');
    // The API's query string is its own: not rewritten.
    expect((await raw('/api/v1/projects?fbclid=x')).status).toBe(200);
  });

  it('writes the request log line for a hit', async () => {
    await raw('/fr/projects');
    const hit = await raw('/fr/projects');
    expect(hit.headers['x-cache']).toBe('HIT');
    // The line is written before the answer, but its pipe and the socket reach this process
    // in either order: give the pipe a moment.
    const mine = () => server.output().split('\n').filter((l) => l.includes(String(hit.headers['x-request-id'])));
    for (let i = 0; i < 50 && mine().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse(mine()[0])).toMatchObject({ method: 'GET', path: '/fr/projects', status: 200 });
  });
});

describe('HEAD', () => {
  it('gets the headers and validators GET gets, stored or not, and 304 for a GET validator', async () => {
    const same = ['etag', 'cache-control', 'vary', 'content-type', 'last-modified', 'content-encoding'];
    for (const path of ['/api/v1/projects.csv?municipio=3', '/api/v1/projects?municipio=3', '/it/municipi/3']) {
      for (const accept of [{}, { 'Accept-Encoding': 'br' }] as Record<string, string>[]) {
        // Cold: HEAD first, then GET (twice, so the page cache stores it), then HEAD from the store.
        await changedBehindServer(db);
        const cold = await raw(path, accept, 'HEAD');
        const gets = [await raw(path, accept), await raw(path, accept), await raw(path, accept)];
        const stored = gets[2];
        expect(stored.headers['x-cache'], path).toBe('HIT');
        const warm = await raw(path, accept, 'HEAD');
        expect(warm.body.length).toBe(0);
        for (const h of same) expect(warm.headers[h], `${path} ${h} ${JSON.stringify(accept)}`).toEqual(stored.headers[h]);
        // Before anything was stored: the same validator for the same (uncompressed) content.
        expect(cold.headers['cache-control'], path).toEqual(stored.headers['cache-control']);
        if (!('Accept-Encoding' in accept)) expect(cold.headers.etag, path).toEqual(stored.headers.etag);
        const revalidated = await raw(path, { ...accept, 'If-None-Match': String(stored.headers.etag) }, 'HEAD');
        expect(revalidated.status, path).toBe(304);
      }
    }
  });
});

describe('never cached', () => {
  it('never stores or serves staff pages, nor public pages asked with a session cookie', async () => {
    const editor = await signedIn('editor');
    const staff = await editor.get('/staff/');
    expect(staff.status).toBe(200);
    expect(staff.headers.get('x-cache')).toBeNull();
    expect(staff.headers.get('cache-control')).toBe('no-store, private');
    await raw('/de/projects');
    expect(await xCache('/de/projects')).toBe('HIT');
    const asStaff = await editor.get('/de/projects');
    expect(asStaff.headers.get('x-cache')).not.toBe('HIT');
    expect(asStaff.headers.get('cache-control')).toBe('no-store, private');
    // Even a cookie that names no session: the page is rendered, and nobody may keep it.
    const stranger = await raw('/de/projects', { Cookie: 'pm_session=not-a-session' });
    expect(stranger.headers['x-cache']).not.toBe('HIT');
    expect(stranger.headers['cache-control']).toBe('no-store, private');
  });

  it('does not store errors or writes', async () => {
    await raw('/it/projects/no-such-project');
    expect(await xCache('/it/projects/no-such-project')).not.toBe('HIT');
    expect((await raw('/it/projects/no-such-project')).status).toBe(404);
  });
});

describe('publishing', () => {
  it('drops exactly the pages the publish changed, in every instance that reads the database', async () => {
    const s = await subjects();
    // Twice: an address with a query string is stored from its second request.
    for (const path of [...s.pages, ...s.unrelated]) await raw(path), await raw(path);
    for (const path of [...s.pages, ...s.unrelated]) expect(await xCache(path), path).toBe('HIT');

    const editor = await signedIn('editor');
    const publisher = await signedIn('publisher');
    const view = (await editView(db, s.id))!;
    const form = { ...recordToForm(view.record), projectId: String(s.id), version: String(view.project.version), 'translations.it.summary': 'Sommario appena pubblicato' };
    expect((await editor.post(`/staff/projects/${s.id}/`, 'projects.save', form)).status).toBe(303);
    const version = async () => String((await db.$client.execute({ sql: 'select version from projects where id = ?', args: [s.id] })).rows[0].version);
    // A draft and its review change nothing public: everything stays cached.
    expect((await editor.post(`/staff/projects/${s.id}/`, 'projects.step', { projectId: String(s.id), version: await version(), step: 'submit' })).status).toBe(303);
    for (const path of s.pages) expect(await xCache(path), path).toBe('HIT');
    expect((await publisher.post(`/staff/projects/${s.id}/`, 'projects.step', { projectId: String(s.id), version: await version(), step: 'publish' })).status).toBe(303);

    for (const path of s.pages) expect(await xCache(path), path).toBe('MISS');
    for (const path of s.unrelated) expect(await xCache(path), path).toBe('HIT');
    // Known addresses are stored again at once, query strings included.
    await new Promise((r) => setTimeout(r, 200));
    for (const path of s.pages) expect(await xCache(path), path).toBe('HIT');
    expect((await raw(s.pages[0])).body.toString()).toContain('Sommario appena pubblicato');
  });
});

describe('under load', () => {
  it('answers every request sent after a write commits with the fresh page, while hits keep coming', async () => {
    const [p] = (await db.$client.execute("select id, slug from projects where publication = 'published' and parent_id is null order by id desc limit 1 offset 1")).rows;
    const path = `/it/projects/${p.slug}`;
    await raw(path);
    expect(await xCache(path)).toBe('HIT');
    // 32 readers at once, all the time: requests that arrive together share one version read.
    let running = true;
    const readers = Array.from({ length: 32 }, async () => {
      while (running) await raw(path);
    });
    try {
      for (let round = 1; round <= 3; round++) {
        await new Promise((r) => setTimeout(r, 50));
        const title = `Titolo sotto carico ${round} ${Date.now()}`;
        // A write by another process (an instance, an import), committed with its tag bump.
        await db.transaction(async (tx) => {
          await tx.run(sql`update project_translations set title = ${title} where project_id = ${p.id} and locale = 'it'`);
          await bumpCacheTags(tx, [projectTag(String(p.slug))]);
        });
        const after = await Promise.all(Array.from({ length: 16 }, () => raw(path)));
        for (const res of after) expect(res.body.toString()).toContain(title);
      }
    } finally {
      running = false;
      await Promise.all(readers);
    }
  });
});

describe('scheduled updates', () => {
  it('drops a project page and the feeds when one of its scheduled updates goes live, with no write at that moment', async () => {
    const [p] = (await db.$client.execute("select id, slug from projects where publication = 'published' and parent_id is null order by id desc limit 1")).rows;
    const title = `Aggiornamento programmato ${Date.now()}`;
    const at = new Date(Date.now() + 3000);
    // Scheduled as staff would (a publish with a future instant), which bumps the tags then.
    await db.$client.execute({
      sql: 'insert into updates (project_id, published_on, publish_at, title, body) values (?, ?, ?, ?, ?)',
      args: [p.id, at.toISOString().slice(0, 10), at.toISOString(), JSON.stringify({ it: title }), JSON.stringify({ it: 'Testo.' })],
    });
    await changedBehindServer(db);
    const path = `/it/projects/${p.slug}`;
    await raw(path);
    const before = await raw(path);
    expect(before.headers['x-cache']).toBe('HIT');
    expect(before.body.toString()).not.toContain(title);
    // Nor is it in the feeds before its time.
    const feeds = ['/it/feeds/updates.xml', `/it/feeds/updates.xml?project=${p.slug}`];
    for (const feed of feeds) expect((await raw(feed)).body.toString(), feed).not.toContain(title);
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 200));
    const after = await raw(path);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.toString()).toContain(title);
    for (const feed of feeds) expect((await raw(feed)).body.toString(), feed).toContain(title);
  });
});
