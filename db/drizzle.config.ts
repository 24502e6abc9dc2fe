import { defineConfig } from 'drizzle-kit';

// drizzle-kit reads this through `npm run db:generate`; migrations are committed and applied
// by db/migrate.ts at start and in tests.
export default defineConfig({
  dialect: 'turso',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'file:data/periferie.db' },
});
