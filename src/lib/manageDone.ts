/**
 * What the manage page says after a change. The Action answers a change with a redirect to the
 * page (post/redirect/get: reloading does not send the form again), and this query is the
 * message between the two: built by one, read by the other, through the same schema.
 */
import { z } from 'astro/zod';
import { followScopes } from './residents.ts';

const id = z.coerce.number().int().positive();
const manageDoneSchema = z.discriminatedUnion('done', [
  // `sent`: switched to "at once", and what the weekly digest was keeping was mailed then.
  z.object({ done: z.literal('frequency'), item: id, sent: z.literal('1').optional() }),
  z.object({ done: z.literal('stop'), scope: z.enum(followScopes), target: id }),
  // The address is gone (stopped everything, or its last subscription): no token to come back with.
  z.object({ done: z.literal('all') }),
]);
export type ManageDone = z.output<typeof manageDoneSchema>;

/** @example manageDonePath('en', 'tok', { done: 'frequency', item: 3 }) // '/en/follow/manage?token=tok&done=frequency&item=3' */
export function manageDonePath(locale: string, token: string | null, done: ManageDone): string {
  const query = new URLSearchParams(token && done.done !== 'all' ? { token } : {});
  for (const [key, value] of Object.entries(done)) query.set(key, String(value));
  return `/${locale}/follow/manage?${query}`;
}

/** @example parseManageDone(new URLSearchParams('done=all')) // { done: 'all' } */
export function parseManageDone(params: URLSearchParams): ManageDone | null {
  const parsed = manageDoneSchema.safeParse(Object.fromEntries(params));
  return parsed.success ? parsed.data : null;
}
