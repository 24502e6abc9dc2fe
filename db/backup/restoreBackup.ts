/**
 * Restores a backup folder over a database file and uploads folder (issue #10, point 4). Nothing
 * is replaced until the backup has proved whole: every checksum of its manifest, SQLite's
 * `PRAGMA integrity_check`, and drizzle's migrations table. It refuses while a process has the
 * database open, and swaps by rename, so the live paths always hold either the old or the new
 * copy. What was there before is kept beside them as `*.pre-restore-<time>`.
 */
import { cp, copyFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { checkManifest, DATABASE_FILE, MEDIA_FOLDER } from './manifest.ts';
import { liveOwner, processesHolding } from './owner.ts';

export class RestoreError extends Error {}

export interface RestoreTarget {
  /** Absolute path of the database file to replace. */
  dbPath: string;
  /** The uploads folder to replace (DATA_DIR/media). */
  mediaDir: string;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Integrity and schema checks of a database copy; the list of problems, empty when sound. */
export async function checkDatabase(path: string): Promise<string[]> {
  const client = createClient({ url: `file:${path}` });
  try {
    const integrity = await client.execute('PRAGMA integrity_check');
    const verdict = integrity.rows.map((r) => String(r[0]));
    if (verdict.join() !== 'ok') return [`integrity_check: ${verdict.slice(0, 5).join('; ')}`];
    const table = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'");
    if (Number(table.rows[0].n) === 0) return ['no __drizzle_migrations table: not a Periferie Milano database'];
    const applied = await client.execute('SELECT count(*) AS n FROM __drizzle_migrations');
    if (Number(applied.rows[0].n) === 0) return ['no migration recorded'];
    return [];
  } catch (error) {
    return [`not a readable SQLite database (${(error as Error).message})`];
  } finally {
    client.close();
  }
}

/** Throws RestoreError, touching nothing, when a process still has `dbPath` open. */
export function assertNotInUse(dbPath: string): void {
  const owner = liveOwner(dbPath);
  if (owner) throw new RestoreError(`a server (pid ${owner.pid}) has ${dbPath} open: stop it first`);
  const holders = processesHolding(dbPath);
  if (holders.length) throw new RestoreError(`process ${holders.join(', ')} has ${dbPath} open: stop it first`);
}

export async function restoreBackup(backupDir: string, target: RestoreTarget, now = new Date()) {
  const problems = await checkManifest(backupDir);
  if (problems.length) throw new RestoreError(`backup refused: ${problems.join('; ')}`);
  assertNotInUse(target.dbPath);

  const stamp = now.toISOString().replace(/[:.]/g, '-');
  // Staged beside the targets (same file system), so the final renames are atomic.
  const stagedDb = `${target.dbPath}.restore-${stamp}`;
  const stagedMedia = `${target.mediaDir}.restore-${stamp}`;
  try {
    await copyFile(join(backupDir, DATABASE_FILE), stagedDb);
    const dbProblems = await checkDatabase(stagedDb);
    if (dbProblems.length) throw new RestoreError(`backup refused: ${dbProblems.join('; ')}`);
    await cp(join(backupDir, MEDIA_FOLDER), stagedMedia, { recursive: true });
  } catch (error) {
    await rm(stagedDb, { force: true });
    await rm(stagedMedia, { recursive: true, force: true });
    throw error;
  }
  assertNotInUse(target.dbPath); // a server may have started while we copied

  const kept: string[] = [];
  if (await exists(target.dbPath)) {
    await copyFile(target.dbPath, `${target.dbPath}.pre-restore-${stamp}`);
    kept.push(`${target.dbPath}.pre-restore-${stamp}`);
  }
  // A WAL left by the old file must not be replayed onto the restored one.
  for (const suffix of ['-wal', '-shm']) {
    if (await exists(target.dbPath + suffix)) await rename(target.dbPath + suffix, `${target.dbPath}.pre-restore-${stamp}${suffix}`);
  }
  await rename(stagedDb, target.dbPath);
  if (await exists(target.mediaDir)) {
    await rename(target.mediaDir, `${target.mediaDir}.pre-restore-${stamp}`);
    kept.push(`${target.mediaDir}.pre-restore-${stamp}`);
  }
  await rename(stagedMedia, target.mediaDir);
  return { kept };
}
