/**
 * Weekly digests (issue #7, point 1): once a week per "weekly" subscriber, one message with what
 * was published since the last one about the projects they follow. Run by the mail worker; a
 * week with nothing new sends nothing. Also applies the retention of unconfirmed addresses.
 */
import { and, asc, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectEvents, projects, projectTranslations, subscriptions } from '../../../db/schema.ts';
import type { PublicationEvent } from '../../lib/publicationEvents.ts';
import { enqueueMail } from '../mail/queue.ts';
import { digestMail, type ProjectRef } from './messages.ts';
import { purgeUnconfirmed } from './subscriptions.ts';

const WEEK_MS = 7 * 86_400_000;

export async function queueDigests(db: Db, now: Date): Promise<number> {
  await purgeUnconfirmed(db, now);
  const weekAgo = new Date(now.getTime() - WEEK_MS).toISOString();
  const since = sql<string>`coalesce(${subscriptions.lastDigestAt}, ${subscriptions.confirmedAt})`;
  const due = await db
    .select()
    .from(subscriptions)
    .where(and(isNotNull(subscriptions.confirmedAt), eq(subscriptions.frequency, 'weekly'), lte(since, weekAgo)));
  let queued = 0;
  for (const sub of due) {
    const from = sub.lastDigestAt ?? sub.confirmedAt!;
    const column = { project: projects.id, nil: projects.nilId, municipio: projects.municipioId }[sub.scope];
    const rows = await db
      .select({ projectId: projectEvents.projectId, detail: projectEvents.detail, slug: projects.slug })
      .from(projectEvents)
      .innerJoin(projects, eq(projects.id, projectEvents.projectId))
      .where(and(eq(column, sub.targetId), eq(projects.publication, 'published'), gt(projectEvents.at, from), lte(projectEvents.at, now.toISOString())))
      .orderBy(asc(projectEvents.id));
    const byProject = new Map<number, { project: ProjectRef; events: PublicationEvent[] }>();
    for (const r of rows) {
      if (!byProject.has(r.projectId)) {
        const titles = await db.select({ locale: projectTranslations.locale, title: projectTranslations.title }).from(projectTranslations).where(eq(projectTranslations.projectId, r.projectId));
        byProject.set(r.projectId, { project: { slug: r.slug, titles: Object.fromEntries(titles.map((x) => [x.locale, x.title])) }, events: [] });
      }
      byProject.get(r.projectId)!.events.push(r.detail as unknown as PublicationEvent);
    }
    await db.transaction(async (tx) => {
      if (byProject.size > 0) await enqueueMail(tx, digestMail(sub, [...byProject.values()]));
      await tx.update(subscriptions).set({ lastDigestAt: now.toISOString() }).where(eq(subscriptions.id, sub.id));
    });
    if (byProject.size > 0) queued++;
  }
  return queued;
}
