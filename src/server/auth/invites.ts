/**
 * Invitations (issue #4, point 1): a one-time link valid 72 hours that lets a person set their
 * password; the same link serves a reset (passwordReset.ts). Only the token's hash is stored.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { invites, users } from '../../../db/schema.ts';
import { audit } from '../audit.ts';
import { enqueueMail } from '../mail/queue.ts';
import type { StaffLocale } from '../staffLocale.ts';
import { accountLinkMail } from './accountLinkMail.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { endUserSessions } from './sessions.ts';
import { staffName } from './staffName.ts';
import { newToken, tokenHash } from './tokens.ts';
import { AccountError, type Account } from './users.ts';

export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;

/**
 * Invites a person: creates the account without a password (or reuses a known one, for a reset)
 * and returns the token of a one-time link valid 72 hours. Only the token's hash is stored; with
 * `mail`, the link is also mailed to the person (accountLinkMail.ts), and the queued text that
 * carries it is blanked once sent (src/server/mail/queue.ts).
 */
export async function inviteUser(db: Db | Tx, account: Account, invitedBy: number, now = new Date(), mail?: InviteByMail) {
  const token = newToken();
  const userId = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, account.email));
    // The language chosen for the invitation is the one the back office will mail them in.
    const locale = mail ? { locale: mail.locale } : {};
    const id = existing
      ? existing.id
      : (await tx.insert(users).values({ ...account, ...locale, passwordHash: null }).returning({ id: users.id }))[0].id;
    if (existing && mail) await tx.update(users).set(locale).where(eq(users.id, id));
    await tx.insert(invites).values({
      tokenHash: tokenHash(token),
      userId: id,
      createdBy: invitedBy,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS).toISOString(),
    });
    // Queued with the invitation, so there is never an invitation the mail forgot, or a mail
    // whose link was never stored.
    if (mail) {
      const [inviter] = await tx.select({ who: staffName }).from(users).where(eq(users.id, invitedBy));
      await enqueueMail(tx, accountLinkMail({ email: account.email, locale: mail.locale }, { kind: 'staff_invite', who: inviter?.who ?? '', role: account.role, link: inviteLink(mail.baseUrl, token) }));
    }
    return id;
  });
  return { userId, token };
}

/** Sending the invitation by e-mail: the site's address for its link and the mail's language. */
export interface InviteByMail {
  baseUrl: string;
  locale: StaffLocale;
}

export const inviteLink = (baseUrl: string, token: string) => `${baseUrl}/staff/invite/${token}`;

/** The account an unused, unexpired invitation belongs to, or null. */
export async function inviteAccount(db: Db, token: string, now = new Date()) {
  const [row] = await db
    .select({ userId: invites.userId, email: users.email, disabled: users.disabled })
    .from(invites)
    .innerJoin(users, eq(users.id, invites.userId))
    .where(and(eq(invites.tokenHash, tokenHash(token)), isNull(invites.usedAt), gt(invites.expiresAt, now.toISOString())));
  return row && !row.disabled ? row : null;
}

/**
 * Sets the password through an invitation; the link works once, and every old session ends.
 * Audited in the same transaction, from `ip`; the password is hashed before it opens, so no
 * other write waits for Argon2.
 */
export async function acceptInvite(db: Db, token: string, password: string, now = new Date(), ip: string | null = null) {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const account = await inviteAccount(db, token, now);
  if (!account) throw new AccountError('staff.error.inviteInvalid');
  const passwordHash = await hashPassword(password);
  // The link used, the password set and the old sessions ended together, or none of them.
  await db.transaction(async (tx) => {
    const used = await tx
      .update(invites)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(invites.tokenHash, tokenHash(token)), isNull(invites.usedAt)))
      .returning({ userId: invites.userId });
    if (used.length === 0) throw new AccountError('staff.error.inviteInvalid'); // used by a concurrent request
    await tx.update(users).set({ passwordHash, updatedAt: now.toISOString() }).where(eq(users.id, account.userId));
    await endUserSessions(tx, account.userId);
    await audit(tx, { actor: { id: account.userId, email: account.email }, action: 'password_set', ip });
  });
  return account;
}
