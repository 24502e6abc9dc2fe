/**
 * After an import CLI's commit: every public page may show what it changed (the import bumped
 * the `all` cache tag, so the servers' own caches already dropped them), so the front cache is
 * told to drop them too when CACHE_PURGE_URL is set, as the server does after a publish. A
 * front cache that cannot be told never fails the import: it keeps pages at most s-maxage.
 */
import { banFrontCache } from '../banFrontCache.ts';

export async function dropFrontCache(base = process.env.CACHE_PURGE_URL): Promise<void> {
  if (!base) return;
  try {
    await banFrontCache(base, ['all']);
    console.log(`Front cache at ${base} told to drop every public page.`);
  } catch (error) {
    console.error(`warning: the front cache at ${base} could not be told to drop its pages (${(error as Error).message}); it keeps them at most CACHE_MAX_AGE seconds.`);
  }
}
