/**
 * Weekly digests (issue #7, point 1): one message per "weekly" subscriber with what was published
 * about what they follow since their last digest. The mail worker sends them at the weekly moment
 * (DIGEST_WEEKDAY, DIGEST_HOUR; src/lib/digestSlot.ts); an admin can send the due ones at once.
 * Each subscriber is claimed (`last_digest_at` moved only if nobody moved it meanwhile) in the
 * transaction that queues the message, so two ticks or two instances never send one twice, and
 * the next digest starts where this one ended. A week with nothing new sends nothing. Also
 * applies the retention of unconfirmed addresses.
 */
import { and, asc, eq, gt, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectEvents, projects, projectTranslations, subscriptions } from '../../../db/schema.ts';
import type { PublicationEvent } from '../../lib/publicationEvents.ts';
import { enqueueMail } from '../mail/queue.ts';
import type { Tx } from '../projects/writeRecord.ts';
import { digestMail, type ImpactLine, type ProjectRef } from './messages.ts';
import { activeImpacts } from './notify.ts';
import { purgeUnconfirmed } from './subscriptions.ts';

type Subscription = typeof subscriptions.$inferSelect;

/** What happened to the subscriber's projects in (from, to], grouped by project. */
async function digestItems(tx: Tx, sub: Subscription, from: string, to: string) {
  const column = { project: projects.id, nil: projects.nilId, municipio: projects.municipioId }[sub.scope];
  const rows = await tx
    .select({ projectId: projectEvents.projectId, detail: projectEvents.detail, slug: projects.slug })
    .from(projectEvents)
    .innerJoin(projects, eq(projects.id, projectEvents.projectId))
    .where(and(eq(column, sub.targetId), eq(projects.publication, 'published'), gt(projectEvents.at, from), lte(projectEvents.at, to)))
    .orderBy(asc(projectEvents.id));
  const byProject = new Map<number, { project: ProjectRef; events: PublicationEvent[]; impacts: ImpactLine[] }>();
  for (const r of rows) {
    if (!byProject.has(r.projectId)) {
      const titles = await tx.select({ locale: projectTranslations.locale, title: projectTranslations.title }).from(projectTranslations).where(eq(projectTranslations.projectId, r.projectId));
      const impacts = await activeImpacts(tx, r.projectId, new Date(to));
      byProject.set(r.projectId, { project: { slug: r.slug, titles: Object.fromEntries(titles.map((x) => [x.locale, x.title])) }, events: [], impacts });
    }
    byProject.get(r.projectId)!.events.push(r.detail as unknown as PublicationEvent);
  }
  return [...byProject.values()];
}

/**
 * Queues the digest of every weekly subscriber whose last one is older than `dueBefore` (the
 * latest weekly moment for the worker, `now` for an admin's "send now"). Returns how many
 * messages were queued.
 */
export async function queueDigests(db: Db, now: Date, dueBefore: Date = now): Promise<number> {
  await purgeUnconfirmed(db, now);
  const at = now.toISOString();
  const since = sql<string>`coalesce(${subscriptions.lastDigestAt}, ${subscriptions.confirmedAt})`;
  const due = await db
    .select()
    .from(subscriptions)
    .where(and(isNotNull(subscriptions.confirmedAt), eq(subscriptions.frequency, 'weekly'), lt(since, dueBefore.toISOString())));
  let queued = 0;
  for (const sub of due) {
    const from = sub.lastDigestAt ?? sub.confirmedAt!;
    queued += await db.transaction(async (tx) => {
      const [claimed] = await tx.update(subscriptions).set({ lastDigestAt: at }).where(and(eq(subscriptions.id, sub.id), sql`${since} = ${from}`)).returning({ id: subscriptions.id });
      if (!claimed) return 0; // another tick or instance took it
      const items = await digestItems(tx, sub, from, at);
      if (items.length === 0) return 0;
      await enqueueMail(tx, digestMail(sub, items));
      return 1;
    });
  }
  return queued;
}
