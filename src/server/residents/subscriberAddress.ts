/**
 * Whose a token is. Every mail to a subscriber carries one of the address's rows' unsubscribe
 * token; that token stands for the address (one notice or digest covers all of its
 * subscriptions), so it opens the address's manage page and deletes the address. A token whose
 * row was stopped on its own is kept in `subscription_retired_tokens` and still says whose it is.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { retiredTokens, subscriptions } from '../../../db/schema.ts';
import { tokenHash } from '../auth/tokens.ts';
import type { Tx } from '../projects/writeRecord.ts';
import { forgetTold } from './toldEvents.ts';

export interface SubscriberAddress {
  email: string;
  /** The language the token's subscription was made in (or the address's first one's). */
  locale: string;
}

/** The address a token belongs to, while it follows anything; null for a token that is nobody's. */
export async function addressOfToken(db: Db | Tx, token: string): Promise<SubscriberAddress | null> {
  const hash = tokenHash(token);
  const [own] = await db.select({ email: subscriptions.email, locale: subscriptions.locale }).from(subscriptions).where(eq(subscriptions.unsubscribeHash, hash));
  if (own) return own;
  const [retired] = await db.select({ email: retiredTokens.email }).from(retiredTokens).where(eq(retiredTokens.unsubscribeHash, hash));
  if (!retired) return null;
  const [first] = await db.select({ email: subscriptions.email, locale: subscriptions.locale }).from(subscriptions).where(eq(subscriptions.email, retired.email)).orderBy(asc(subscriptions.id)).limit(1);
  return first ?? null;
}

/** Deletes the address: every subscription of it, every token it was sent, what it was told. Call inside a transaction. */
export async function forgetAddress(tx: Tx, email: string): Promise<void> {
  await tx.delete(subscriptions).where(eq(subscriptions.email, email));
  await tx.delete(retiredTokens).where(eq(retiredTokens.email, email));
  await forgetTold(tx, email);
}
