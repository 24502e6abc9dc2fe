/**
 * The page cache's rules without a server (issue #9, points 1 and 4): tags of a URL, encoding
 * negotiation, LRU by bytes, and invalidation across instances through one real database (two
 * caches over one libSQL client stand for two app instances over one libSQL server).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { bumpCacheTags } from '../../db/cacheVersions.ts';
import { pageTags, projectTags, tagPaths } from '../../src/lib/cacheTags.ts';
import { buildEntry, pickEncoding, respond } from '../../src/server/cache/cacheEntry.ts';
import { PageCache } from '../../src/server/cache/pageCache.ts';
import { tempFileDb } from '../helpers/db.ts';

const entry = (tags: string[], builtAfter: number, size = 1000) => buildEntry(200, new Headers({ 'Content-Type': 'text/html', 'Set-Cookie': 'a=b' }), Buffer.from('x'.repeat(size)), tags, builtAfter);

describe('tags of a URL', () => {
  it('keeps the back office, forms and per-person paths out', () => {
    for (const path of ['/staff/', '/staff/projects/1/', '/_actions/x', '/media/abc/640.jpg', '/healthz', '/it/follow/confirm', '/ar/follow/manage', '/it/search', '/']) expect(pageTags(path), path).toBeNull();
  });
  it('gives a project, a Municipio and a NIL page their own tag, every other page the lists tag', () => {
    expect(pageTags('/en/projects/parco-x')).toEqual(['all', 'project:parco-x']);
    expect(pageTags('/api/v1/projects/parco-x')).toEqual(['all', 'project:parco-x']);
    expect(pageTags('/it/municipi/3')).toEqual(['all', 'municipio:3']);
    expect(pageTags('/it/nil/gorla')).toEqual(['all', 'nil:gorla']);
    for (const path of ['/it/projects', '/it/map/', '/api/v1/projects.geojson', '/it/feeds/updates.xml', '/sitemap.xml', '/it/numbers/']) expect(pageTags(path), path).toEqual(['all', 'public']);
    expect(projectTags({ slug: 'a', municipioId: 3, nilSlug: 'gorla' })).toEqual(['public', 'project:a', 'municipio:3', 'nil:gorla']);
    expect(tagPaths(['project:a', 'municipio:3'], ['it', 'en'])).toEqual(['/it/projects/a', '/en/projects/a', '/api/v1/projects/a', '/it/municipi/3', '/en/municipi/3']);
  });
});

describe('stored entries', () => {
  it('negotiates brotli first, honours q=0, and never keeps a Set-Cookie', async () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(null)).toBeNull();
    expect((await entry([], 0)).headers.some(([k]) => k.toLowerCase() === 'set-cookie')).toBe(false);
  });

  it('drops the least recently used entries past its byte budget', async () => {
    const one = await entry(['all'], 0, 4000);
    const cache = new PageCache(one.bytes * 2.5);
    cache.set('a', one);
    cache.set('b', await entry(['all'], 0, 4000));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', await entry(['all'], 0, 4000));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size.bytes).toBeLessThanOrEqual(one.bytes * 2.5);
  });

  it('answers from the stored bytes without using them up', async () => {
    // respond() hands the stored buffer itself to the response (no copy): reading one answer
    // must leave the entry whole for the next reader, in every encoding.
    const stored = await entry(['all'], 0, 3000);
    for (const acceptEncoding of [null, 'br', 'gzip', null]) {
      const request = new Request('http://localhost/it/projects', { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
      const res = respond(stored, request, {});
      const body = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get('content-length')).toBe(String(body.length));
      const expected = acceptEncoding === 'br' ? stored.br : acceptEncoding === 'gzip' ? stored.gzip : stored.identity;
      expect(body.equals(expected!)).toBe(true);
    }
    expect(stored.identity.length).toBe(3000);
    expect(stored.identity.toString()).toBe('x'.repeat(3000));
  });
});

describe('invalidation across instances', () => {
  let db: Db;
  let cleanup: () => void;
  beforeEach(async () => ({ db, cleanup } = await tempFileDb()));
  afterEach(() => cleanup());

  it('an instance stops serving a page as soon as another instance bumps one of its tags, and only then', async () => {
    const a = new PageCache(1 << 20);
    const b = new PageCache(1 << 20);
    const builtA = await a.sync(db);
    a.set('/it/projects/x', await entry(['all', 'project:x'], builtA));
    a.set('/it/municipi/4', await entry(['all', 'municipio:4'], builtA));
    const builtB = await b.sync(db);
    b.set('/it/projects/x', await entry(['all', 'project:x'], builtB));

    // "Instance B" publishes project y in Municipio 3: its own transaction bumps the tags.
    await db.transaction(async (tx) => bumpCacheTags(tx, projectTags({ slug: 'y', municipioId: 3, nilSlug: null })));
    await a.sync(db);
    expect(a.get('/it/projects/x')).toBeDefined();
    expect(a.get('/it/municipi/4')).toBeDefined();

    await db.transaction(async (tx) => bumpCacheTags(tx, projectTags({ slug: 'x', municipioId: 4, nilSlug: null })));
    await a.sync(db);
    await b.sync(db);
    expect(a.get('/it/projects/x')).toBeUndefined();
    expect(a.get('/it/municipi/4')).toBeUndefined();
    expect(b.get('/it/projects/x')).toBeUndefined();
  });

  it('refuses a page rendered while a publish committed', async () => {
    const a = new PageCache(1 << 20);
    const before = await a.sync(db);
    // Rendering began at `before`; a publish lands meanwhile; the page is then stored.
    await bumpCacheTags(db, ['project:x']);
    a.set('/it/projects/x', await entry(['all', 'project:x'], before));
    await a.sync(db);
    expect(a.get('/it/projects/x')).toBeUndefined();
  });

  it('drops everything on an import (the all tag)', async () => {
    const a = new PageCache(1 << 20);
    const v = await a.sync(db);
    a.set('/it/nil/gorla', await entry(['all', 'nil:gorla'], v));
    await bumpCacheTags(db, ['all']);
    await a.sync(db);
    expect(a.get('/it/nil/gorla')).toBeUndefined();
  });
});
