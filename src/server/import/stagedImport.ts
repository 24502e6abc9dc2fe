/**
 * Uploaded import files between the dry run and the commit (issue #6, back-office import).
 *
 * Why on disk rather than posted again: without JavaScript a browser cannot re-send a file the
 * person chose on the previous page (file inputs are never pre-filled), and asking to pick the
 * file twice invites committing a different file from the one checked. So the dry run keeps the
 * exact bytes under DATA_DIR/imports/<random id>, readable only by the account that uploaded
 * them, for 30 minutes; the commit re-reads those bytes, plans again against the database as it
 * is then (it may have changed meanwhile) and deletes them. Expired files are swept at each upload.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DATA_DIR } from 'astro:env/server';

export const STAGED_MINUTES = 30;
const ID = /^[a-f0-9]{32}$/;

export interface StagedMeta {
  fileName: string;
  userId: number;
  publish: boolean;
  stagedAt: number;
}

export function importDir(): string {
  return resolve(DATA_DIR, 'imports');
}

const expired = (ms: number) => Date.now() - ms > STAGED_MINUTES * 60_000;

/** Deletes staged files past their time; a failure here never blocks an upload. */
async function sweep(dir: string) {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && expired(info.mtimeMs)) await rm(path, { force: true }).catch(() => undefined);
  }
}

/** @example const id = await stageImport(bytes, { fileName: 'progetti.csv', userId: 3, publish: false, stagedAt: Date.now() }) */
export async function stageImport(bytes: Uint8Array, meta: StagedMeta, dir = importDir()): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await sweep(dir);
  const id = randomBytes(16).toString('hex');
  await writeFile(join(dir, `${id}.bin`), bytes, { mode: 0o600 });
  await writeFile(join(dir, `${id}.json`), JSON.stringify(meta), { mode: 0o600 });
  return id;
}

/** The staged file, if the id is well formed, not expired and uploaded by this account. */
export async function loadStagedImport(id: string, userId: number, dir = importDir()): Promise<{ meta: StagedMeta; bytes: Uint8Array } | null> {
  if (!ID.test(id)) return null;
  try {
    const meta = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as StagedMeta;
    if (meta.userId !== userId || expired(meta.stagedAt)) return null;
    return { meta, bytes: await readFile(join(dir, `${id}.bin`)) };
  } catch {
    return null;
  }
}

export async function discardStagedImport(id: string, dir = importDir()): Promise<void> {
  if (!ID.test(id)) return;
  await rm(join(dir, `${id}.bin`), { force: true });
  await rm(join(dir, `${id}.json`), { force: true });
}
