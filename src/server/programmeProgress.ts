/**
 * A programme's progress is derived from its published works (budget-weighted, issue #2), never
 * the number stored on the programme itself; one query for all the programmes on a page.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { projects } from '../../db/schema.ts';
import { programmeProgress } from '../lib/progress.ts';

/** The published works of these programmes, with what programmeProgress weighs. */
const publishedWorks = (db: Db, programmeIds: number[]) =>
  db
    .select({ parentId: projects.parentId, progress: projects.progress, budgetCents: projects.budgetCurrentCents })
    .from(projects)
    .where(and(inArray(projects.parentId, programmeIds), eq(projects.publication, 'published')));

export async function withProgrammeProgress<T extends { id: number; progress: number }>(db: Db, items: T[]): Promise<T[]> {
  if (items.length === 0) return items;
  const children = await publishedWorks(db, items.map((i) => i.id));
  if (children.length === 0) return items;
  return items.map((item) => {
    const mine = children.filter((c) => c.parentId === item.id);
    return mine.length ? { ...item, progress: programmeProgress(mine)! } : item;
  });
}

/**
 * The progress a programme shows, from its published works, or null for a project without any
 * (it shows its own): the staff form says so beside the progress field.
 */
export async function worksProgress(db: Db, projectId: number): Promise<number | null> {
  return programmeProgress(await publishedWorks(db, [projectId]));
}
