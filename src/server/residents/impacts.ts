/** Worksite impacts (issue #7, point 6): edited in the back office, shown while active. */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projects, projectTranslations, worksiteImpacts } from '../../../db/schema.ts';
import { todayIso } from '../../lib/dates.ts';

export async function projectImpacts(db: Db, projectId: number) {
  return db.select().from(worksiteImpacts).where(eq(worksiteImpacts.projectId, projectId)).orderBy(asc(worksiteImpacts.startsOn));
}

/** Impacts in force today, for a project or every published project of a NIL. */
export async function activeImpacts(db: Db, where: { projectId: number } | { nilId: number }, now = new Date()) {
  const today = todayIso(now);
  const scope = 'projectId' in where ? eq(worksiteImpacts.projectId, where.projectId) : eq(projects.nilId, where.nilId);
  return db
    .select({ id: worksiteImpacts.id, kind: worksiteImpacts.kind, description: worksiteImpacts.description, startsOn: worksiteImpacts.startsOn, endsOn: worksiteImpacts.endsOn, slug: projects.slug, title: projectTranslations.title })
    .from(worksiteImpacts)
    .innerJoin(projects, eq(projects.id, worksiteImpacts.projectId))
    .leftJoin(projectTranslations, and(eq(projectTranslations.projectId, projects.id), eq(projectTranslations.locale, 'it')))
    .where(and(scope, eq(projects.publication, 'published'), lte(worksiteImpacts.startsOn, today), gte(worksiteImpacts.endsOn, today)))
    .orderBy(asc(worksiteImpacts.endsOn));
}

export type ActiveImpact = Awaited<ReturnType<typeof activeImpacts>>[number];
