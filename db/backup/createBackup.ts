/**
 * Writes a backup folder: an online, consistent copy of the database made with `VACUUM INTO`
 * (one read transaction, so writers carry on and the copy is a single point in time), the
 * uploads folder, and a SHA-256 manifest (issue #10, point 4). Run inside the process that owns
 * the database (POST /internal/backup) or, when no server has it open, by `npm run backup`.
 */
import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { DATABASE_FILE, MEDIA_FOLDER, writeManifest } from './manifest.ts';

export interface BackupResult {
  dir: string;
  files: number;
  bytes: number;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** @example await createBackup(db.$client, '/srv/data/media', '/srv/backups/2025-01-31') */
export async function createBackup(client: Client, mediaDir: string, dir: string, now = new Date()): Promise<BackupResult> {
  // Never mix a new copy into an older one: the folder must be new (or empty).
  if ((await exists(dir)) && (await readdir(dir)).length > 0) throw new Error(`${dir} already exists and is not empty`);
  await mkdir(dir, { recursive: true });
  const dbCopy = join(dir, DATABASE_FILE);
  await client.execute({ sql: 'VACUUM INTO ?', args: [dbCopy] });
  const mediaCopy = join(dir, MEDIA_FOLDER);
  // Photos are written to a temp folder and renamed into place (processPhoto.ts), so a copy
  // taken while one is uploaded sees either all of its files or none.
  if (await exists(mediaDir)) await cp(mediaDir, mediaCopy, { recursive: true, filter: (src) => !/\/\.tmp-/.test(src) });
  else await mkdir(mediaCopy);
  const manifest = await writeManifest(dir, now);
  let bytes = 0;
  for (const path of Object.keys(manifest.files)) bytes += (await stat(join(dir, path))).size;
  return { dir, files: Object.keys(manifest.files).length, bytes };
}
