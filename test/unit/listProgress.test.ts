/** Sorting the project list by progress sorts by the progress it shows (programmes: their works'). */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { projects } from '../../db/schema.ts';
import { projectFiltersSchema } from '../../src/lib/projectFilters.ts';
import { listProjects } from '../../src/server/listProjects.ts';
import { memoryDb } from '../helpers/db.ts';

async function add(db: Db, slug: string, progress: number, extra: Partial<typeof projects.$inferInsert> = {}) {
  const [row] = await db.insert(projects).values({ slug, category: 'green', status: 'works', publication: 'published', lat: 45.46, lon: 9.19, progress, ...extra }).returning();
  return row.id;
}

describe('listProjects sorted by progress', () => {
  it("puts a programme where its published works' weighted progress puts it, not its stored number", async () => {
    const db = await memoryDb();
    // Stored 0, never updated by hand; its works are at 80 % (budget 3) and 100 % (budget 1): 85 %.
    const programme = await add(db, 'programme', 0, { category: 'mixed_programme' });
    await add(db, 'work-a', 80, { parentId: programme, budgetCurrentCents: 300 });
    await add(db, 'work-b', 100, { parentId: programme, budgetCurrentCents: 100 });
    // A draft work does not count, however far along it says it is.
    await add(db, 'work-draft', 0, { parentId: programme, budgetCurrentCents: 10_000, publication: 'draft' });
    await add(db, 'standalone', 90);
    await add(db, 'early', 10);

    const { items } = await listProjects(db, projectFiltersSchema.parse({ sort: 'progress' }), 'it');
    expect(items.map((i) => [i.slug, i.progress])).toEqual([
      ['work-b', 100], ['standalone', 90], ['programme', 85], ['work-a', 80], ['early', 10],
    ]);
  });
});
