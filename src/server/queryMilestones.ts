/**
 * Milestones of published projects by project, area and date: the API's /milestones and the
 * iCalendar feeds (issue #6) read them here.
 */
import { and, asc, count, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import { milestones, projects, projectTranslations } from '../../db/schema.ts';

export interface MilestoneFilter {
  project?: string;
  municipio?: number;
  nil?: number;
  from?: string;
  to?: string;
  done?: boolean;
}

const local = alias(projectTranslations, 'local');
const italian = alias(projectTranslations, 'italian');

function conditions(f: MilestoneFilter): SQL {
  return and(
    eq(projects.publication, 'published'),
    f.project === undefined ? undefined : eq(projects.slug, f.project),
    f.municipio === undefined ? undefined : eq(projects.municipioId, f.municipio),
    f.nil === undefined ? undefined : eq(projects.nilId, f.nil),
    f.from === undefined ? undefined : gte(milestones.plannedOn, f.from),
    f.to === undefined ? undefined : lte(milestones.plannedOn, f.to),
    f.done === undefined ? undefined : eq(milestones.done, f.done),
  )!;
}

/** @example await queryMilestones(db, { nil: 76, from: '2026-11-29', done: false }, 'en', 50) */
export async function queryMilestones(db: Db, filter: MilestoneFilter, locale: string, limit: number, offset = 0) {
  const where = conditions(filter);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(milestones).innerJoin(projects, eq(projects.id, milestones.projectId)).where(where),
    db
      .select({
        id: milestones.id,
        title: milestones.title,
        plannedOn: milestones.plannedOn,
        actualOn: milestones.actualOn,
        done: milestones.done,
        slug: projects.slug,
        projectUpdatedAt: projects.updatedAt,
        projectTitle: sql<string>`coalesce(${local.title}, ${italian.title}, ${projects.slug})`,
        projectTitleLocale: sql<string>`case when ${local.title} is not null then ${locale} else 'it' end`,
      })
      .from(milestones)
      .innerJoin(projects, eq(projects.id, milestones.projectId))
      .leftJoin(local, and(eq(local.projectId, projects.id), eq(local.locale, locale)))
      .leftJoin(italian, and(eq(italian.projectId, projects.id), eq(italian.locale, 'it')))
      .where(where)
      .orderBy(asc(milestones.plannedOn), asc(milestones.id))
      .limit(limit)
      .offset(offset),
  ]);
  return { total, rows };
}
