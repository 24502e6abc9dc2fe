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

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

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
  const client = createClient({
    url,
    authToken: options.authToken,
    // libSQL enables foreign keys on every connection already; `timeout` is SQLite's
    // busy_timeout, so a writer waits for another instead of failing with SQLITE_BUSY.
    timeout: 5000,
  });
  if (url.startsWith('file:') && !url.includes(':memory:')) {
    // WAL lets readers go on while a writer commits. It is a property of the file, set once.
    await client.execute('PRAGMA journal_mode = WAL');
  }
  return drizzle(client, { schema }) as Db;
}
