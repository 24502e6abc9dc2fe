/**
 * `npm run backup -- [--out DIR]`: backs up DATABASE_URL (default file:data/periferie.db) and
 * DATA_DIR/media (default data/media) into DIR (default DATA_DIR/backups/<time>).
 *
 * When a server owns the database (its `<db>.owner.json` names a live process), the copy is
 * made by that process through POST /internal/backup on loopback, authenticated with the
 * server's BACKUP_TOKEN, so the copy is taken by the one process writing the file. Otherwise the
 * file is opened here.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@libsql/client';
import { createBackup, type BackupResult } from './createBackup.ts';
import { databasePath, liveOwner, processesHolding } from './owner.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const dataDir = process.env.DATA_DIR ?? 'data';
const url = process.env.DATABASE_URL ?? 'file:data/periferie.db';
const dbPath = databasePath(url) ?? fail(`${url} is not a local file: back up a libSQL server with its own tools.`);
const out = resolve(values.out ?? `${dataDir}/backups/${new Date().toISOString().replace(/[:.]/g, '-')}`);

let result: BackupResult;
const owner = liveOwner(dbPath);
if (owner) {
  const token = process.env.BACKUP_TOKEN || fail(`The server (pid ${owner.pid}) owns ${dbPath}: set BACKUP_TOKEN to its token to ask it for the copy.`);
  if (!owner.port) fail(`The server (pid ${owner.pid}) did not record its port.`);
  const res = await fetch(`http://127.0.0.1:${owner.port}/internal/backup`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ out }),
  }).catch((error: Error) => fail(`Could not reach the server on port ${owner.port}: ${error.message}`));
  if (!res.ok) fail(`The server refused the backup (${res.status}): ${await res.text()}`);
  result = await res.json();
  console.log(`Backup made by the server (pid ${owner.pid}).`);
} else {
  const holders = processesHolding(dbPath);
  // VACUUM INTO is one read transaction, so the copy is consistent even then; say so anyway.
  if (holders.length) console.warn(`Note: process ${holders.join(', ')} has the database open without an owner record; copying from here.`);
  const client = createClient({ url: `file:${dbPath}`, timeout: 5000 });
  try {
    result = await createBackup(client, resolve(dataDir, 'media'), out);
  } finally {
    client.close();
  }
}
console.log(`Wrote ${result.dir}: ${result.files} files, ${result.bytes} bytes, checksums in manifest.json.`);
