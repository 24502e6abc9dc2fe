/**
 * Each piece of news reaches an address once (issue #7, point 1). An address may follow a project
 * at once and its NIL weekly, then stop or switch the project between the notice and the digest;
 * or have a second weekly subscription confirmed after the first's digest went out. So what an
 * address is mailed is written down in the transaction that queues the mail, and digests leave it
 * out. A row is kept only while a weekly subscription of the address could still tell the event
 * (its digest has not reached the event's time); past that nothing can repeat it, and it goes.
 */
import { and, eq, inArray, isNotNull, lt, notExists, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projectEvents, subscriptions, toldEvents } from '../../../db/schema.ts';
import type { Tx } from '../projects/writeRecord.ts';

/** Addresses per statement: well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/** The subscription is a confirmed weekly one whose digest has not reached `at` yet. */
function weeklyBefore(at: SQLWrapper) {
  const since = sql`coalesce(${subscriptions.lastDigestAt}, ${subscriptions.confirmedAt})`;
  return and(eq(subscriptions.frequency, 'weekly'), isNotNull(subscriptions.confirmedAt), lt(since, at));
}

/**
 * Writes down that `emails` were mailed the events `eventIds`, for the addresses whose weekly
 * subscriptions could tell them again (most have none, and nothing is written for them).
 */
export async function recordTold(tx: Tx, emails: string[], eventIds: number[]): Promise<void> {
  if (eventIds.length === 0) return;
  for (let i = 0; i < emails.length; i += CHUNK) {
    const some = emails.slice(i, i + CHUNK);
    await tx
      .insert(toldEvents)
      .select(
        tx
          .selectDistinct({ email: subscriptions.email, eventId: projectEvents.id })
          .from(subscriptions)
          .innerJoin(projectEvents, inArray(projectEvents.id, eventIds))
          .where(and(inArray(subscriptions.email, some), weeklyBefore(projectEvents.at))),
      )
      .onConflictDoNothing();
  }
}

/** The events the address was already mailed that a digest of it could still cover. */
export async function alreadyTold(tx: Tx, email: string): Promise<Set<number>> {
  const rows = await tx.select({ eventId: toldEvents.eventId }).from(toldEvents).where(eq(toldEvents.email, email));
  return new Set(rows.map((r) => r.eventId));
}

/**
 * Deletes what no digest can repeat any more: the event is older than every weekly subscription's
 * last digest, or the address follows nothing weekly (switched, stopped, gone). Run by the mail
 * worker every tick: a read first, so an idle tick never takes the write lock.
 */
export async function forgetSettledNews(db: Db): Promise<void> {
  const settled = (q: Db | Tx) =>
    notExists(
      q
        .select({ one: sql`1` })
        .from(subscriptions)
        .innerJoin(projectEvents, eq(projectEvents.id, toldEvents.eventId))
        .where(and(eq(subscriptions.email, toldEvents.email), weeklyBefore(projectEvents.at))),
    );
  const [due] = await db.select({ one: sql`1` }).from(toldEvents).where(settled(db)).limit(1);
  if (!due) return;
  await db.transaction(async (tx) => {
    await tx.delete(toldEvents).where(settled(tx));
  });
}

/** Deletes what the address was told: it goes with the address (subscriberAddress.ts). */
export async function forgetTold(tx: Tx, email: string): Promise<void> {
  await tx.delete(toldEvents).where(eq(toldEvents.email, email));
}
