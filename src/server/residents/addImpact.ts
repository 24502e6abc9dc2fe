/**
 * Staff add a worksite impact (issue #7, point 6). It is public at once, so followers of a
 * published project hear of it at once too (or in their digest): the row, its audit entry, the
 * project event and the messages are written in one transaction.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projects, worksiteImpacts } from '../../../db/schema.ts';
import type { ImpactKind } from '../../lib/residents.ts';
import { audit, type AuditBy } from '../audit.ts';
import { notifyPublication } from './notify.ts';
import { invalidateTags, projectCacheTags, purgeAfterCommit } from '../cache/invalidate.ts';
import { projectTitles } from './projectTitles.ts';
import { todayIso } from '../../lib/dates.ts';

export interface NewImpact {
  kind: ImpactKind;
  descriptionIt: string;
  descriptionEn: string;
  startsOn: string;
  endsOn: string;
}

export async function addImpact(db: Db, projectId: number, d: NewImpact, by: AuditBy, now = new Date()): Promise<number> {
  const [id, stale] = await db.transaction(async (tx) => {
    const description: { it: string } & Record<string, string> = d.descriptionEn ? { it: d.descriptionIt, en: d.descriptionEn } : { it: d.descriptionIt };
    const [row] = await tx.insert(worksiteImpacts).values({ projectId, kind: d.kind, startsOn: d.startsOn, endsOn: d.endsOn, description }).returning({ id: worksiteImpacts.id });
    await audit(tx, { ...by, action: 'impact_add', targetType: 'project', targetId: projectId, detail: { impact: row.id, kind: d.kind, startsOn: d.startsOn, endsOn: d.endsOn } });
    const [p] = await tx.select({ id: projects.id, slug: projects.slug, nilId: projects.nilId, municipioId: projects.municipioId, publication: projects.publication }).from(projects).where(eq(projects.id, projectId));
    // An impact already over when typed (a record of the past) is not news.
    if (p?.publication === 'published' && d.endsOn >= todayIso(now)) {
      const event = { kind: 'impact' as const, id: row.id, impact: d.kind, description, startsOn: d.startsOn, endsOn: d.endsOn };
      await notifyPublication(tx, { ...p, titles: await projectTitles(tx, projectId) }, [event], now);
    }
    // Impacts show on the project and NIL pages (issue #9: their cached copies go with them).
    return [row.id, await invalidateTags(tx, await projectCacheTags(tx, projectId))] as const;
  });
  purgeAfterCommit(stale);
  return id;
}
