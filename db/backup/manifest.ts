/**
 * The checksum manifest of a backup folder (issue #10, point 4): every file's SHA-256, so a
 * restore can tell a complete, untouched copy from a truncated or altered one before it
 * replaces anything.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const MANIFEST = 'manifest.json';
export const DATABASE_FILE = 'periferie.db';
export const MEDIA_FOLDER = 'media';

export interface Manifest {
  format: 1;
  createdAt: string;
  /** Relative path (always with `/`) → lowercase hex SHA-256. */
  files: Record<string, string>;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

/** Every regular file under `dir`, as paths relative to it with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => p !== MANIFEST)
    .sort();
}

export async function writeManifest(dir: string, now = new Date()): Promise<Manifest> {
  const files: Record<string, string> = {};
  for (const path of await listFiles(dir)) files[path] = await sha256File(join(dir, path));
  const manifest: Manifest = { format: 1, createdAt: now.toISOString(), files };
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The problems found comparing `dir` with its manifest; empty when every checksum matches. */
export async function checkManifest(dir: string): Promise<string[]> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'));
  } catch {
    return [`${MANIFEST} is missing or not JSON`];
  }
  if (manifest?.format !== 1 || typeof manifest.files !== 'object') return [`${MANIFEST} has an unknown format`];
  const problems: string[] = [];
  if (!(DATABASE_FILE in manifest.files)) problems.push(`${DATABASE_FILE} is not listed in ${MANIFEST}`);
  const present = new Set(await listFiles(dir).catch(() => []));
  for (const [path, expected] of Object.entries(manifest.files)) {
    if (!present.has(path)) problems.push(`${path} is missing`);
    else if ((await sha256File(join(dir, path))) !== expected) problems.push(`${path} does not match its checksum`);
    present.delete(path);
  }
  for (const extra of present) problems.push(`${extra} is not listed in ${MANIFEST}`);
  return problems;
}
