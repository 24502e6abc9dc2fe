/**
 * A correlated subquery in the selected fields of a one-table query: drizzle writes bare column
 * names there, so the enclosing row's id must be written with its table's name (db/qualified.ts).
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { qualified } from '../../db/qualified.ts';
import { projectRevisions, projects } from '../../db/schema.ts';
import { memoryDb } from '../helpers/db.ts';
import { seedCorvetto } from '../helpers/seedCorvetto.ts';

it('reads each row’s own revisions, where a bare id would read the revision’s own', async () => {
  const db = await memoryDb();
  await seedCorvetto(db);
  // Revision ids 1, 2 belong to project 3; project 1 and 2 have none.
  await db.insert(projectRevisions).values([{ projectId: 3, state: 'draft', snapshot: {} }, { projectId: 3, state: 'in_review', snapshot: {} }]);
  const count = (id: unknown) => sql<number>`(select count(*) from project_revisions r where r.project_id = ${id})`;
  const rows = await db.select({ id: projects.id, bare: count(projects.id), named: count(qualified(projects.id)) }).from(projects).orderBy(projects.id);
  expect(rows.map((r) => r.named)).toEqual([0, 0, 2]);
  expect(rows.map((r) => r.bare)).not.toEqual([0, 0, 2]); // why qualified exists
  db.$client.close();
});
