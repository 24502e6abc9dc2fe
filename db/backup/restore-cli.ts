/**
 * `npm run restore -- <backup folder>`: replaces DATABASE_URL's file (default
 * file:data/periferie.db) and DATA_DIR/media with the backup, after checking every checksum,
 * the database's integrity and its migrations table. Stop the server first: it refuses while
 * any process has the database open. The previous files stay beside as `*.pre-restore-<time>`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath } from './owner.ts';
import { RestoreError, restoreBackup } from './restoreBackup.ts';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: npm run restore -- <backup folder>');
  process.exit(1);
}
const url = process.env.DATABASE_URL ?? 'file:data/periferie.db';
const dbPath = databasePath(url);
if (!dbPath) {
  console.error(`${url} is not a local file: restore a libSQL server with its own tools.`);
  process.exit(1);
}
try {
  const { kept } = await restoreBackup(resolve(positionals[0]), { dbPath, mediaDir: resolve(process.env.DATA_DIR ?? 'data', 'media') });
  console.log(`Restored ${positionals[0]} into ${dbPath}.${kept.length ? ` Previous copies kept: ${kept.join(', ')}` : ''}`);
} catch (error) {
  if (!(error instanceof RestoreError)) throw error;
  console.error(error.message);
  process.exit(1);
}
