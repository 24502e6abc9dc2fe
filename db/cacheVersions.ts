/**
 * The shared versions of the page cache's tags (issue #9, point 1), in `cache_tags`. Writers
 * bump tags inside their own transaction; every instance's page cache reads the newest version
 * on each cacheable request (one indexed `max`) and, only when it moved, the tags that changed.
 * Imports nothing from src/ so the import CLIs bump the same table.
 */
import { gt, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';
import { cacheTags } from './schema.ts';


/**
 * Gives every tag one new version, above every version so far. Call it inside the write's
 * transaction (after its first write, which holds SQLite's write lock, so no other writer can
 * read the same maximum).
 */
export async function bumpCacheTags(tx: Db | Tx, tags: readonly string[]): Promise<number> {
  const unique = [...new Set(tags)];
  const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${cacheTags.version}), 0) + 1` }).from(cacheTags);
  if (unique.length === 0) return Number(next);
  const changedAt = new Date().toISOString();
  await tx
    .insert(cacheTags)
    .values(unique.map((tag) => ({ tag, version: Number(next), changedAt })))
    .onConflictDoUpdate({ target: cacheTags.tag, set: { version: sql`excluded.version`, changedAt: sql`excluded.changed_at` } });
  return Number(next);
}

/**
 * When public output last changed: the time of the newest bump (one indexed row), so the open
 * data's Last-Modified moves when a project leaves an answer or a programme's works change, which
 * the answer's own rows cannot tell. Null before anything was bumped.
 */
export async function lastPublicChange(db: Db): Promise<string | null> {
  const { rows } = await db.$client.execute('select changed_at from cache_tags order by version desc limit 1');
  return rows.length ? ((rows[0].changed_at as string | null) ?? null) : null;
}

/** On every cacheable request: the raw client, since the query builder would double its cost. */
export async function latestCacheVersion(db: Db): Promise<number> {
  const { rows } = await db.$client.execute('select coalesce(max(version), 0) as v from cache_tags');
  return Number(rows[0].v);
}

export async function cacheTagsSince(db: Db, version: number): Promise<{ tag: string; version: number }[]> {
  return db.select({ tag: cacheTags.tag, version: cacheTags.version }).from(cacheTags).where(gt(cacheTags.version, version));
}
