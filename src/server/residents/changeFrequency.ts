/** The manage page's "how often" for one subscription of the token's own address. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { subscriptions } from '../../../db/schema.ts';
import type { Frequency } from '../../lib/residents.ts';
import { addressOfToken } from './subscriberAddress.ts';

/**
 * Sets the frequency of subscription `id` if it belongs to the token's address ('notFound' for
 * anyone else's: a token acts on its own address only, and says nothing of others').
 * @example await changeFrequency(db, token, 12, 'weekly') // { id: 12, scope: 'project', targetId: 4 }
 */
export async function changeFrequency(db: Db, token: string, id: number, frequency: Frequency, now = new Date()) {
  return db.transaction(async (tx) => {
    const address = await addressOfToken(tx, token);
    if (!address) return 'unknownToken' as const;
    const [row] = await tx.select().from(subscriptions).where(and(eq(subscriptions.id, id), eq(subscriptions.email, address.email)));
    if (!row) return 'notFound' as const;
    if (row.frequency !== frequency) {
      // To weekly: the first digest starts now, as the news since the subscription was confirmed,
      // or since an older digest, already went out at once. To instant: the news of the week not
      // yet digested are on the site and are not mailed by this row; what it mails from now on
      // is written down (toldEvents.ts) for the digests of the address's other subscriptions.
      const lastDigestAt = frequency === 'weekly' && row.confirmedAt ? now.toISOString() : row.lastDigestAt;
      await tx.update(subscriptions).set({ frequency, lastDigestAt }).where(eq(subscriptions.id, row.id));
    }
    return { id: row.id, scope: row.scope, targetId: row.targetId };
  });
}
