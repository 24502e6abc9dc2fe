/** One change from the manage page, as its Action received it: which one, and what to say after. */
import type { Db } from '../../../db/client.ts';
import type { ManageDone } from '../../lib/manageDone.ts';
import type { ManageInput } from '../../lib/residents.ts';
import { changeFrequency } from './changeFrequency.ts';
import { stopFollowing } from './stopFollowing.ts';
import { unsubscribe } from './subscriptions.ts';

/**
 * 'unknownToken' for a token that is nobody's (any more); 'notFound' for a subscription that is
 * not the token's address's (stopped meanwhile, or someone else's).
 * @example await manageChange(db, { intent: 'stop', token, subscription: 12 }) // { done: 'stop', scope: 'nil', target: 7 }
 */
export async function manageChange(db: Db, input: ManageInput, now = new Date()): Promise<ManageDone | 'unknownToken' | 'notFound'> {
  if (input.intent === 'stopAll') return (await unsubscribe(db, input.token)) ? { done: 'all' } : 'unknownToken';
  if (input.intent === 'frequency') {
    const changed = await changeFrequency(db, input.token, input.subscription, input.frequency, now);
    return typeof changed === 'string' ? changed : { done: 'frequency', item: changed.id, ...(changed.sent ? { sent: '1' as const } : {}) };
  }
  const stopped = await stopFollowing(db, input.token, input.subscription);
  if (typeof stopped === 'string') return stopped;
  return stopped.last ? { done: 'all' } : { done: 'stop', scope: stopped.scope, target: stopped.targetId };
}
