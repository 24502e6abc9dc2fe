/**
 * The server's one database handle. On first use it migrates and, when the database is empty
 * and SEED_DEMO is on, seeds the demo, so `npm start` on a fresh clone shows a working site.
 */
import { BOUNDARIES_DIR, DATABASE_AUTH_TOKEN, DATABASE_URL, SEED_DEMO } from 'astro:env/server';
import { createDb, type Db } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { isEmpty, seedDemo } from '../../db/seed.ts';
import { importOfficialAreasIfPresent } from '../../db/import/officialAreas.ts';
import { startMailWorker } from './mail/mailer.ts';
import { claimOwnership, databasePath } from '../../db/backup/owner.ts';

let ready: Promise<Db> | undefined;

async function open(): Promise<Db> {
  const db = await createDb(DATABASE_URL, { authToken: DATABASE_AUTH_TOKEN });
  // Lets `npm run backup` find this process and `npm run restore` refuse while it runs.
  const path = databasePath(DATABASE_URL);
  if (path) claimOwnership(path, Number(process.env.PORT) || 4321);
  await applyMigrations(db);
  // Refreshes planner statistics only where SQLite judges them stale; cheap on every start.
  // Only for our own file: a libSQL server (sqld, Turso) refuses the pragma ("unsupported
  // statement") and its database is looked after where it runs.
  if (DATABASE_URL.startsWith('file:')) await db.$client.execute('PRAGMA optimize');
  if (SEED_DEMO && (await isEmpty(db))) {
    await seedDemo(db);
    // The demo map and area pages are better with the City's real boundaries; they are loaded
    // through the same importer as `npm run import:areas` when the files are at hand.
    await importOfficialAreasIfPresent(db, BOUNDARIES_DIR);
  }
  // Residents' e-mail (issue #7): the queue is drained by this process from now on.
  startMailWorker(db);
  return db;
}

/** Resolves once the database is migrated (and seeded); later calls reuse the same handle. */
export function getDb(): Promise<Db> {
  ready ??= open().catch((error) => {
    ready = undefined; // let the next request try again instead of failing forever
    throw error;
  });
  return ready;
}
