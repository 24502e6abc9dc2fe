/**
 * Called inside the publish transaction (src/server/projects/workflow.ts): records what changed
 * as project events (for the weekly digests) and queues a message to every confirmed "at once"
 * subscriber of the project, its NIL or its Municipio. Same transaction, so a publication and
 * its notifications are committed together or not at all.
 */
import { and, eq, gte, isNotNull, lte, or } from 'drizzle-orm';
import { projectEvents, subscriptions, worksiteImpacts } from '../../../db/schema.ts';
import type { PublicationEvent } from '../../lib/publicationEvents.ts';
import { todayIso } from '../../lib/dates.ts';
import { enqueueMail } from '../mail/queue.ts';
import type { Tx } from '../projects/writeRecord.ts';
import { notifyMail, type ProjectRef } from './messages.ts';
import { followedNames } from './followedNames.ts';

export interface PublishedProject extends ProjectRef {
  id: number;
  nilId: number | null;
  municipioId: number | null;
}

/** Subscriptions whose scope contains the project, confirmed, one per address. */
export async function followersOf(tx: Tx, p: { id: number; nilId: number | null; municipioId: number | null }, frequency?: 'instant' | 'weekly') {
  const scopes = [and(eq(subscriptions.scope, 'project'), eq(subscriptions.targetId, p.id))];
  if (p.nilId) scopes.push(and(eq(subscriptions.scope, 'nil'), eq(subscriptions.targetId, p.nilId)));
  if (p.municipioId) scopes.push(and(eq(subscriptions.scope, 'municipio'), eq(subscriptions.targetId, p.municipioId)));
  const rows = await tx
    .select()
    .from(subscriptions)
    .where(and(isNotNull(subscriptions.confirmedAt), or(...scopes), frequency ? eq(subscriptions.frequency, frequency) : undefined));
  const byEmail = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!byEmail.has(r.email)) byEmail.set(r.email, r);
  return [...byEmail.values()];
}

export async function activeImpacts(tx: Tx, projectId: number, now: Date) {
  const today = todayIso(now);
  return tx.select().from(worksiteImpacts).where(and(eq(worksiteImpacts.projectId, projectId), lte(worksiteImpacts.startsOn, today), gte(worksiteImpacts.endsOn, today)));
}

export async function notifyPublication(tx: Tx, project: PublishedProject, events: PublicationEvent[], now: Date): Promise<void> {
  if (events.length === 0) return;
  const at = now.toISOString();
  await tx.insert(projectEvents).values(events.map((e) => ({ projectId: project.id, kind: e.kind, detail: e as unknown as Record<string, unknown>, at })));
  const followers = await followersOf(tx, project, 'instant');
  if (followers.length === 0) return;
  const impacts = await activeImpacts(tx, project.id, now);
  // Each mail's footer names the subscription it is sent for (the one whose unsubscribe link it carries).
  const named = await followedNames(tx, followers);
  await enqueueMail(tx, followers.map((f) => notifyMail(f, project, events, impacts, [named(f)])));
}
