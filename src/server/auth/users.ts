/**
 * Staff accounts: creation (the CLI's first admin), invitations with a one-time expiring link,
 * role changes and disabling (issue #4, point 1). Only admins reach these through Actions,
 * which check `can(user, 'user.manage')` first.
 */
import { and, count, eq, gt, isNull, ne } from 'drizzle-orm';
import { z } from 'astro/zod';
import type { Db, Tx } from '../../../db/client.ts';
import { audit } from '../audit.ts';
import { invites, users } from '../../../db/schema.ts';
import { roles, type Role } from '../../lib/vocabulary.ts';
import { tooLong } from '../../lib/errorKey.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { endUserSessions } from './sessions.ts';
import { newToken, tokenHash } from './tokens.ts';
import { enqueueMail } from '../mail/queue.ts';
import type { StaffLocale } from '../staffLocale.ts';
import { accountLinkMail } from './accountLinkMail.ts';
import { staffName } from './staffName.ts';

export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;

/** The one shape of an account's role; a Municipio editor needs their Municipio, nobody else has one. */
export const accountSchema = z
  .object({
    email: z.email({ error: 'staff.error.email' }).max(200).transform((e) => e.toLowerCase()),
    name: z.string().trim().max(120, tooLong(120)).default(''),
    role: z.enum(roles, { error: 'staff.error.required' }),
    municipioId: z.int().min(1).max(9).nullable().default(null),
  })
  .refine((a) => (a.role === 'municipio_editor') === (a.municipioId !== null), {
    error: 'staff.error.municipioRole',
    path: ['municipioId'],
  });
export type Account = z.output<typeof accountSchema>;

/** A refusal the caller shows to the person; `key` is an i18n key. */
export class AccountError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(key);
    this.key = key;
  }
}

/** Creates an account with a password (the CLI's path for the first admin). */
export async function createUser(db: Db | Tx, account: Account, password: string) {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email));
  if (existing) throw new AccountError('staff.error.emailTaken');
  const [row] = await db
    .insert(users)
    .values({ ...account, passwordHash: await hashPassword(password) })
    .returning({ id: users.id });
  return row.id;
}

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

export async function changeRole(db: Db | Tx, userId: number, role: Role, municipioId: number | null) {
  const parsed = accountSchema.safeParse({ email: 'x@example.org', role, municipioId });
  if (!parsed.success) throw new AccountError(parsed.error.issues[0].message);
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ role: users.role, municipioId: users.municipioId }).from(users).where(eq(users.id, userId));
    if (!before) throw new AccountError('staff.error.notFound');
    // The last active admin stays one: nobody else could give the role back without the CLI.
    if (before.role === 'admin' && role !== 'admin') {
      const [{ others }] = await tx
        .select({ others: count() })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, userId)));
      if (others === 0) throw new AccountError('staff.error.lastAdmin');
    }
    await tx.update(users).set({ role, municipioId, updatedAt: new Date().toISOString() }).where(eq(users.id, userId));
    return before;
  });
}

/** Disabling ends every session at once; enabling lets the person sign in again. */
export async function setDisabled(db: Db | Tx, userId: number, disabled: boolean) {
  await db.transaction(async (tx) => {
    const done = await tx.update(users).set({ disabled, updatedAt: new Date().toISOString() }).where(eq(users.id, userId)).returning({ id: users.id });
    if (done.length === 0) throw new AccountError('staff.error.notFound');
    if (disabled) await endUserSessions(tx, userId);
  });
}

