/**
 * `npm run import:areas -- <nil.geojson> <municipi.geojson>`: loads the City's official NIL
 * (ds964_nil_wm.geojson) and Municipi (ds379_municipi_label.geojson) into DATABASE_URL
 * (default the embedded file:data/periferie.db). Whoever runs it is fixing a file, not this
 * code: problems go to stderr one per line, without a stack trace, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { createDb } from '../client.ts';
import { applyMigrations } from '../migrate.ts';
import { ImportError, importAreas } from './areas.ts';
import { dropFrontCache } from './dropFrontCache.ts';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail([`${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`]);
  }
}

const [nilPath, municipiPath] = process.argv.slice(2);
if (!nilPath || !municipiPath) fail(['usage: npm run import:areas -- <nil.geojson> <municipi.geojson>']);
const files = { nilText: readText(nilPath), municipiText: readText(municipiPath), nilLabel: nilPath, municipiLabel: municipiPath };

const db = await createDb(process.env.DATABASE_URL ?? 'file:data/periferie.db');
try {
  await applyMigrations(db);
  const summary = await importAreas(db, files);
  console.log(`Imported ${summary.municipi} Municipi and ${summary.nil} NIL; ${summary.projectsLocated} projects lie in a NIL.`);
  await dropFrontCache();
} catch (error) {
  db.$client.close();
  if (error instanceof ImportError) fail(error.problems);
  // Drizzle's message quotes the whole query with 1 MB of GeoJSON; the driver's cause says what went wrong.
  let cause = error as Error;
  while (cause.cause instanceof Error) cause = cause.cause;
  fail([`Import failed, nothing was written: ${cause.message}`]);
}
db.$client.close();
