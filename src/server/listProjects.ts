/**
 * One page of the public project list in a reader's locale, with the total for pagination.
 * Titles fall back to Italian where staff have not translated them (`titleLocale` says which).
 */
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { nil, projects, projectTranslations } from '../../db/schema.ts';
import { programmesProgress } from '../../db/shownProgress.ts';
import { PAGE_SIZE, type ProjectFilters } from '../lib/projectFilters.ts';
import { projectConditions } from './projectConditions.ts';
import { withProgrammeProgress } from './programmeProgress.ts';

const local = alias(projectTranslations, 'local');
const italian = alias(projectTranslations, 'italian');

export interface ProjectListItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  textLocale: string;
  category: (typeof projects.$inferSelect)['category'];
  status: (typeof projects.$inferSelect)['status'];
  progress: number;
  municipioId: number | null;
  nilId: number | null;
  nilName: string | null;
  budgetCurrentCents: number | null;
  endBaseline: string | null;
  endCurrent: string | null;
  updatedAt: string;
}

export interface ProjectListPage {
  items: ProjectListItem[];
  total: number;
  page: number;
  pages: number;
}

function orderFor(sort: ProjectFilters['sort']) {
  switch (sort) {
    case 'title':
      return [asc(sql`coalesce(${local.title}, ${italian.title}) collate nocase`), asc(projects.id)];
    case 'budget':
      return [sql`${projects.budgetCurrentCents} desc nulls last`, asc(projects.id)];
    case 'end':
      return [sql`${projects.endCurrent} asc nulls last`, asc(projects.id)];
    default:
      return [desc(projects.updatedAt), desc(projects.id)];
  }
}

/** The list's columns, texts in `locale` with the Italian fallback; callers add where and order. */
function itemsQuery(db: Db, locale: string) {
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      title: sql<string>`coalesce(${local.title}, ${italian.title}, ${projects.slug})`,
      summary: sql<string>`coalesce(${local.summary}, ${italian.summary}, '')`,
      textLocale: sql<string>`case when ${local.title} is not null then ${locale} else 'it' end`,
      category: projects.category,
      status: projects.status,
      progress: projects.progress,
      municipioId: projects.municipioId,
      nilId: projects.nilId,
      nilName: nil.name,
      budgetCurrentCents: projects.budgetCurrentCents,
      endBaseline: projects.endBaseline,
      endCurrent: projects.endCurrent,
      updatedAt: projects.updatedAt,
    })
    .from(projects)
    .leftJoin(local, and(eq(local.projectId, projects.id), eq(local.locale, locale)))
    .leftJoin(italian, and(eq(italian.projectId, projects.id), eq(italian.locale, 'it')))
    .leftJoin(nil, eq(nil.id, projects.nilId))
    .$dynamic();
}

/**
 * By progress, a programme sorts by its works' progress, the one the list shows. No index holds
 * that order, so it is worked out on `projects` alone and only the page's rows are joined to
 * their texts: joining all 50,000 before sorting took 180 ms.
 */
async function byShownProgress(db: Db, locale: string, where: SQL, limit: number, offset: number) {
  const shown = programmesProgress(db);
  const order = await db
    .select({ id: projects.id })
    .from(projects)
    .leftJoin(shown, eq(shown.parentId, projects.id))
    .where(where)
    .orderBy(desc(sql`coalesce(${shown.progress}, ${projects.progress})`), asc(projects.id))
    .limit(limit)
    .offset(offset);
  if (order.length === 0) return [];
  const position = new Map(order.map(({ id }, i) => [id, i]));
  const rows = await itemsQuery(db, locale).where(inArray(projects.id, [...position.keys()]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

export async function listProjects(
  db: Db,
  filters: ProjectFilters,
  locale: string,
  pageSize = PAGE_SIZE,
): Promise<ProjectListPage> {
  const where = projectConditions(filters);
  const [{ total }] = await db.select({ total: count() }).from(projects).where(where);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pages);
  const offset = (page - 1) * pageSize;
  const rows =
    filters.sort === 'progress'
      ? await byShownProgress(db, locale, where, pageSize, offset)
      : await itemsQuery(db, locale).where(where).orderBy(...orderFor(filters.sort)).limit(pageSize).offset(offset);
  return { items: await withProgrammeProgress(db, rows), total, page, pages };
}
