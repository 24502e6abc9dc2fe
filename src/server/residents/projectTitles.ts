/** A project's titles by locale, as the residents' messages name it (`{ it: …, en: … }`). */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectTranslations } from '../../../db/schema.ts';
import type { Tx } from '../projects/writeRecord.ts';

export async function projectTitles(db: Db | Tx, projectId: number): Promise<Record<string, string>> {
  const rows = await db.select({ locale: projectTranslations.locale, title: projectTranslations.title }).from(projectTranslations).where(eq(projectTranslations.projectId, projectId));
  return Object.fromEntries(rows.filter((r) => r.title).map((r) => [r.locale, r.title]));
}

/** The titles of several projects in one query, by project id (one without any is absent). */
export async function projectTitlesById(db: Db | Tx, projectIds: number[]): Promise<Map<number, Record<string, string>>> {
  const titles = new Map<number, Record<string, string>>();
  if (projectIds.length === 0) return titles;
  const rows = await db.select({ projectId: projectTranslations.projectId, locale: projectTranslations.locale, title: projectTranslations.title }).from(projectTranslations).where(inArray(projectTranslations.projectId, projectIds));
  for (const r of rows) if (r.title) titles.set(r.projectId, { ...titles.get(r.projectId), [r.locale]: r.title });
  return titles;
}
