/** The manage page's "stop following" for one subscription of the token's own address. */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { retiredTokens, subscriptions } from '../../../db/schema.ts';
import { addressOfToken, forgetAddress } from './subscriberAddress.ts';

/**
 * Deletes subscription `id` if it belongs to the token's address. Its token is kept, retired,
 * for the mails that carried it (they stand for the whole address). Stopping the last one
 * deletes the address, as "stop everything" does: `last` says so.
 * @example await stopFollowing(db, token, 12) // { scope: 'nil', targetId: 7, last: false }
 */
export async function stopFollowing(db: Db, token: string, id: number) {
  return db.transaction(async (tx) => {
    const address = await addressOfToken(tx, token);
    if (!address) return 'unknownToken' as const;
    const [row] = await tx.select().from(subscriptions).where(and(eq(subscriptions.id, id), eq(subscriptions.email, address.email)));
    if (!row) return 'notFound' as const;
    const stopped = { scope: row.scope, targetId: row.targetId };
    const [other] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.email, row.email), ne(subscriptions.id, row.id))).limit(1);
    if (!other) {
      await forgetAddress(tx, row.email);
      return { ...stopped, last: true };
    }
    await tx.insert(retiredTokens).values({ unsubscribeHash: row.unsubscribeHash, email: row.email }).onConflictDoNothing();
    await tx.delete(subscriptions).where(eq(subscriptions.id, row.id));
    return { ...stopped, last: false };
  });
}
