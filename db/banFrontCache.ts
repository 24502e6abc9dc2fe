/**
 * Tells the front cache (CACHE_PURGE_URL, e.g. Varnish) to drop every object whose `Cache-Tag`
 * has one of `tags`: one BAN carrying them in `X-Cache-Tags` (test/fixtures/varnish.vcl). Used by
 * the server after a publish (src/server/cache/purgeFront.ts) and by the import CLIs, which run
 * outside Astro and so read the setting from the environment (db/import/dropFrontCache.ts).
 */
export async function banFrontCache(base: string, tags: readonly string[]): Promise<void> {
  const res = await fetch(new URL('/', base), { method: 'BAN', headers: { 'X-Cache-Tags': tags.join(' ') }, signal: AbortSignal.timeout(5000) });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`it answered ${res.status} to BAN`);
}
