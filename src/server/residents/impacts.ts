/** Worksite impacts (issue #7, point 6): edited in the back office, shown while active. */
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client.ts';
import { projects, projectTranslations, worksiteImpacts } from '../../../db/schema.ts';
import { todayIso } from '../../lib/dates.ts';

export async function projectImpacts(db: Db, projectId: number) {
  return db.select().from(worksiteImpacts).where(eq(worksiteImpacts.projectId, projectId)).orderBy(asc(worksiteImpacts.startsOn));
}

const local = alias(projectTranslations, 'local');

/**
 * Impacts in force today, for a project or every published project of a NIL, with the
 * project's title in `locale` where translated (`titleLang` says which it is).
 */
export async function activeImpacts(db: Db, where: { projectId: number } | { nilId: number }, now = new Date(), locale = 'it') {
  const today = todayIso(now);
  const scope = 'projectId' in where ? eq(worksiteImpacts.projectId, where.projectId) : eq(projects.nilId, where.nilId);
  return db
    .select({
      id: worksiteImpacts.id, kind: worksiteImpacts.kind, description: worksiteImpacts.description, startsOn: worksiteImpacts.startsOn, endsOn: worksiteImpacts.endsOn, slug: projects.slug,
      title: sql<string | null>`coalesce(nullif(${local.title}, ''), ${projectTranslations.title})`,
      titleLang: sql<string>`case when nullif(${local.title}, '') is null then 'it' else ${locale} end`,
    })
    .from(worksiteImpacts)
    .innerJoin(projects, eq(projects.id, worksiteImpacts.projectId))
    .leftJoin(projectTranslations, and(eq(projectTranslations.projectId, projects.id), eq(projectTranslations.locale, 'it')))
    .leftJoin(local, and(eq(local.projectId, projects.id), eq(local.locale, locale)))
    .where(and(scope, eq(projects.publication, 'published'), lte(worksiteImpacts.startsOn, today), gte(worksiteImpacts.endsOn, today)))
    .orderBy(asc(worksiteImpacts.endsOn));
}

export type ActiveImpact = Awaited<ReturnType<typeof activeImpacts>>[number];
