/**
 * Answers a GeoJSON request from a fingerprint of the data (issue #3, point 3): a cheap query
 * that changes whenever the body would. The fingerprint makes the ETag, so a matching
 * If-None-Match is answered 304 without building anything, and a built body is kept (gzipped
 * once) for the next reader of the same view. Bodies are gzipped here because the Node adapter
 * does not compress, and the map's 20-bytes-per-point budget is counted after gzip.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

// Bumped whenever a serializer's output changes, so browsers do not keep an old shape.
const FORMAT_VERSION = '1';
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

interface Built {
  raw: Buffer;
  gzipped: Buffer;
}

interface Entry {
  etag: string;
  built: Promise<Built>;
  size: number;
}

// One entry per view (source.key), holding only the body of its current fingerprint: once the
// data changes, the old body can never be served again (its ETag names the old fingerprint), so
// keeping it would only fill memory until the byte cap. The soak (issue #10) saw every edit
// leave one such dead body behind.
const cache = new Map<string, Entry>();
let cachedBytes = 0;

function forget(key: string) {
  const entry = cache.get(key);
  if (!entry) return;
  cache.delete(key);
  cachedBytes -= entry.size;
}

function remember(key: string, etag: string, built: Promise<Built>) {
  forget(key);
  const entry: Entry = { etag, built, size: 0 };
  cache.set(key, entry);
  built.then(
    ({ raw, gzipped }) => {
      if (cache.get(key) !== entry) return; // replaced meanwhile by a newer fingerprint
      entry.size = raw.length + gzipped.length;
      cachedBytes += entry.size;
      // Least recently used first: Map keeps insertion order, and a hit re-inserts its key.
      for (const old of cache.keys()) {
        if (cachedBytes <= MAX_CACHED_BYTES || old === key) break;
        forget(old);
      }
    },
    () => {
      if (cache.get(key) === entry) forget(key);
    },
  );
}

/** `W/"…"`: weak, because the gzipped and plain bodies differ in bytes but not in meaning. */
export function etagOf(...parts: string[]): string {
  return `W/"${createHash('sha1').update([FORMAT_VERSION, ...parts].join('\n')).digest('base64url').slice(0, 22)}"`;
}

/** RFC 9110 §13.1.2: If-None-Match is a list, or `*`, compared weakly. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

export interface GeoJsonSource {
  /** What the request asks for, normalised (e.g. the filter query and the options). */
  key: string;
  /** Changes whenever the body would; cheap compared to `build`. */
  fingerprint: () => Promise<string>;
  build: () => Promise<string>;
}

export async function geoJsonResponse(request: Request, source: GeoJsonSource): Promise<Response> {
  const etag = etagOf(source.key, await source.fingerprint());
  const headers = new Headers({
    'Content-Type': 'application/geo+json; charset=utf-8',
    // Every use revalidates, which costs one fingerprint query and a 304 when nothing changed.
    'Cache-Control': 'public, no-cache',
    ETag: etag,
    Vary: 'Accept-Encoding',
    'Access-Control-Allow-Origin': '*',
  });
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers });

  const hit = cache.get(source.key);
  let built: Promise<Built>;
  if (hit?.etag === etag) {
    cache.delete(source.key);
    cache.set(source.key, hit);
    built = hit.built;
  } else {
    built = source.build().then(async (text) => {
      const raw = Buffer.from(text, 'utf8');
      return { raw, gzipped: await gzip(raw, { level: 6 }) };
    });
    remember(source.key, etag, built);
  }
  const { raw, gzipped } = await built;
  const wantsGzip = /\bgzip\b/.test(request.headers.get('Accept-Encoding') ?? '');
  if (wantsGzip) headers.set('Content-Encoding', 'gzip');
  const body = wantsGzip ? gzipped : raw;
  headers.set('Content-Length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** How many views hold a built body, and their bytes: for the cache's tests and the soak. */
export function geoJsonCacheUsage(): { views: number; bytes: number } {
  return { views: cache.size, bytes: cachedBytes };
}
