/**
 * Copies a record into `projects` and its child tables, inside the caller's transaction: the
 * one write path by which a revision becomes what the public sees (issue #4, point 5).
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { funding, media, milestones, projectChanges, projectTranslations, updates } from '../../../db/schema.ts';
import type { ProjectRecord } from '../../lib/projectSchema.ts';
import { changedTracked, trackedValue } from '../../lib/revisionDiff.ts';
import { updateKey } from '../../lib/publicationEvents.ts';
import { announcedBefore } from '../residents/announceUpdates.ts';

/** Re-exported: the project code's many helpers import it from here. */
export type { Tx };

/** The `projects` columns a record sets (publication, version and timestamps are the caller's). */
export function projectColumns(r: ProjectRecord, area: { nilId: number | null; municipioId: number | null }) {
  return {
    slug: r.slug, cup: r.cup, parentId: r.parentId, category: r.category, status: r.status, progress: r.progress,
    lat: r.lat, lon: r.lon, geometry: r.geometry, nilId: area.nilId, municipioId: area.municipioId,
    responsibleOffice: r.responsibleOffice, contractor: r.contractor, contactName: r.contactName,
    contactEmail: r.contactEmail, contactPhone: r.contactPhone,
    budgetBaselineCents: r.budgetBaselineCents, budgetCurrentCents: r.budgetCurrentCents,
    startBaseline: r.startBaseline, startCurrent: r.startCurrent, endBaseline: r.endBaseline, endCurrent: r.endCurrent,
    lastVerifiedAt: r.lastVerifiedAt,
  };
}

/** Replaces the public copy of a project by `record`; `previous` is what was public before (null the first time). */
export async function writeRecord(tx: Tx, projectId: number, record: ProjectRecord, previous: ProjectRecord | null, today: string, now = new Date().toISOString()) {
  const told = await announcedBefore(tx, projectId, now); // issue #7: each update is announced once
  for (const table of [projectTranslations, funding, milestones, updates, media]) await tx.delete(table).where(eq(table.projectId, projectId));
  const texts = Object.entries(record.translations).filter(([, t]) => t.title.trim() !== '');
  if (texts.length) await tx.insert(projectTranslations).values(texts.map(([locale, t]) => ({ projectId, locale, ...t })));
  if (record.funding.length) await tx.insert(funding).values(record.funding.map((f) => ({ projectId, ...f })));
  if (record.milestones.length) await tx.insert(milestones).values(record.milestones.map((m) => ({ projectId, ...m })));
  if (record.updates.length) await tx.insert(updates).values(record.updates.map((u) => ({ projectId, ...u, notifiedAt: told.get(updateKey(u)) ?? null })));
  if (record.media.length) await tx.insert(media).values(record.media.map((m, position) => ({ projectId, ...m, position })));
  // Every move of a tracked current value is kept publicly with its reason (issue #2).
  const moved = changedTracked(previous, record);
  if (previous && moved.length)
    await tx.insert(projectChanges).values(
      moved.map((field) => ({
        projectId,
        field,
        fromValue: trackedValue(previous, field),
        toValue: trackedValue(record, field) ?? '',
        reason: { it: record.reasons[field]?.it ?? '', ...record.reasons[field] },
        changedOn: today,
      })),
    );
}
