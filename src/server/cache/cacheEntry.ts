/**
 * One stored public response (issue #9, point 1): the body once as is and once each in brotli
 * and gzip, compressed when stored so no request ever compresses. `respond` picks the variant
 * the client accepts, or a 304 when its validator still matches.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

export interface CacheEntry {
  status: number;
  headers: [string, string][];
  identity: Buffer;
  /** Absent until compressed (plainEntry): a page's first reader may be answered before that. */
  br?: Buffer;
  gzip?: Buffer;
  etag: string;
  tags: string[];
  /** The newest tag version known before the page was rendered. */
  builtAfter: number;
  storedAt: number;
  bytes: number;
}

/** Headers that belong to one answer, never to a stored copy. */
const DROP = new Set(['set-cookie', 'content-length', 'content-encoding', 'etag', 'date', 'x-request-id', 'vary',
  // Per caller: the API's rate limit adds them to each answer, hit or miss (src/server/api/apiRoute.ts).
  'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after']);

/** The rendered answer as stored, not yet compressed: what a miss answers with at once. */
export function plainEntry(status: number, headers: Headers, body: Buffer, tags: string[], builtAfter: number): CacheEntry {
  const kept = [...headers].filter(([name]) => !DROP.has(name.toLowerCase()));
  // A route's own validator is kept (the API's, which its HEAD answers give too); else the body's.
  const own = headers.get('etag')?.replace(/^W\//, '').replace(/"/g, '');
  const etag = own || createHash('sha1').update(body).digest('base64url').slice(0, 27);
  return { status, headers: kept, identity: body, etag, tags, builtAfter, storedAt: Date.now(), bytes: body.length + 512 };
}

/**
 * Adds the brotli and gzip variants, in libuv's thread pool so other requests go on meanwhile.
 * Brotli at quality 6: within a few per cent of quality 11 on our pages for a twentieth of the
 * time (quality 11 took ~0.4 s per page on a loaded machine).
 */
export async function compressEntry(entry: CacheEntry): Promise<CacheEntry> {
  const body = entry.identity;
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzip(body, { level: 9 }),
  ]);
  return { ...entry, br, gzip: gz, bytes: body.length + br.length + gz.length + 512 };
}

export async function buildEntry(status: number, headers: Headers, body: Buffer, tags: string[], builtAfter: number): Promise<CacheEntry> {
  return compressEntry(plainEntry(status, headers, body, tags, builtAfter));
}

/** RFC 9110 §12.5.3: q=0 refuses a coding; brotli first when both are welcome. */
export function pickEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const ok = (c: string) => (accepted.get(c) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

/** Each encoding has its own strong validator (RFC 9110 §8.8.3), all from the same content. */
const etagFor = (entry: CacheEntry, coding: 'br' | 'gzip' | null) => `"${entry.etag}${coding ? `-${coding}` : ''}"`;

/** What of a request decides the answer from a stored entry. */
export interface Conditions {
  acceptEncoding: string | null;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  head: boolean;
}

/** An answer as plain data: lower-case header names, so the raw HTTP layer writes it as is. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

export const conditionsOf = (request: Request): Conditions => ({
  acceptEncoding: request.headers.get('accept-encoding'),
  ifNoneMatch: request.headers.get('if-none-match'),
  ifModifiedSince: request.headers.get('if-modified-since'),
  head: request.method === 'HEAD',
});

/** RFC 9110 §13.1.3: If-Modified-Since counts only without If-None-Match. */
function notModifiedSince(conditions: Conditions, entry: CacheEntry): boolean {
  const since = Date.parse(conditions.ifModifiedSince ?? '');
  const last = Date.parse(entry.headers.find(([k]) => k.toLowerCase() === 'last-modified')?.[1] ?? '');
  return conditions.ifNoneMatch === null && Number.isFinite(since) && Number.isFinite(last) && last <= since;
}

/** The validator the client holds, when it is one of this entry's (any encoding). */
function matches(ifNoneMatch: string | null, entry: CacheEntry): string | null {
  if (!ifNoneMatch) return null;
  if (ifNoneMatch.trim() === '*') return etagFor(entry, null);
  const held = ifNoneMatch.split(',').map((t) => t.trim()).find((t) => t.replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '') === entry.etag);
  return held ?? null;
}

/** The variant the client accepts, or a 304 when its validator still matches; `extra` headers win. */
export function answer(entry: CacheEntry, conditions: Conditions, extra: Record<string, string>): Answer {
  const wanted = pickEncoding(conditions.acceptEncoding);
  const coding = wanted === 'br' && entry.br ? 'br' : wanted && entry.gzip ? 'gzip' : null;
  const headers: Record<string, string> = {};
  for (const [k, v] of entry.headers) headers[k.toLowerCase()] = v;
  for (const [k, v] of Object.entries(extra)) headers[k.toLowerCase()] = v;
  headers.etag = etagFor(entry, coding);
  headers.vary = 'Accept-Encoding';
  const held = matches(conditions.ifNoneMatch, entry);
  if (held || notModifiedSince(conditions, entry)) {
    // The copy the client holds stays valid: confirm its own validator (it may be the plain
    // one a first, uncompressed answer gave).
    if (held) headers.etag = held;
    delete headers['content-type'];
    return { status: 304, headers, body: null };
  }
  const body = (coding === 'br' ? entry.br : coding === 'gzip' ? entry.gzip : undefined) ?? entry.identity;
  if (coding) headers['content-encoding'] = coding;
  headers['content-length'] = String(body.length);
  return { status: entry.status, headers, body: conditions.head ? null : body };
}

/**
 * The body as a one-chunk stream of the stored bytes themselves: `new Response(bytes)` keeps a
 * copy of them (the Fetch standard says so), and a Uint8Array was copied before that, so each
 * answer copied a 50 KB page twice (issue #9: about 7 % of an uncached page's CPU, measured).
 * Not a byte stream, which may take the buffer over and leave the stored entry empty.
 */
function streamOf(body: Buffer): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
}

export function respond(entry: CacheEntry, request: Request, extra: Record<string, string>): Response {
  const { status, headers, body } = answer(entry, conditionsOf(request), extra);
  return new Response(body && streamOf(body), { status, headers });
}
