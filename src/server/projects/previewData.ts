/**
 * A draft shown through the public project template (issue #4, point 5: preview), built from
 * the open revision instead of the public tables. Scheduled updates are shown as they will be.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { municipi, nil, projectChanges } from '../../../db/schema.ts';
import type { ProjectPageData } from '../getProject.ts';
import { resolveArea } from './projectArea.ts';
import { editView } from './revisions.ts';
import { projectColumns } from './writeRecord.ts';

export async function previewData(db: Db, projectId: number, locale: string): Promise<ProjectPageData | null> {
  const view = await editView(db, projectId);
  if (!view) return null;
  const r = view.record;
  const located = await resolveArea(db, r.lon, r.lat, r.nilId);
  const area = located.nilId
    ? (await db
        .select({ nilName: nil.name, nilSlug: nil.slug, municipioId: municipi.id, municipioName: municipi.name })
        .from(nil)
        .innerJoin(municipi, eq(municipi.id, nil.municipioId))
        .where(eq(nil.id, located.nilId)))[0] ?? null
    : null;
  const text = r.translations[locale]?.title ? { ...r.translations[locale], locale } : { ...(r.translations.it ?? { title: r.slug, summary: '', body: '' }), locale: 'it' };
  const ids = { projectId };
  return {
    project: { ...view.project, ...projectColumns(r, located) },
    progress: r.progress,
    text: { ...text, projectId },
    area: area as ProjectPageData['area'],
    changes: await db.select().from(projectChanges).where(eq(projectChanges.projectId, projectId)).orderBy(asc(projectChanges.changedOn)),
    funding: r.funding.map((f, i) => ({ id: i, ...ids, ...f })),
    milestones: r.milestones.map((m, i) => ({ id: i, ...ids, ...m })),
    updates: [...r.updates].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).map((u, i) => ({ id: i, ...ids, ...u, notifiedAt: null })),
    media: r.media.map((m, i) => ({ id: i, ...ids, ...m, position: i })),
    children: [],
    parent: null,
    history: [],
  };
}
