/**
 * Opens the database. A `file:` URL is the embedded default; `libsql://`, `http(s)://` or
 * `ws(s)://` reaches a libSQL server (sqld, Turso) for scale-out. Imports nothing from astro:*
 * so the CLI scripts, the tests and the server share it.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema.ts';
import { serialWrites } from './serialWrites.ts';

/** How long a write waits for another process's lock before the request gets a 503. */
const BUSY_WAIT_MS = 5000;

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };
/** A transaction of `Db` (a nested `transaction` on it is a savepoint). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DbOptions {
  authToken?: string;
}

/** Folder of a `file:` URL, so that a fresh clone can create `data/` on first start. */
function ensureFileFolder(url: string) {
  if (!url.startsWith('file:') || url.includes(':memory:')) return;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
  mkdirSync(dirname(path), { recursive: true });
}

/** @example const db = await createDb('file:data/periferie.db') */
export async function createDb(url: string, options: DbOptions = {}): Promise<Db> {
  ensureFileFolder(url);
  const local = url.startsWith('file:');
  const opened = createClient({
    url,
    authToken: options.authToken,
    // libSQL enables foreign keys on every connection already. For a file, `timeout` is
    // SQLite's busy_timeout, which sleeps on the main thread: kept short, and the real wait
    // for another process's lock is serialWrites' timers (db/serialWrites.ts).
    timeout: local ? 10 : BUSY_WAIT_MS,
    // With writes taking turns, one pooled connection is held by a transaction at a time and
    // every other borrow is a synchronous call: a few connections serve any load, and each
    // one not opened saves its page cache and prepared statements (issue #9, memory).
    concurrency: 4,
  });
  const client = local ? serialWrites(opened, { waitMs: BUSY_WAIT_MS }) : opened;
  if (local && !url.includes(':memory:')) {
    // WAL lets readers go on while a writer commits. It is a property of the file, set once.
    await client.execute('PRAGMA journal_mode = WAL');
  }
  return drizzle(client, { schema }) as Db;
}
