/** Response headers and request origin checks on the running server (issue #4, point 11). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { Client, staffClient } from '../helpers/staff.ts';

let db: Db;
beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d]));

describe('headers', () => {
  it.each(['/it/', '/en/projects', '/staff/sign-in/'])('%s has a CSP with hashed scripts, no unsafe-inline, and no framing', async (path) => {
    const { headers } = await new Client().get(path);
    const csp = directives(headers.get('content-security-policy') ?? '');
    expect(csp['script-src']).toMatch(/^script-src 'self'/);
    expect(csp['script-src']).not.toContain('unsafe-inline');
    expect(csp['style-src']).not.toContain('unsafe-inline');
    expect(csp['frame-ancestors']).toBe("frame-ancestors 'none'");
    expect(csp['object-src']).toBe("object-src 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('strict-transport-security')).toBeNull(); // plain http here; see the unit test for https
  });

  // Astro hashes each route's styles per render; src/integrations/keepCspDigests.ts keeps those
  // hashes between renders. A wrong hash would leave the page unstyled, which no other test sees.
  it.each(['/it/projects?r=csp', '/en/projects/{slug}?r=csp', '/staff/sign-in/?r=csp'])(
    '%s allows every inline style and script it sends by hash, on a later render too',
    async (path) => {
      const [row] = (await db.$client.execute("select slug from projects where publication = 'published' and parent_id is null order by id limit 1")).rows;
      const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      for (const round of [1, 2]) {
        // Raw bytes (the test Client rewrites markup); a new query string each time: rendered, not cached.
        const res = await fetch(new URL(`${path.replace('{slug}', String(row.slug))}&n=${round}`, inject('baseUrl')));
        expect(res.status).toBe(200);
        const csp = directives(res.headers.get('content-security-policy') ?? '');
        const html = await res.text();
        const inline = (tag: string) =>
          [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
            // Data blocks (JSON-LD) are never run, so CSP does not cover them; src= scripts are 'self'.
            .filter(([, attrs, body]) => body && !/\ssrc=|type="application\/(ld\+)?json"/.test(attrs))
            .map(([, , body]) => body);
        const styles = inline('style');
        const scripts = inline('script');
        expect(styles.length, path).toBeGreaterThan(0);
        for (const style of styles) expect(csp['style-src'], `${path} style`).toContain(hash(style));
        for (const script of scripts) expect(csp['script-src'], `${path} script`).toContain(hash(script));
      }
    },
  );

  // src/integrations/dedupeCspHashes.ts: the built manifest lists each hash once (Astro listed a
  // style's hash once per route), and a rendered header names each once too.
  it('lists each CSP hash once, in the built manifest and in a header', async () => {
    const dir = join(import.meta.dirname, '../../dist/server/chunks');
    const manifest = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')).find((code) => code.includes('deserializeManifest('))!;
    const lists = [...manifest.matchAll(/\[(?:"sha256-[A-Za-z0-9+/]+=*",?)+\]/g)].map(([list]) => JSON.parse(list) as string[]);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(new Set(list).size).toBe(list.length);
    const res = await fetch(new URL('/it/projects?r=once', inject('baseUrl')));
    const hashes = (res.headers.get('content-security-policy') ?? '').match(/'sha256-[^']+'/g) ?? [];
    expect(hashes.length).toBeGreaterThan(10);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('gives endpoints a deny-all policy and keeps public pages cacheable but staff pages not', async () => {
    const health = await new Client().get('/healthz');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'none'");
    // Issue #9: public pages tell a shared cache how long it may keep them.
    expect((await new Client().get('/it/')).headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const editor = await staffClient(db, 'editor');
    for (const path of ['/staff/', '/staff/projects/', '/staff/sign-in/']) {
      expect((await editor.get(path)).headers.get('cache-control'), path).toBe('no-store, private');
    }
    expect((await new Client().get('/staff/sign-in/')).headers.get('cache-control')).toBe('no-store, private');
  });

  it('refuses form posts from another origin (checkOrigin)', async () => {
    const editor = await staffClient(db, 'editor');
    const reply = await editor.post('/staff/sign-in/', 'auth.signOut', {}, { Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect((await editor.get('/staff/')).status).toBe(200); // still signed in
  });
});
