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

const cache = new Map<string, Promise<Built>>();
const sizes = new Map<string, number>();
let cachedBytes = 0;

function remember(etag: string, built: Promise<Built>) {
  cache.set(etag, built);
  built.then(
    ({ raw, gzipped }) => {
      const size = raw.length + gzipped.length;
      sizes.set(etag, size);
      cachedBytes += size;
      // Oldest first: Map keeps insertion order, and a hit re-inserts its key.
      for (const key of cache.keys()) {
        if (cachedBytes <= MAX_CACHED_BYTES || key === etag) break;
        cache.delete(key);
        cachedBytes -= sizes.get(key) ?? 0;
        sizes.delete(key);
      }
    },
    () => cache.delete(etag),
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

  let built = cache.get(etag);
  if (built) {
    cache.delete(etag);
    cache.set(etag, built);
  } else {
    built = source.build().then(async (text) => {
      const raw = Buffer.from(text, 'utf8');
      return { raw, gzipped: await gzip(raw, { level: 6 }) };
    });
    remember(etag, built);
  }
  const { raw, gzipped } = await built;
  const wantsGzip = /\bgzip\b/.test(request.headers.get('Accept-Encoding') ?? '');
  if (wantsGzip) headers.set('Content-Encoding', 'gzip');
  const body = wantsGzip ? gzipped : raw;
  headers.set('Content-Length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
