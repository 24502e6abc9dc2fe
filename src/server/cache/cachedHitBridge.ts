/**
 * Where the raw HTTP layer (src/server/http/serve.ts) finds the page cache (issue #9). serve.ts
 * runs from source and imports the built server bundle, so the two are separate module graphs
 * with separate copies of every module: they meet on one well-known global instead, which the
 * bundle sets when it loads (servePublic.ts) and serve.ts reads. No global, no fast path.
 */
import type { Answer, Conditions } from './cacheEntry.ts';

/** What the raw HTTP layer knows of a GET before Astro builds a Request. */
export interface RawGet {
  host: string | null;
  pathname: string;
  search: string;
  cookie: string | null;
  conditions: Conditions;
}

/**
 * A stored answer; on a miss, the cache tag version it read (handed to Astro as
 * `locals.cacheVersion`, so the render does not read it again); undefined when the request is
 * not for the page cache at all.
 */
export type Lookup = { answer: Answer } | { version: number } | undefined;
export type CachedAnswer = (request: RawGet) => Promise<Lookup>;

/** The same key for the middleware and the raw HTTP layer: the Host header as sent, path, query. */
export const cacheKey = (host: string | null, pathname: string, search: string) => `${host ?? ''}${pathname}${search}`;

const slot = Symbol.for('periferie-milano.cachedAnswer');
const registry = globalThis as typeof globalThis & { [slot]?: CachedAnswer };

export function offerCachedAnswers(lookup: CachedAnswer): void {
  registry[slot] = lookup;
}

export function cachedAnswers(): CachedAnswer | undefined {
  return registry[slot];
}
