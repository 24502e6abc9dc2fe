/**
 * The built client files as src/server/http/serve.ts serves them (issue #9, point 3):
 * precompressed variants negotiated with the same decoded bytes, a year of caching for
 * fingerprinted assets, validators, the security headers on static files and prerendered pages,
 * and nothing outside dist/client.
 */
import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

function raw(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    // Sent as written: `fetch` would normalise the dot segments of a traversal attempt.
    const { hostname, port } = new URL(inject('baseUrl'));
    const req = httpRequest({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const assets = readdirSync(join(import.meta.dirname, '../../dist/client/_astro'));
const script = `/_astro/${assets.find((f) => f.endsWith('.js'))}`;
const style = `/_astro/${assets.find((f) => f.endsWith('.css'))}`;

describe('static files', () => {
  it.each([script, style, '/it/about/'])('%s: brotli and gzip written at build, same bytes decoded', async (path) => {
    const plain = await raw(path);
    const br = await raw(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    const gz = await raw(path, { 'Accept-Encoding': 'gzip' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
    for (const r of [plain, br, gz]) expect(r.headers.vary).toBe('Accept-Encoding');
    const again = await raw(path, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('caches fingerprinted assets for a year, and other files only as long as a page', async () => {
    expect((await raw(script)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/robots.txt')).headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
    // Fonts are compressed already: no variants, no Vary.
    const font = assets.find((f) => f.endsWith('.woff2'));
    if (font) expect((await raw(`/_astro/${font}`, { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('gives static files and prerendered pages the security headers, and pages their own CSP', async () => {
    const page = await raw('/en/about/');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(page.headers['content-security-policy'])).toMatch(/script-src 'self'/);
    for (const r of [page, await raw(style)]) {
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(r.headers['x-request-id']).toBeDefined();
    }
  });

  it('serves nothing outside the build, whatever the path says', async () => {
    for (const path of ['/../package.json', '/_astro/../../package.json', '/%2e%2e/package.json', '/_astro/%2e%2e%2f%2e%2e%2fpackage.json', '/..%2f..%2fetc/passwd', '/.env', '/server/entry.mjs', '/_headers.json']) {
      const r = await raw(path);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.body.toString(), path).not.toMatch(/"name": "periferie-milano"|root:x:0|createApp/);
    }
  });
});
