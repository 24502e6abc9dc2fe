/**
 * What subscriptions follow, named for the footer of their mails (messages.ts): a project by its
 * titles, a NIL by its name, a Municipio by its number. One query per kind however many
 * subscriptions, then a lookup per subscription.
 * @example (await followedNames(tx, [{ scope: 'municipio', targetId: 8 }]))({ scope: 'municipio', targetId: 8 }) // { scope: 'municipio', id: 8 }
 */
import { inArray } from 'drizzle-orm';
import { nil } from '../../../db/schema.ts';
import type { FollowScope } from '../../lib/residents.ts';
import type { Tx } from '../projects/writeRecord.ts';
import type { Followed } from './messages.ts';
import { projectTitlesById } from './projectTitles.ts';

type Target = { scope: FollowScope; targetId: number };

export async function followedNames(tx: Tx, subs: Target[]): Promise<(sub: Target) => Followed> {
  const ids = (scope: FollowScope) => [...new Set(subs.filter((s) => s.scope === scope).map((s) => s.targetId))];
  const titles = await projectTitlesById(tx, ids('project'));
  const nilIds = ids('nil');
  const nilNames = new Map(nilIds.length ? (await tx.select({ id: nil.id, name: nil.name }).from(nil).where(inArray(nil.id, nilIds))).map((n) => [n.id, n.name]) : []);
  return (s) =>
    s.scope === 'project' ? { scope: 'project', titles: titles.get(s.targetId) ?? {} }
    : s.scope === 'nil' ? { scope: 'nil', name: nilNames.get(s.targetId) ?? '' }
    : { scope: 'municipio', id: s.targetId };
}
