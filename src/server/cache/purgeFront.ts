/**
 * Tells the front cache (CACHE_PURGE_URL, e.g. Varnish at http://127.0.0.1:6081) what a publish
 * made stale (issue #9, point 2): one PURGE per exact URL of the tags, then one BAN carrying the
 * tags (`X-Cache-Tags`), which drops the query-string variants (filtered lists, map data) that
 * no list of URLs can name. Our responses carry those tags in `Cache-Tag`; see
 * test/fixtures/varnish.vcl for the matching VCL.
 */
import { CACHE_PURGE_URL } from 'astro:env/server';
import { banFrontCache } from '../../../db/banFrontCache.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { tagPaths } from '../../lib/cacheTags.ts';

export async function purgeFront(tags: readonly string[], base = CACHE_PURGE_URL): Promise<void> {
  if (!base || tags.length === 0) return;
  const purge = (path: string) => fetch(new URL(path, base), { method: 'PURGE', signal: AbortSignal.timeout(5000) }).then((r) => r.body?.cancel());
  await Promise.all(tagPaths(tags, localeCodes).map(purge));
  await banFrontCache(base, tags);
}
