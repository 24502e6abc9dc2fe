/**
 * What an address was already mailed at once, so that its weekly digest leaves it out: each piece
 * of news reaches an address once, by the fastest way the address asked for it (an address may
 * follow a project at once and its NIL weekly).
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { subscriptions } from '../../../db/schema.ts';
import type { Tx } from '../projects/writeRecord.ts';

/** A project event as the digest reads it: which project, where, and when it was published. */
export interface EventPlace {
  projectId: number;
  nilId: number | null;
  municipioId: number | null;
  at: string;
}

/**
 * A test for the address's events: true when, at the event's time, a confirmed "at once"
 * subscription of the address contained its project, so notify.ts mailed it then. Such a row has
 * been "at once" since it was confirmed, or since it was switched to it: changeFrequency.ts
 * stamps that moment in `last_digest_at`, which a row that is not weekly has no other use for,
 * so no history table is needed.
 * @example (await toldAtOnce(tx, 'a@example.org'))({ projectId: 1, nilId: 7, municipioId: 4, at: '2026-05-10T00:00:00.000Z' }) // true if it follows project 1, NIL 7 or Municipio 4 at once since before then
 */
export async function toldAtOnce(tx: Tx, email: string): Promise<(event: EventPlace) => boolean> {
  const rows = await tx
    .select({ scope: subscriptions.scope, targetId: subscriptions.targetId, since: sql<string>`coalesce(${subscriptions.lastDigestAt}, ${subscriptions.confirmedAt})` })
    .from(subscriptions)
    .where(and(eq(subscriptions.email, email), eq(subscriptions.frequency, 'instant'), isNotNull(subscriptions.confirmedAt)));
  return (e) => rows.some((r) => r.since < e.at && r.targetId === { project: e.projectId, nil: e.nilId, municipio: e.municipioId }[r.scope]);
}
