/** Backups and restores of a real, populated database file with uploads (issue #10, point 4). */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '@libsql/client';
import { createBackup } from '../../db/backup/createBackup.ts';
import { checkManifest, sha256File, writeManifest } from '../../db/backup/manifest.ts';
import { RestoreError, restoreBackup } from '../../db/backup/restoreBackup.ts';
import { createDb } from '../../db/client.ts';
import { seedDemo } from '../../db/seed.ts';
import { tempFileDb } from '../helpers/db.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Every row of every table, sorted, as JSON: two databases with equal dumps hold the same records. */
async function dump(client: Client) {
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name");
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    const rows = await client.execute(`SELECT * FROM "${String(name)}"`);
    out[String(name)] = rows.rows.map((r) => JSON.stringify(Object.values(r))).sort();
  }
  return out;
}

let source: Awaited<ReturnType<typeof tempFileDb>>;
let work: string;
let backupDir: string;
let mediaDir: string;

beforeAll(async () => {
  source = await tempFileDb();
  await seedDemo(source.db);
  work = mkdtempSync(join(tmpdir(), 'periferie-backup-'));
  mediaDir = join(work, 'media');
  mkdirSync(join(mediaDir, 'a'.repeat(32)), { recursive: true });
  writeFileSync(join(mediaDir, 'a'.repeat(32), '640.webp'), Buffer.from('not really a photo, but bytes'));
  writeFileSync(join(mediaDir, 'a'.repeat(32), '640.jpg'), Buffer.alloc(4096, 7));
  mkdirSync(join(mediaDir, '.tmp-half-written'));
  writeFileSync(join(mediaDir, '.tmp-half-written', '320.webp'), 'partial');
  backupDir = join(work, 'backup');
  await createBackup(source.db.$client, mediaDir, backupDir);
}, 60_000);
afterAll(() => {
  source.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the good backup to damage. */
async function copyOfBackup(name: string) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  await run('cp', ['-r', `${backupDir}/.`, dir]);
  return dir;
}

describe('backup and restore', () => {
  it('writes the database, the finished uploads and a manifest whose checksums hold', async () => {
    expect(await checkManifest(backupDir)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files).sort()).toEqual(['media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/640.jpg', 'media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/640.webp', 'periferie.db']);
    expect(manifest.files['periferie.db']).toBe(await sha256File(join(backupDir, 'periferie.db')));
  });

  it('refuses to write into a folder that already holds files', async () => {
    await expect(createBackup(source.db.$client, mediaDir, backupDir)).rejects.toThrow(/not empty/);
  });

  it('restores into a new location and every record and upload is there', async () => {
    const target = join(work, 'restored');
    mkdirSync(target);
    const dbPath = join(target, 'site.db');
    await restoreBackup(backupDir, { dbPath, mediaDir: join(target, 'media') });
    const restored = await createDb(`file:${dbPath}`);
    try {
      const [before, after] = [await dump(source.db.$client), await dump(restored.$client)];
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(before.projects.length).toBeGreaterThan(10);
      expect(after).toEqual(before);
    } finally {
      restored.$client.close();
    }
    expect(readFileSync(join(target, 'media', 'a'.repeat(32), '640.jpg'))).toEqual(Buffer.alloc(4096, 7));
  });

  it('refuses a backup with an altered byte and replaces nothing', async () => {
    const bad = await copyOfBackup('bad-checksum');
    const file = join(bad, 'periferie.db');
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] ^= 0xff;
    writeFileSync(file, bytes);
    const target = join(work, 'untouched');
    mkdirSync(join(target, 'media'), { recursive: true });
    writeFileSync(join(target, 'site.db'), 'the old database');
    await expect(restoreBackup(bad, { dbPath: join(target, 'site.db'), mediaDir: join(target, 'media') })).rejects.toThrow(/periferie.db does not match/);
    expect(readFileSync(join(target, 'site.db'), 'utf8')).toBe('the old database');
  });

  it('refuses a corrupt database even when its manifest was rewritten to match', async () => {
    const bad = await copyOfBackup('bad-integrity');
    const file = join(bad, 'periferie.db');
    const bytes = readFileSync(file);
    bytes.fill(0x41, 4096, 4096 * 3); // two pages of garbage after the header page
    writeFileSync(file, bytes);
    await writeManifest(bad);
    const target = join(work, 'untouched-2');
    mkdirSync(target);
    await expect(restoreBackup(bad, { dbPath: join(target, 'site.db'), mediaDir: join(target, 'media') })).rejects.toThrow(RestoreError);
    expect(existsSync(join(target, 'site.db'))).toBe(false);
    expect(existsSync(join(target, 'media'))).toBe(false);
  });

  it('refuses a database without migrations and a missing or extra file', async () => {
    const foreign = await copyOfBackup('foreign');
    const client = createClient({ url: `file:${join(foreign, 'periferie.db')}` });
    await client.execute('DROP TABLE __drizzle_migrations');
    client.close();
    await writeManifest(foreign);
    const target = { dbPath: join(work, 'x.db'), mediaDir: join(work, 'x-media') };
    await expect(restoreBackup(foreign, target)).rejects.toThrow(/__drizzle_migrations/);
    const extra = await copyOfBackup('extra');
    writeFileSync(join(extra, 'media', 'evil.sh'), 'echo');
    await expect(restoreBackup(extra, target)).rejects.toThrow(/evil.sh is not listed/);
    expect(existsSync(target.dbPath)).toBe(false);
  });

  it('the CLIs back up a file no server owns, and restore refuses while a process holds the file', async () => {
    const out = join(work, 'cli-backup');
    const env = { ...process.env, DATABASE_URL: source.url, DATA_DIR: work };
    const made = await run(process.execPath, ['db/backup/backup-cli.ts', '--out', out], { cwd: root, env });
    expect(made.stdout).toMatch(/Wrote .*cli-backup: 3 files/);
    expect(await checkManifest(out)).toEqual([]);
    // This test process still has the source open: the restore must refuse and leave it alone.
    const before = await sha256File(source.url.slice('file:'.length));
    const refused = await run(process.execPath, ['db/backup/restore-cli.ts', out], { cwd: root, env }).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/has .*test\.db open: stop it first/);
    expect(await sha256File(source.url.slice('file:'.length))).toBe(before);
  });
});
