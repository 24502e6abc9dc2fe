/**
 * Everything the public project page shows, in one call: the record, its text in the reader's
 * locale (or Italian, flagged), the reasons for every change, funding, milestones, updates,
 * photos, and programme links. Only published projects are public.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { projectTranslations } from '../../db/schema.ts';
import { programmeProgress } from '../lib/progress.ts';
import { projectQueries } from './projectQueries.ts';
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
  const q = projectQueries(db);
  const [project] = await q.project.all({ slug });
  if (!project) return null;

  const [texts, area, changes, fundingRows, milestoneRows, updateRows, mediaRows, children, parent] = await Promise.all([
    q.texts.all({ id: project.id }),
    project.nilId ? q.area.all({ id: project.nilId }) : Promise.resolve([]),
    q.changes.all({ id: project.id }),
    q.funding.all({ id: project.id }),
    q.milestones.all({ id: project.id }),
    q.updates.all({ id: project.id }),
    q.media.all({ id: project.id }),
    q.children.all({ id: project.id }),
    project.parentId ? q.parent.all({ id: project.parentId }) : Promise.resolve([]),
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
    // A programme's progress is derived from its published works, never typed (issue #2): the
    // same rows as withProgrammeProgress reads, already at hand.
    progress: programmeProgress(children.map((c) => ({ progress: c.progress, budgetCents: c.budgetCurrentCents }))) ?? project.progress,
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
