/**
 * The editable record of a project as the public sees it now, read from `projects` and its child
 * tables: the starting point of the first draft of a project that has no revision yet (the
 * seeded demo, imported projects).
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { funding, media, milestones, projects, projectTranslations, updates } from '../../../db/schema.ts';
import type { ProjectRecord } from '../../lib/projectSchema.ts';

export async function recordFromTables(db: Db, projectId: number): Promise<ProjectRecord | null> {
  const [p] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!p) return null;
  const [texts, fundingRows, milestoneRows, updateRows, mediaRows] = await Promise.all([
    db.select().from(projectTranslations).where(eq(projectTranslations.projectId, projectId)),
    db.select().from(funding).where(eq(funding.projectId, projectId)).orderBy(asc(funding.id)),
    db.select().from(milestones).where(eq(milestones.projectId, projectId)).orderBy(asc(milestones.plannedOn), asc(milestones.id)),
    db.select().from(updates).where(eq(updates.projectId, projectId)).orderBy(asc(updates.publishedOn), asc(updates.id)),
    db.select().from(media).where(eq(media.projectId, projectId)).orderBy(asc(media.position), asc(media.id)),
  ]);
  return {
    slug: p.slug,
    cup: p.cup,
    parentId: p.parentId,
    category: p.category,
    status: p.status,
    progress: p.progress,
    lat: p.lat,
    lon: p.lon,
    geometry: p.geometry,
    nilId: p.nilId,
    responsibleOffice: p.responsibleOffice,
    contractor: p.contractor,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    contactPhone: p.contactPhone,
    budgetBaselineCents: p.budgetBaselineCents,
    budgetCurrentCents: p.budgetCurrentCents,
    startBaseline: p.startBaseline,
    startCurrent: p.startCurrent,
    endBaseline: p.endBaseline,
    endCurrent: p.endCurrent,
    lastVerifiedAt: p.lastVerifiedAt,
    reasons: {},
    translations: Object.fromEntries(texts.map((t) => [t.locale, { title: t.title, summary: t.summary, body: t.body }])),
    funding: fundingRows.map(({ source, line, amountCents, validFrom, validTo, note }) => ({ source, line, amountCents, validFrom, validTo, note })),
    milestones: milestoneRows.map(({ title, plannedOn, actualOn, done }) => ({ title, plannedOn, actualOn, done })),
    updates: updateRows.map(({ publishedOn, publishAt, title, body }) => ({ publishedOn, publishAt, title, body })),
    media: mediaRows.map(({ file, alt, caption, credit, takenOn, phase }) => ({ file, alt, caption, credit, takenOn, phase })),
  } as ProjectRecord;
}
