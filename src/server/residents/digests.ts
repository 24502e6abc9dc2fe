/**
 * Weekly digests (issue #7, point 1): one message per "weekly" address with what was published
 * about what its subscriptions follow since their last digest. The mail worker sends them at the weekly moment
 * (DIGEST_WEEKDAY, DIGEST_HOUR; src/lib/digestSlot.ts); an admin can send the due ones at once.
 * Each subscriber is claimed (`last_digest_at` moved only if nobody moved it meanwhile) in the
 * transaction that queues the message, so two ticks or two instances never send one twice, and
 * the next digest starts where this one ended. A week with nothing new sends nothing, and what
 * the address was already mailed (at once, as it follows the project at once and its NIL weekly;
 * or in a digest of another of its weekly subscriptions) is not told again (toldEvents.ts). Also
 * applies the retention of unconfirmed addresses and of what addresses were told.
 */
import { and, asc, eq, gt, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectEvents, projects, subscriptions, worksiteImpacts } from '../../../db/schema.ts';
import type { PublicationEvent } from '../../lib/publicationEvents.ts';
import { enqueueMail } from '../mail/queue.ts';
import type { Tx } from '../projects/writeRecord.ts';
import { digestMail, type DigestOccasion, type ImpactLine, type ProjectRef } from './messages.ts';
import { activeImpacts } from './notify.ts';
import { purgeUnconfirmed } from './subscriptions.ts';
import { projectTitles } from './projectTitles.ts';
import { followedNames } from './followedNames.ts';
import { alreadyTold, forgetSettledNews, recordTold } from './toldEvents.ts';

type Subscription = typeof subscriptions.$inferSelect;

const since = sql<string>`coalesce(${subscriptions.lastDigestAt}, ${subscriptions.confirmedAt})`;

type Item = { project: ProjectRef; events: Map<number, PublicationEvent>; impacts: ImpactLine[] };

/**
 * What happened to the subscriber's projects in (from, to], added to `into` by project; an event
 * seen through two subscriptions (a project and its NIL) is told once, and one `told` already
 * not again. An impact staff removed since is not told at all.
 */
async function addDigestItems(tx: Tx, sub: Subscription, from: string, to: string, told: Set<number>, into: Map<number, Item>) {
  const column = { project: projects.id, nil: projects.nilId, municipio: projects.municipioId }[sub.scope];
  const events = await tx
    .select({ id: projectEvents.id, projectId: projectEvents.projectId, detail: projectEvents.detail, slug: projects.slug })
    .from(projectEvents)
    .innerJoin(projects, eq(projects.id, projectEvents.projectId))
    .where(and(eq(column, sub.targetId), eq(projects.publication, 'published'), gt(projectEvents.at, from), lte(projectEvents.at, to)))
    .orderBy(asc(projectEvents.id));
  const rows = events.filter((e) => !told.has(e.id));
  const impactIds = rows.flatMap((r) => ((r.detail as unknown as PublicationEvent).kind === 'impact' ? [(r.detail as { id: number }).id] : []));
  const standing = new Set(impactIds.length ? (await tx.select({ id: worksiteImpacts.id }).from(worksiteImpacts).where(inArray(worksiteImpacts.id, impactIds))).map((i) => i.id) : []);
  for (const r of rows) {
    const event = r.detail as unknown as PublicationEvent;
    if (event.kind === 'impact' && !standing.has(event.id)) continue;
    if (!into.has(r.projectId)) {
      const impacts = await activeImpacts(tx, r.projectId, new Date(to));
      into.set(r.projectId, { project: { slug: r.slug, titles: await projectTitles(tx, r.projectId) }, events: new Map(), impacts });
    }
    into.get(r.projectId)!.events.set(r.id, event);
  }
}

/**
 * Queues the digest of every weekly subscriber whose last one is older than `dueBefore` (the
 * latest weekly moment for the worker, `now` for an admin's "send now"): one message per
 * address, with everything its subscriptions follow, as instant notices are. Returns how many
 * messages were queued.
 */
export async function queueDigests(db: Db, now: Date, dueBefore: Date = now): Promise<number> {
  await purgeUnconfirmed(db, now);
  await forgetSettledNews(db);
  const due = await db
    .select()
    .from(subscriptions)
    .where(and(isNotNull(subscriptions.confirmedAt), eq(subscriptions.frequency, 'weekly'), lt(since, dueBefore.toISOString())))
    .orderBy(asc(subscriptions.id));
  const byAddress = new Map<string, Subscription[]>();
  for (const sub of due) byAddress.set(sub.email, [...(byAddress.get(sub.email) ?? []), sub]);
  let queued = 0;
  for (const subs of byAddress.values()) queued += await db.transaction((tx) => digestAddress(tx, subs, now));
  return queued;
}

/**
 * One address's digest, inside the caller's transaction: claims each of `subs` (weekly rows of
 * one address), gathers what they follow since their last digest and queues one message if
 * anything is new. Also called when a row is switched to "at once", so the news it was keeping
 * for the weekly digest is sent then rather than never (changeFrequency.ts). Returns 1 if a
 * message was queued.
 */
export async function digestAddress(tx: Tx, subs: Subscription[], now: Date, occasion: DigestOccasion = 'weekly'): Promise<number> {
  const at = now.toISOString();
  const items = new Map<number, Item>();
  const told = await alreadyTold(tx, subs[0].email);
  let first: Subscription | null = null;
  const claimedSubs: Subscription[] = [];
  for (const sub of subs) {
    const from = sub.lastDigestAt ?? sub.confirmedAt!;
    const [claimed] = await tx.update(subscriptions).set({ lastDigestAt: at }).where(and(eq(subscriptions.id, sub.id), sql`${since} = ${from}`)).returning({ id: subscriptions.id });
    if (!claimed) continue; // another tick or instance took it
    first ??= sub;
    claimedSubs.push(sub);
    await addDigestItems(tx, sub, from, at, told, items);
  }
  const news = [...items.values()].filter((i) => i.events.size > 0);
  if (!first || news.length === 0) return 0;
  // The footer names everything this digest covers.
  const named = await followedNames(tx, claimedSubs);
  await enqueueMail(tx, digestMail(first, news.map((i) => ({ ...i, events: [...i.events.values()] })), claimedSubs.map(named), occasion));
  // A weekly row of the address not due yet (confirmed after the weekly moment) covers part of this.
  await recordTold(tx, [first.email], news.flatMap((i) => [...i.events.keys()]));
  return 1;
}
