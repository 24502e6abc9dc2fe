/**
 * Following without an account (issue #7, point 1): subscribe (pending, confirmation mail
 * queued in the same transaction), confirm with the link's token (stored hashed, expiring),
 * unsubscribe with the token every message carries, which deletes the address. Changing one
 * subscription is the manage page's (changeFrequency.ts, stopFollowing.ts).
 */
import { and, eq, gt, isNotNull, isNull, lt, notExists, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { municipi, nil, projects, projectTranslations, retiredTokens, subscriptions } from '../../../db/schema.ts';
import { CONFIRM_HOURS, type FollowScope, type SubscribeInput } from '../../lib/residents.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { enqueueMail } from '../mail/queue.ts';
import { alreadyFollowingMail, confirmMail } from './messages.ts';
import { addressOfToken, forgetAddress } from './subscriberAddress.ts';

/** The name of what is followed, in the reader's language; null when it does not exist (or is not public). */
export async function targetName(db: Db, scope: FollowScope, id: number, locale: Locale): Promise<string | null> {
  const t = useTranslations(locale);
  if (scope === 'municipio') {
    const [m] = await db.select({ id: municipi.id }).from(municipi).where(eq(municipi.id, id));
    return m ? t('municipio.title', { n: m.id }) : null;
  }
  if (scope === 'nil') {
    const [n] = await db.select({ name: nil.name }).from(nil).where(eq(nil.id, id));
    return n ? t('nil.title', { name: n.name }) : null;
  }
  const rows = await db
    .select({ locale: projectTranslations.locale, title: projectTranslations.title })
    .from(projects)
    .innerJoin(projectTranslations, eq(projectTranslations.projectId, projects.id))
    .where(and(eq(projects.id, id), eq(projects.publication, 'published')));
  return (rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === 'it'))?.title ?? null;
}

/**
 * Records a pending subscription and queues its confirmation. Subscribing again to the same
 * thing before confirming sends a new confirmation link with a new expiry (and takes the chosen
 * frequency) but keeps the row's unsubscribe token, so the unsubscribe and manage links of the
 * earlier mail keep working, and so does its confirmation link (the one before the latest, until
 * the new expiry): people press twice when a mail is slow, then open the first that arrives. An
 * address that already follows it gets a mail saying so, with its manage page to change how often
 * (the form cannot change a confirmed subscription: anyone can type any address into it); the
 * form answers as for everyone else, so it reveals nothing about who follows what.
 */
export async function subscribe(db: Db, input: SubscribeInput, locale: Locale, baseUrl: string, now = new Date()): Promise<'queued' | 'unknown'> {
  const name = await targetName(db, input.scope, input.targetId, locale);
  if (!name) return 'unknown';
  const confirm = newToken();
  const expires = new Date(now.getTime() + CONFIRM_HOURS * 3_600_000).toISOString();
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(subscriptions).where(and(eq(subscriptions.email, input.email), eq(subscriptions.scope, input.scope), eq(subscriptions.targetId, input.targetId)));
    if (existing?.confirmedAt) {
      // The confirmation's language (the form's) and link base; the address's own token.
      const recipient = { email: existing.email, locale, baseUrl, unsubscribeToken: existing.unsubscribeToken };
      await enqueueMail(tx, alreadyFollowingMail(recipient, name, existing.frequency, input.frequency));
      return;
    }
    // Only the confirmation's hash is stored, so the earlier link cannot be sent again: a new one
    // is, and the earlier hash is kept beside it. The unsubscribe token is kept whole on the row
    // (schema.ts) and is reused.
    const unsubscribeToken = existing?.unsubscribeToken ?? newToken();
    const earlierConfirmHash = existing?.confirmHash ?? null;
    const row = { email: input.email, locale, scope: input.scope, targetId: input.targetId, frequency: input.frequency, baseUrl, confirmHash: tokenHash(confirm), earlierConfirmHash, confirmExpiresAt: expires, unsubscribeHash: tokenHash(unsubscribeToken), unsubscribeToken };
    if (existing) await tx.update(subscriptions).set(row).where(eq(subscriptions.id, existing.id));
    else await tx.insert(subscriptions).values(row);
    await enqueueMail(tx, confirmMail({ email: input.email, locale, baseUrl, unsubscribeToken }, name, confirm));
  });
  return 'queued';
}

/**
 * Confirms the subscription of a link (the latest one sent or the one before it); 'already' when
 * it was confirmed before (a link pressed twice, or the other mail's: the person is subscribed,
 * so that is not a failure).
 */
export async function confirmSubscription(db: Db, token: string, now = new Date()) {
  const hash = tokenHash(token);
  const ofLink = or(eq(subscriptions.confirmHash, hash), eq(subscriptions.earlierConfirmHash, hash));
  const [row] = await db
    .update(subscriptions)
    .set({ confirmedAt: now.toISOString(), confirmExpiresAt: null })
    .where(and(ofLink, isNull(subscriptions.confirmedAt), gt(subscriptions.confirmExpiresAt, now.toISOString())))
    .returning({ id: subscriptions.id, scope: subscriptions.scope, targetId: subscriptions.targetId, locale: subscriptions.locale });
  if (row) return row;
  const [done] = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(ofLink, isNotNull(subscriptions.confirmedAt)));
  return done ? ('already' as const) : null;
}

/**
 * Deletes the address: every subscription of it, not only the token's. The page says "you will
 * get no more e-mails", and one instant notice stands for all of an address's subscriptions (it
 * carries one of their links), so deleting one left the others writing.
 */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const address = await addressOfToken(tx, token);
    if (!address) return false;
    await forgetAddress(tx, address.email);
    return true;
  });
}

/** Retention: unconfirmed addresses are deleted once their link has expired. */
export async function purgeUnconfirmed(db: Db, now = new Date()): Promise<void> {
  const expired = and(isNull(subscriptions.confirmedAt), lt(subscriptions.confirmExpiresAt, now.toISOString()));
  // The mail worker calls this every tick: a read first, so an idle tick never takes the write
  // lock (with another writer holding it, the synchronous driver would stall the whole server
  // for the busy timeout, issue #10 point 3).
  const [due] = await db.select({ id: subscriptions.id }).from(subscriptions).where(expired).limit(1);
  if (!due) return;
  await db.transaction(async (tx) => {
    await tx.delete(subscriptions).where(expired);
    // An address left with nothing to follow is gone: so are the tokens of what it stopped before.
    await tx.delete(retiredTokens).where(notExists(tx.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.email, retiredTokens.email))));
  });
}
