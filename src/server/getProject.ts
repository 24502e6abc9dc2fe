/**
 * Everything the public project page shows, in one call: the record, its text in the reader's
 * locale (or Italian, flagged), the reasons for every change, funding, milestones, updates,
 * photos, and programme links. Only published projects are public.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  funding,
  media,
  milestones,
  municipi,
  nil,
  projectChanges,
  projects,
  projectTranslations,
  updates,
} from '../../db/schema.ts';
import { withProgrammeProgress } from './programmeProgress.ts';
import { publicHistory } from './projects/history.ts';

/** The page's data as of `now`: scheduled updates appear once their time has come (issue #4, point 5). */
export async function getProject(db: Db, slug: string, locale: string, now = new Date()) {
  const data = await loadProject(db, slug, locale);
  return data && visibleAt(data, now);
}

/** Only the updates public at `now`; everything else is the same object. */
export function visibleAt<T extends { updates: { publishAt: string | null }[] }>(data: T, now: Date): T {
  const at = now.toISOString();
  const updates = data.updates.filter((u) => u.publishAt === null || u.publishAt <= at);
  return updates.length === data.updates.length ? data : { ...data, updates };
}

/**
 * Everything but the clock: the updates include scheduled ones, so the result can be kept until
 * the data changes (projectPage.ts) and filtered per request by `visibleAt`.
 */
export async function loadProject(db: Db, slug: string, locale: string) {
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.slug, slug), eq(projects.publication, 'published')))
    .limit(1);
  if (!project) return null;

  const [texts, area, changes, fundingRows, milestoneRows, updateRows, mediaRows, children, parent] = await Promise.all([
    db.select().from(projectTranslations).where(eq(projectTranslations.projectId, project.id)),
    project.nilId
      ? db
          .select({ nilName: nil.name, nilSlug: nil.slug, municipioId: municipi.id, municipioName: municipi.name })
          .from(nil)
          .innerJoin(municipi, eq(municipi.id, nil.municipioId))
          .where(eq(nil.id, project.nilId))
      : Promise.resolve([]),
    db.select().from(projectChanges).where(eq(projectChanges.projectId, project.id)).orderBy(asc(projectChanges.changedOn)),
    db.select().from(funding).where(eq(funding.projectId, project.id)).orderBy(asc(funding.validFrom), asc(funding.id)),
    db.select().from(milestones).where(eq(milestones.projectId, project.id)).orderBy(asc(milestones.plannedOn)),
    // Scheduled ones too: `visibleAt` shows them once their time has come.
    db.select().from(updates).where(eq(updates.projectId, project.id)).orderBy(desc(updates.publishedOn)),
    db.select().from(media).where(eq(media.projectId, project.id)).orderBy(asc(media.position), asc(media.id)),
    db
      .select({
        id: projects.id,
        slug: projects.slug,
        status: projects.status,
        progress: projects.progress,
        budgetCurrentCents: projects.budgetCurrentCents,
      })
      .from(projects)
      .where(and(eq(projects.parentId, project.id), eq(projects.publication, 'published')))
      .orderBy(asc(projects.id)),
    project.parentId
      ? db
          .select({ id: projects.id, slug: projects.slug })
          .from(projects)
          .where(and(eq(projects.id, project.parentId), eq(projects.publication, 'published')))
      : Promise.resolve([]),
  ]);

  const relatedIds = [...children.map((c) => c.id), ...parent.map((p) => p.id)];
  const relatedTitles = relatedIds.length
    ? await db
        .select({ projectId: projectTranslations.projectId, locale: projectTranslations.locale, title: projectTranslations.title })
        .from(projectTranslations)
        .where(inArray(projectTranslations.projectId, relatedIds))
    : [];
  const titleOf = (id: number) => {
    const mine = relatedTitles.find((t) => t.projectId === id && t.locale === locale);
    const it = relatedTitles.find((t) => t.projectId === id && t.locale === 'it');
    return { title: mine?.title ?? it?.title ?? '', titleLocale: mine ? locale : 'it' };
  };

  const text = texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === 'it');
  return {
    project,
    // A programme's progress is derived from its works, never typed (issue #2).
    progress: (await withProgrammeProgress(db, [project]))[0].progress,
    text: text ? { ...text, locale: text.locale } : { title: project.slug, summary: '', body: '', locale: 'it' },
    area: area[0] ?? null,
    changes,
    funding: fundingRows,
    milestones: milestoneRows,
    updates: updateRows,
    media: mediaRows,
    children: children.map((c) => ({ ...c, ...titleOf(c.id) })),
    parent: parent[0] ? { ...parent[0], ...titleOf(parent[0].id) } : null,
    history: await publicHistory(db, project.id),
  };
}

export type ProjectPageData = NonNullable<Awaited<ReturnType<typeof loadProject>>>;
