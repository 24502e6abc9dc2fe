/** The manage page's "how often" for one subscription of the token's own address. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { subscriptions } from '../../../db/schema.ts';
import type { Frequency } from '../../lib/residents.ts';
import { digestAddress } from './digests.ts';
import { addressOfToken } from './subscriberAddress.ts';

/**
 * Sets the frequency of subscription `id` if it belongs to the token's address ('notFound' for
 * anyone else's: a token acts on its own address only, and says nothing of others').
 * @example await changeFrequency(db, token, 12, 'weekly') // { id: 12, scope: 'project', targetId: 4, sent: false }
 */
export async function changeFrequency(db: Db, token: string, id: number, frequency: Frequency, now = new Date()) {
  return db.transaction(async (tx) => {
    const address = await addressOfToken(tx, token);
    if (!address) return 'unknownToken' as const;
    const [row] = await tx.select().from(subscriptions).where(and(eq(subscriptions.id, id), eq(subscriptions.email, address.email)));
    if (!row) return 'notFound' as const;
    let sent = false; // a digest of what the row was keeping, queued at the switch to "at once"
    if (row.frequency !== frequency && frequency === 'weekly') {
      // The first digest starts now: the news since the subscription was confirmed, or since an
      // older digest, already went out at once.
      await tx.update(subscriptions).set({ frequency, lastDigestAt: row.confirmedAt ? now.toISOString() : row.lastDigestAt }).where(eq(subscriptions.id, row.id));
    } else if (row.frequency !== frequency) {
      // To "at once": what the row was keeping for its weekly digest goes out now, in a digest of
      // its own, rather than never; from now on each piece of news is mailed when published.
      if (row.confirmedAt) sent = (await digestAddress(tx, [row], now, 'switch')) > 0;
      await tx.update(subscriptions).set({ frequency }).where(eq(subscriptions.id, row.id));
    }
    return { id: row.id, scope: row.scope, targetId: row.targetId, sent };
  });
}
