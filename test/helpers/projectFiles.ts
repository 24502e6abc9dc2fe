/**
 * Project import files for tests and the benchmark: a seeded database with the official
 * boundaries, valid synthetic CSV rows placed on NIL centroids, and in-process exports.
 */
import { dirname } from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { importOfficialAreasIfPresent } from '../../db/import/officialAreas.ts';
import { seedDemo } from '../../db/seed.ts';
import { requiredColumns } from '../../src/lib/projectRecord.ts';
import { projectConditions } from '../../src/server/projectConditions.ts';
import { recordStream, type RecordEncoder } from '../../src/server/export/recordStream.ts';
import { memoryDb, officialData } from './db.ts';

export const boundariesDir = dirname(officialData.nil);

/** The demo, placed in the official NIL and Municipi, as the test server has it. */
export async function seededDb(db?: Db): Promise<Db> {
  const target = db ?? (await memoryDb());
  await seedDemo(target);
  await importOfficialAreasIfPresent(target, boundariesDir);
  return target;
}

/** Only the official areas, no projects: where an export is imported back. */
export async function areasOnlyDb(db?: Db): Promise<Db> {
  const target = db ?? (await memoryDb());
  await importOfficialAreasIfPresent(target, boundariesDir);
  return target;
}

/** Reads a whole export stream into text, as a client would. */
export async function exportText(db: Db, encoder: RecordEncoder, where: SQL = projectConditions({})): Promise<string> {
  return new Response(recordStream(db, where, encoder)).text();
}

/**
 * A valid CSV of `count` new projects, each on a NIL centroid (so inside Milan and a NIL).
 * @example syntheticCsv(db, 10_000, 'bulk') // header + 10,000 rows, slugs bulk-1 … bulk-10000
 */
export async function syntheticCsv(db: Db, count: number, prefix = 'bulk'): Promise<string> {
  const nil = (await db.$client.execute('select id, centroid_lat, centroid_lon from nil order by id')).rows;
  const lines = [requiredColumns.join(',')];
  for (let i = 1; i <= count; i++) {
    const n = nil[i % nil.length];
    const cup = `B${String(10 + (i % 90))}B${String(i).padStart(10, '0')}X`;
    lines.push([
      cup, `${prefix}-${i}`, `Intervento di prova ${i}`, `Test works ${i}`, `Sintesi, con virgola ${i}`, 'green', 'design', '', '',
      Number(n.centroid_lat).toFixed(6), Number(n.centroid_lon).toFixed(6), String(100_000 + i), 'comune', '2026-01-01', '2027-12-31', String(i % 101),
    ].map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
  }
  return lines.join('\n') + '\n';
}
