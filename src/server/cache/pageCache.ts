/**
 * The server's cache of public responses (issue #9, point 1): least recently used first out,
 * bounded in bytes. Correct across instances: before answering, it asks the database for the
 * newest tag version (one indexed query); only when that moved does it read which tags changed,
 * and an entry is served only while none of its tags is newer than the version it was built
 * after. So a publish by any instance, or by an import CLI, is seen on the next request.
 */
import type { Db } from '../../../db/client.ts';
import { cacheTagsSince, latestCacheVersion } from '../../../db/cacheVersions.ts';
import type { CacheEntry } from './cacheEntry.ts';

export class PageCache {
  private entries = new Map<string, CacheEntry>();
  private tagVersions = new Map<string, number>();
  private known = -1;
  private bytes = 0;

  /** `maxAgeMs` bounds what no write bumps: a page's time-bound parts (form stamps, dated impacts). */
  private readonly maxBytes: number;
  private readonly maxAgeMs: number;

  constructor(maxBytes: number, maxAgeMs = 300_000) {
    this.maxBytes = maxBytes;
    this.maxAgeMs = maxAgeMs;
  }

  get enabled() {
    return this.maxBytes > 0;
  }

  /** The largest page kept, as is plus compressed: half the cache, so one page cannot flush the rest. */
  get largestEntry() {
    return Math.floor(this.maxBytes / 2);
  }

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Brings the tag versions up to date; returns the newest version, to build a page after. */
  async sync(db: Db): Promise<number> {
    const latest = await latestCacheVersion(db);
    if (this.known < 0) {
      // First look: nothing is stored yet, so older versions cannot make anything stale.
      this.known = latest;
    } else if (latest > this.known) {
      const since = this.known;
      for (const row of await cacheTagsSince(db, since)) {
        if ((this.tagVersions.get(row.tag) ?? 0) < row.version) this.tagVersions.set(row.tag, row.version);
      }
      this.known = Math.max(this.known, latest);
    }
    return latest;
  }

  private fresh(entry: CacheEntry): boolean {
    if (Date.now() - entry.storedAt > this.maxAgeMs) return false;
    return entry.tags.every((tag) => (this.tagVersions.get(tag) ?? 0) <= entry.builtAfter);
  }

  /** The entry if still valid (call sync first); a hit becomes the most recently used. */
  get(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (!this.fresh(entry)) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    if (this.maxBytes <= 0 || entry.bytes > this.largestEntry) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    if (!this.fresh(entry)) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }
}
