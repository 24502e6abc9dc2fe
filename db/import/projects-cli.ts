/**
 * `npm run import:projects -- <file.csv|file.geojson> [--commit] [--publish] [--lang=it|en]` (issue #6).
 * Without --commit it is a dry run: one line per row says what would be created, updated,
 * left unchanged or refused and why, and nothing is written. With --commit a file with no
 * refused row is written in one transaction; new projects are drafts unless --publish.
 * Row messages are the import screen's (src/i18n, staff.import.msg.*): in Italian with --lang=it
 * or an Italian LANG, else in English.
 * Exit code 0 when the file is (or was) good, 1 when anything is refused, 2 on wrong usage.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { formatImportMessage } from '../../src/i18n/formatImportMessage.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import { tooLarge } from '../../src/lib/import/decodeText.ts';
import { parseImportFile } from '../../src/lib/import/parseImportFile.ts';
import { createDb } from '../client.ts';
import { applyMigrations } from '../migrate.ts';
import { commitProjectImport } from './commitProjectImport.ts';
import { dropFrontCache } from './dropFrontCache.ts';
import { planProjectImport, type PlannedRow } from './planProjectImport.ts';
import type { ImportMessage } from '../../src/lib/import/importMessage.ts';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [path, ...extra] = args.filter((a) => !a.startsWith('--'));
const unknownFlags = [...flags].filter((f) => !['--commit', '--publish', '--lang=it', '--lang=en'].includes(f));
if (!path || extra.length || unknownFlags.length) {
  console.error('usage: npm run import:projects -- <file.csv|file.geojson> [--commit] [--publish] [--lang=it|en]');
  process.exit(2);
}
const italian = flags.has('--lang=it') || (!flags.has('--lang=en') && /^it/i.test(process.env.LC_ALL || process.env.LANG || ''));
const t = useTranslations(italian ? 'it' : 'en');
const say = (message: ImportMessage) => formatImportMessage(t, message);

function fail(lines: string[]): never {
  for (const line of lines) console.error(`${path}: ${line}`);
  process.exit(1);
}

let size: number;
try {
  size = statSync(path).size;
} catch (error) {
  fail([`cannot read the file (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message})`]);
}
// Checked before reading, so a 100 MB file costs nothing.
const large = tooLarge(size);
if (large) fail([say(large)]);
const bytes = readFileSync(path);
const parsed = parseImportFile(bytes, path);
if (!parsed.ok) fail(parsed.problems.map(say));

const db = await createDb(process.env.DATABASE_URL ?? 'file:data/periferie.db');
await applyMigrations(db);
const plan = await planProjectImport(db, parsed.rows, { publish: flags.has('--publish') });

const describe = (row: PlannedRow) => {
  const detail = row.action === 'update' ? ` (${row.changes.join(', ')})` : '';
  const lines = [`${row.where}: ${row.action} ${row.slug}${detail}`];
  for (const p of row.problems) lines.push(`    ${say(p)}`);
  for (const n of row.notes) lines.push(`    note: ${say(n)}`);
  return lines.join('\n');
};
for (const note of parsed.notes) console.log(`${path}: ${say(note)}`);
for (const row of plan.rows) console.log(describe(row));
const { create, update, unchanged, refuse } = plan.counts;
const summary = `${create} to create, ${update} to update, ${unchanged} unchanged, ${refuse} refused`;

if (refuse > 0) {
  db.$client.close();
  fail([`${summary}. Nothing was written: fix the refused rows and run again.`]);
}
if (!flags.has('--commit')) {
  console.log(`${path}: ${summary}. Dry run: nothing was written; add --commit to write.`);
  db.$client.close();
  process.exit(0);
}
try {
  const result = await commitProjectImport(db, plan, {
    fileName: basename(path),
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    format: parsed.format,
    actor: `cli:${userInfo().username}`,
  });
  const state = plan.publish ? 'published' : 'drafts';
  console.log(`${path}: committed as import run ${result.runId}: ${result.create} created (${state}), ${result.update} updated, ${result.unchanged} unchanged.`);
  await dropFrontCache();
} catch (error) {
  let cause = error as Error;
  while (cause.cause instanceof Error) cause = cause.cause;
  fail([`import failed, nothing was written: ${cause.message}`]);
} finally {
  db.$client.close();
}
