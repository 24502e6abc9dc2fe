/**
 * The page cache in the request path (issue #9, points 1 and 2), called by the middleware after
 * the session is read. Only anonymous GETs of public paths are looked up or stored: a request
 * with a session cookie, a signed-in user, the back office, a non-GET, an error, a response that
 * sets a cookie or is already encoded never is. Cacheable answers get headers a CDN understands.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIContext } from 'astro';
import { CACHE_MAX_AGE, PAGE_CACHE_MB } from 'astro:env/server';
import { pageTags } from '../../lib/cacheTags.ts';
import { hasSessionCookie, readSessionCookie } from '../auth/cookie.ts';
import { getDb } from '../db.ts';
import { answer, compressEntry, pickEncoding, plainEntry, respond, type Answer, type CacheEntry } from './cacheEntry.ts';
import { bufferUpTo } from './bufferUpTo.ts';
import { cacheKey, offerCachedAnswers, type Lookup, type RawGet } from './cachedHitBridge.ts';
import { goLive } from './goLive.ts';
import { oneAtATime } from './oneAtATime.ts';
import { onePerTurn } from './onePerTurn.ts';
import { PageCache } from './pageCache.ts';
import { SecondAsk } from './secondAsk.ts';

export const pageCache = new PageCache(PAGE_CACHE_MB * 1024 * 1024, CACHE_MAX_AGE * 1000);

/**
 * How long a page's first reader waits for the compressed copy being made for storage (a few ms
 * for a page; longer only behind other pages' compressions in a burst): then the page as is.
 */
const FIRST_READER_WAIT_MS = 100;

/** Pages being compressed for storage: a second reader waits for them instead of rendering again. */
const storing = new Map<string, Promise<void>>();
const secondAsk = new SecondAsk();

/** One compression at a time (oneAtATime.ts says why). */
const compressing = oneAtATime();

export type CacheOutcome = 'HIT' | 'MISS' | 'BYPASS';

/** What a shared cache may do with a public answer: keep it CACHE_MAX_AGE s, serve it stale while refetching. */
function cacheHeaders(tags: string[]): Record<string, string> {
  return {
    'Cache-Control': `public, max-age=0, s-maxage=${CACHE_MAX_AGE}, stale-while-revalidate=${Math.max(60, Math.round(CACHE_MAX_AGE / 5))}`,
    // Surrogate keys: lets a front cache drop every URL of a tag, query-string variants included.
    'Cache-Tag': tags.join(' '),
  };
}

function storable(response: Response, context: APIContext): boolean {
  if (response.status !== 200 || response.headers.has('content-encoding') || response.headers.has('set-cookie')) return false;
  if (!context.cookies.headers().next().done) return false;
  return !/no-store|private/i.test(response.headers.get('cache-control') ?? '');
}

/** A route's own `no-cache` (always revalidate) is kept; everything else gets the shared policy. */
function policy(own: string | null | undefined, tags: string[], outcome: CacheOutcome): Record<string, string> {
  const headers = cacheHeaders(tags);
  if (own && /no-cache/i.test(own)) delete headers['Cache-Control'];
  return { ...headers, 'X-Cache': outcome };
}

/** A rendered answer that is not stored, with `body` as is and the shared cache policy. */
function unstoredMiss(rendered: Response, body: ReadableStream<Uint8Array> | null, tags: string[]): Response {
  const headers = new Headers(rendered.headers);
  for (const [k, v] of Object.entries(policy(rendered.headers.get('cache-control'), tags, 'MISS'))) headers.set(k, v);
  return new Response(body, { status: rendered.status, headers });
}

const entryPolicy = (entry: CacheEntry, outcome: CacheOutcome) =>
  policy(entry.headers.find(([k]) => k.toLowerCase() === 'cache-control')?.[1], entry.tags, outcome);

/** Brings the tag versions up to date (and lets due scheduled updates go live); returns the newest. */
async function readVersions(): Promise<number> {
  const db = await getDb();
  const builtAfter = await pageCache.sync(db);
  return (await goLive(db, builtAfter)) ? pageCache.sync(db) : builtAfter;
}

/** Shared by the requests of one turn of the event loop, yet as fresh for each (onePerTurn.ts). */
const syncVersions = onePerTurn(readVersions);

/**
 * A stored answer for an anonymous GET (or the version read, on a miss): what
 * src/server/http/serve.ts asks before handing a request to Astro at all (through
 * cachedHitBridge.ts), so a hit costs no pipeline and a miss no second version read.
 */
export async function cachedAnswer(request: RawGet): Promise<Lookup> {
  if (hasSessionCookie(request.cookie) || !pageTags(request.pathname)) return undefined;
  const version = await syncVersions();
  const hit = pageCache.get(cacheKey(request.host, request.pathname, request.search));
  if (!hit) return { version };
  const { acceptEncoding, ifNoneMatch, ifModifiedSince, head } = request.conditions;
  if (ifNoneMatch !== null || ifModifiedSince !== null || head) return { answer: answer(hit, request.conditions, entryPolicy(hit, 'HIT')) };
  // A plain GET gets the same answer every time for the same Accept-Encoding: built once per
  // entry, and the same object, so serve.ts can keep its final headers too.
  let byAccept = plainAnswers.get(hit);
  if (!byAccept) plainAnswers.set(hit, (byAccept = new Map()));
  let found = byAccept.get(acceptEncoding ?? '');
  if (!found) {
    found = answer(hit, request.conditions, entryPolicy(hit, 'HIT'));
    if (byAccept.size < 8) byAccept.set(acceptEncoding ?? '', found);
  }
  return { answer: found };
}

/** Per stored entry, its plain-GET answers; they go when the entry does. */
const plainAnswers = new WeakMap<CacheEntry, Map<string, Answer>>();

/**
 * `render` is the middleware's `next` for pages, and the handler behind the rate limit for the
 * open-data API (apiRoute.ts), so a cached API answer still counts against the caller's limit.
 */
export async function servePublic(context: APIContext, next: () => Promise<Response>): Promise<{ response: Response; outcome: CacheOutcome }> {
  const anonymous = readSessionCookie(context.cookies, context.url) === undefined && !context.locals.user;
  // HEAD gets what GET would (RFC 9110 §9.3.2): the same stored copy and validators, no body.
  const head = context.request.method === 'HEAD';
  const tags = (context.request.method === 'GET' || head) && anonymous ? pageTags(context.url.pathname) : null;
  if (!tags) return { response: await next(), outcome: 'BYPASS' };
  const key = cacheKey(context.request.headers.get('host'), context.url.pathname, context.url.search);
  // serve.ts may have read it already, for this very request (its lookup missed).
  let builtAfter = context.locals.cacheVersion;
  if (builtAfter === undefined) {
    try {
      builtAfter = await syncVersions();
    } catch {
      // No database: the page renders its own error (with the usual headers), never from cache.
      return { response: await next(), outcome: 'BYPASS' };
    }
    context.locals.cacheVersion = builtAfter;
  }
  let hit = pageCache.get(key);
  if (!hit && storing.has(key)) {
    await storing.get(key);
    hit = pageCache.get(key);
  }
  if (hit) return { response: respond(hit, context.request, entryPolicy(hit, 'HIT')), outcome: 'HIT' };

  // Decided before rendering: an answer that will not be stored streams out as Astro renders it.
  // Holding it whole to hash an ETag nobody can use yet (a one-off address: `?r=`, a search, a
  // rare filter) cost ~15 % of an uncached page's main-thread CPU (issue #9, measured).
  const worthKeeping = !head && secondAsk.admit(key, context.url.search);
  const rendered = await next();
  if (!storable(rendered, context)) return { response: rendered, outcome: 'BYPASS' };
  if (!worthKeeping && !head) return { response: unstoredMiss(rendered, rendered.body, tags), outcome: 'MISS' };
  // The route answered HEAD itself (the API's validators, which a stored GET keeps too).
  if (head && rendered.body === null) return { response: unstoredMiss(rendered, null, tags), outcome: 'MISS' };
  const read = await bufferUpTo(rendered.body, pageCache.largestEntry);
  // Too large to keep here; a front cache may still keep it.
  if ('stream' in read) return { response: unstoredMiss(rendered, read.stream, tags), outcome: 'MISS' };
  const entry = plainEntry(rendered.status, rendered.headers, read.kept, tags, builtAfter);
  if (!worthKeeping || !pageCache.enabled) {
    // Not stored, so not compressed either: no request compresses only for itself.
    return { response: respond(entry, context.request, entryPolicy(entry, 'MISS')), outcome: 'MISS' };
  }
  const compressed = compressing(() => compressEntry(entry));
  storing.set(
    key,
    compressed
      .then((done) => pageCache.set(key, done))
      .catch(() => undefined)
      .finally(() => storing.delete(key)),
  );
  // The variants are made for storage in any case; the first reader gets one too when it is ready
  // soon (a phone on mobile data then loads a fifth of the bytes), the page as rendered otherwise.
  let first = entry;
  if (pickEncoding(context.request.headers.get('accept-encoding'))) {
    first = await Promise.race([compressed.catch(() => entry), sleep(FIRST_READER_WAIT_MS).then(() => entry)]);
  }
  return { response: respond(first, context.request, entryPolicy(first, 'MISS')), outcome: 'MISS' };
}

offerCachedAnswers(cachedAnswer);
