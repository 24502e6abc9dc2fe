/**
 * Called inside the publish transaction (src/server/projects/workflow.ts): records what changed
 * as project events (for the weekly digests) and queues one message to every address with a
 * confirmed "at once" subscription to the project, its NIL or its Municipio. Same transaction, so
 * a publication and its notifications are committed together or not at all.
 */
import { and, eq, gte, isNotNull, lte, or } from 'drizzle-orm';
import { projectEvents, subscriptions, worksiteImpacts } from '../../../db/schema.ts';
import type { PublicationEvent } from '../../lib/publicationEvents.ts';
import { todayIso } from '../../lib/dates.ts';
import { enqueueMail } from '../mail/queue.ts';
import type { Tx } from '../projects/writeRecord.ts';
import { notifyMail, type ProjectRef } from './messages.ts';
import { followedNames } from './followedNames.ts';
import { recordTold } from './toldEvents.ts';

export interface PublishedProject extends ProjectRef {
  id: number;
  nilId: number | null;
  municipioId: number | null;
}

type Subscription = typeof subscriptions.$inferSelect;

/**
 * The confirmed "at once" subscriptions whose scope contains the project, grouped by address
 * (oldest row first): an address following a project and its NIL gets one mail, not two.
 */
export async function instantFollowersOf(tx: Tx, p: { id: number; nilId: number | null; municipioId: number | null }): Promise<Subscription[][]> {
  const scopes = [and(eq(subscriptions.scope, 'project'), eq(subscriptions.targetId, p.id))];
  if (p.nilId) scopes.push(and(eq(subscriptions.scope, 'nil'), eq(subscriptions.targetId, p.nilId)));
  if (p.municipioId) scopes.push(and(eq(subscriptions.scope, 'municipio'), eq(subscriptions.targetId, p.municipioId)));
  const rows = await tx
    .select()
    .from(subscriptions)
    .where(and(isNotNull(subscriptions.confirmedAt), eq(subscriptions.frequency, 'instant'), or(...scopes)))
    .orderBy(subscriptions.id);
  const byEmail = new Map<string, Subscription[]>();
  for (const r of rows) byEmail.set(r.email, [...(byEmail.get(r.email) ?? []), r]);
  return [...byEmail.values()];
}

export async function activeImpacts(tx: Tx, projectId: number, now: Date) {
  const today = todayIso(now);
  return tx.select().from(worksiteImpacts).where(and(eq(worksiteImpacts.projectId, projectId), lte(worksiteImpacts.startsOn, today), gte(worksiteImpacts.endsOn, today)));
}

export async function notifyPublication(tx: Tx, project: PublishedProject, events: PublicationEvent[], now: Date): Promise<void> {
  if (events.length === 0) return;
  const at = now.toISOString();
  const written = await tx
    .insert(projectEvents)
    .values(events.map((e) => ({ projectId: project.id, kind: e.kind, detail: e as unknown as Record<string, unknown>, at })))
    .returning({ id: projectEvents.id });
  const addresses = await instantFollowersOf(tx, project);
  if (addresses.length === 0) return;
  // So that a weekly subscription of the same address (its NIL, say) does not tell them again.
  await recordTold(tx, addresses.map((rows) => rows[0].email), written.map((e) => e.id));
  const impacts = await activeImpacts(tx, project.id, now);
  // Each mail's footer names every subscription of the address it is sent for, and carries the
  // links of the first (a token opens the whole address's manage page, subscriberAddress.ts).
  const named = await followedNames(tx, addresses.flat());
  await enqueueMail(tx, addresses.map((rows) => notifyMail(rows[0], project, events, impacts, rows.map(named))));
}
