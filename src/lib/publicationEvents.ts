/**
 * What a publication tells the people following a project (issue #7, point 1): each new public
 * update (`updateEvent`), a change of official status, a new expected end (with its reason: a
 * delay is what residents most want to hear of) and each milestone newly reached. Pure:
 * `publicationEvents` compares the record as it was published before with the one being published.
 */
import type { ProjectRecord } from './projectSchema.ts';

export type PublicationEvent =
  | { kind: 'update'; title: Record<string, string>; body: Record<string, string>; on: string }
  | { kind: 'status'; from: string | null; to: string }
  | { kind: 'milestone'; title: Record<string, string>; on: string }
  | { kind: 'end'; from: string; to: string; reason: Record<string, string> | null }
  // A worksite impact staff just added (road closure, detour…): public at once, told at once.
  | { kind: 'impact'; id: number; impact: string; description: Record<string, string>; startsOn: string; endsOn: string };

type Slice = Pick<ProjectRecord, 'status' | 'milestones'> & Partial<Pick<ProjectRecord, 'endCurrent' | 'reasons'>>;

/**
 * Status and milestones only: updates are announced through their own `notified_at` claim
 * (src/server/residents/announceUpdates.ts), which also covers updates scheduled for later.
 * @example publicationEvents({ status: 'design', updates: [], milestones: [] }, { status: 'works', updates: [], milestones: [] })
 *   // [{ kind: 'status', from: 'design', to: 'works' }]
 */
export function publicationEvents(before: Slice | null, after: Slice): PublicationEvent[] {
  const events: PublicationEvent[] = [];
  if (!before || before.status !== after.status) events.push({ kind: 'status', from: before?.status ?? null, to: after.status });
  if (before?.endCurrent && after.endCurrent && before.endCurrent !== after.endCurrent)
    events.push({ kind: 'end', from: before.endCurrent, to: after.endCurrent, reason: (after.reasons?.end as Record<string, string> | undefined) ?? null });
  const reached = new Set((before?.milestones ?? []).filter((m) => m.done).map((m) => `${m.plannedOn}|${m.title.it}`));
  for (const m of after.milestones) {
    if (m.done && !reached.has(`${m.plannedOn}|${m.title.it}`)) events.push({ kind: 'milestone', title: m.title, on: m.actualOn ?? m.plannedOn });
  }
  return events;
}

/** An update row as the event followers are told about. */
export function updateEvent(u: { title: Texts; body: Texts; publishedOn: string }): PublicationEvent {
  return { kind: 'update', title: u.title as Record<string, string>, body: u.body as Record<string, string>, on: u.publishedOn };
}

/** An update's identity across revisions: its date and Italian title. */
export const updateKey = (u: { publishedOn: string; title: Texts }) => `${u.publishedOn}|${u.title.it}`;

type Texts = { it: string } & Partial<Record<string, string>>;
