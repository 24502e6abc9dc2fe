/**
 * What a publication tells the people following a project (issue #7, point 1): each new public
 * update, a change of official status and each milestone newly reached. Pure: it compares the
 * record as it was published before with the one being published.
 */
import type { ProjectRecord } from './projectSchema.ts';

export type PublicationEvent =
  | { kind: 'update'; title: Record<string, string>; body: Record<string, string>; on: string }
  | { kind: 'status'; from: string | null; to: string }
  | { kind: 'milestone'; title: Record<string, string>; on: string };

type Slice = Pick<ProjectRecord, 'status' | 'updates' | 'milestones'>;

/**
 * Updates scheduled for later are left out: they are not public yet when this runs.
 * @example publicationEvents({ status: 'design', updates: [], milestones: [] }, { status: 'works', updates: [], milestones: [] }, now)
 *   // [{ kind: 'status', from: 'design', to: 'works' }]
 */
export function publicationEvents(before: Slice | null, after: Slice, now: Date): PublicationEvent[] {
  const events: PublicationEvent[] = [];
  if (!before || before.status !== after.status) events.push({ kind: 'status', from: before?.status ?? null, to: after.status });
  const seen = new Set((before?.updates ?? []).map((u) => `${u.publishedOn}|${u.title.it}`));
  for (const u of after.updates) {
    if (seen.has(`${u.publishedOn}|${u.title.it}`)) continue;
    if (u.publishAt && Date.parse(u.publishAt) > now.getTime()) continue;
    events.push({ kind: 'update', title: u.title, body: u.body, on: u.publishedOn });
  }
  const reached = new Set((before?.milestones ?? []).filter((m) => m.done).map((m) => `${m.plannedOn}|${m.title.it}`));
  for (const m of after.milestones) {
    if (m.done && !reached.has(`${m.plannedOn}|${m.title.it}`)) events.push({ kind: 'milestone', title: m.title, on: m.actualOn ?? m.plannedOn });
  }
  return events;
}
