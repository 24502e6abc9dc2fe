/**
 * "Forgot your password?" (ASVS 6.4): anyone may ask, from the sign-in page, for a link to choose
 * a new password. The answer is the same whether or not the address has an account, so it tells
 * nobody who works here; only an active account is mailed. The link is a one-time invitation
 * (the `invites` table, accepted by the same page) that lasts an hour, and choosing the password
 * ends the account's sessions; the second factor is still asked at sign-in. Requests are limited
 * per address and per client (throttle.ts), so the form cannot be used to flood a mailbox.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'astro/zod';
import type { Db } from '../../../db/client.ts';
import { invites, users } from '../../../db/schema.ts';
import { audit } from '../audit.ts';
import { enqueueMail } from '../mail/queue.ts';
import { recordFailure, retryAfterSeconds } from './throttle.ts';
import { newToken, tokenHash } from './tokens.ts';
import { inviteLink } from './invites.ts';
import { accountLinkMail } from './accountLinkMail.ts';

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** The reset form's one field. */
export const resetRequestSchema = z.object({
  email: z.email({ error: 'staff.error.email' }).max(200, { error: 'staff.error.email' }).transform((e) => e.toLowerCase()),
});

/** Asked for an address and from a client: each counts towards both limits. */
const keys = (email: string, ip: string | null) => [`reset:${email}`, `reset-ip:${ip ?? 'unknown'}`];

export interface ResetRequest {
  /** Seconds to wait when throttled, else 0. */
  wait: number;
  /**
   * The lookup and, for an active account, the link and its mail: not awaited by the form, so
   * the answer comes as fast for an address without an account as for one with (a slower
   * answer would tell them apart). Tests await it.
   */
  done: Promise<void>;
}

/** Counts the request and, unless throttled, mails a reset link to `email` if it is an active account. */
export async function requestPasswordReset(db: Db, email: string, baseUrl: string, ip: string | null, now = new Date()): Promise<ResetRequest> {
  const wait = await retryAfterSeconds(db, keys(email, ip), now);
  if (wait > 0) return { wait, done: Promise.resolve() };
  await recordFailure(db, keys(email, ip), now); // a request, counted as the sign-in's failures are
  return { wait: 0, done: mailLink(db, email, baseUrl, ip, now) };
}

async function mailLink(db: Db, email: string, baseUrl: string, ip: string | null, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(and(eq(users.email, email), eq(users.disabled, false)));
    if (!user) return;
    const token = newToken();
    await tx.insert(invites).values({ tokenHash: tokenHash(token), userId: user.id, createdBy: user.id, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS).toISOString() });
    await enqueueMail(tx, accountLinkMail({ email, locale: user.locale }, { kind: 'staff_reset', link: inviteLink(baseUrl, token) }));
    await audit(tx, { actor: null, email, action: 'password_reset_request', targetType: 'user', targetId: user.id, ip });
  });
}
