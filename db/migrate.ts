/**
 * Applies the committed drizzle-kit migrations. Run at server start (src/server/db.ts), by the
 * CLI scripts and by every test database, so all of them have the same schema.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client.ts';

// Beside this file when run from source; once bundled into dist/server the file has moved, so
// fall back to the checkout's db/migrations (npm start runs from the project root).
const besideSource = fileURLToPath(new URL('./migrations', import.meta.url));
export const migrationsFolder = existsSync(besideSource) ? besideSource : resolve('db/migrations');

export async function applyMigrations(db: Db, folder = migrationsFolder): Promise<void> {
  await migrate(db, { migrationsFolder: folder });
}
