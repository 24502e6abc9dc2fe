/**
 * A real libSQL database for a test: in memory by default, or a temp file when the test needs
 * several connections or a second process. Migrations are applied, nothing is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { bumpCacheTags } from '../../db/cacheVersions.ts';
import { officialDir } from './officialDir.ts';

export async function memoryDb(): Promise<Db> {
  const db = await createDb(':memory:');
  await applyMigrations(db);
  return db;
}

export async function tempFileDb(): Promise<{ db: Db; url: string; dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'periferie-test-'));
  const url = `file:${join(dir, 'test.db')}`;
  const db = await createDb(url);
  await applyMigrations(db);
  return {
    db,
    url,
    dir,
    cleanup: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The City's official files (officialDir.ts says where they are found). */
export const officialData = {
  nil: join(officialDir, 'ds964_nil_wm.geojson'),
  municipi: join(officialDir, 'ds379_municipi_label.geojson'),
  lookup: join(officialDir, 'nil_municipio_lookup.csv'),
};

/**
 * Tests that change the server's database directly (to set up a case) do what every write path
 * does (issue #9): bump the page cache's tags, here all of them, so no instance serves a copy
 * from before the change.
 */
export async function changedBehindServer(db: Db): Promise<void> {
  await bumpCacheTags(db, ['all']);
}
