/** A project's titles by locale, as the residents' messages name it (`{ it: …, en: … }`). */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectTranslations } from '../../../db/schema.ts';
import type { Tx } from '../projects/writeRecord.ts';

export async function projectTitles(db: Db | Tx, projectId: number): Promise<Record<string, string>> {
  const rows = await db.select({ locale: projectTranslations.locale, title: projectTranslations.title }).from(projectTranslations).where(eq(projectTranslations.projectId, projectId));
  return Object.fromEntries(rows.filter((r) => r.title).map((r) => [r.locale, r.title]));
}
