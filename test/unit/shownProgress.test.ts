/**
 * A programme's progress is its published works' (db/shownProgress.ts) wherever the public reads
 * it: the list's order, the API (through the list) and both exports.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { selectProjectFeatures } from '../../db/projectFeatures.ts';
import { selectProjectRecords } from '../../db/projectRecords.ts';
import { projects } from '../../db/schema.ts';
import { projectConditions } from '../../src/server/projectConditions.ts';
import { projectFiltersSchema } from '../../src/lib/projectFilters.ts';
import { listProjects } from '../../src/server/listProjects.ts';
import { memoryDb } from '../helpers/db.ts';

async function add(db: Db, slug: string, progress: number, extra: Partial<typeof projects.$inferInsert> = {}) {
  const [row] = await db.insert(projects).values({ slug, category: 'green', status: 'works', publication: 'published', lat: 45.46, lon: 9.19, progress, ...extra }).returning();
  return row.id;
}

/** A programme stored at 0 % whose works are at 85 %, and three projects around it. */
async function programmeAndWorks() {
  const db = await memoryDb();
  // Stored 0, never updated by hand; its works are at 80 % (budget 3) and 100 % (budget 1): 85 %.
  const programme = await add(db, 'programme', 0, { category: 'mixed_programme' });
  await add(db, 'work-a', 80, { parentId: programme, budgetCurrentCents: 300 });
  await add(db, 'work-b', 100, { parentId: programme, budgetCurrentCents: 100 });
  // A draft work does not count, however far along it says it is.
  await add(db, 'work-draft', 0, { parentId: programme, budgetCurrentCents: 10_000, publication: 'draft' });
  await add(db, 'standalone', 90);
  await add(db, 'early', 10);
  return db;
}

describe("a programme's progress", () => {
  it("sorts the list where its published works' weighted progress puts it, not its stored number", async () => {
    const db = await programmeAndWorks();
    const { items } = await listProjects(db, projectFiltersSchema.parse({ sort: 'progress' }), 'it');
    expect(items.map((i) => [i.slug, i.progress])).toEqual([
      ['work-b', 100], ['standalone', 90], ['programme', 85], ['work-a', 80], ['early', 10],
    ]);
  });

  it('is the same in the CSV and GeoJSON exports, as in the list', async () => {
    const db = await programmeAndWorks();
    const where = projectConditions({});
    const records = await selectProjectRecords(db, { where });
    expect(Object.fromEntries(records.map((r) => [r.record.slug, r.record.progress]))).toEqual({
      programme: 85, 'work-a': 80, 'work-b': 100, standalone: 90, early: 10,
    });
    const { text } = await selectProjectFeatures(db, { where, afterId: 0, limit: 10, origin: 'https://example.org' });
    const features = JSON.parse(`[${text}]`) as { id: string; properties: { progress: number } }[];
    expect(features.find((f) => f.id === 'programme')!.properties.progress).toBe(85);
    expect(text).not.toContain('"progress":85.0');
    const { items } = await listProjects(db, projectFiltersSchema.parse({}), 'it');
    expect(items.find((i) => i.slug === 'programme')!.progress).toBe(85);
  });
});
