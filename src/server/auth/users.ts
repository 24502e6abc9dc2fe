/**
 * Staff accounts: creation (the CLI's first admin), role changes and disabling (issue #4,
 * point 1); invitations are in invites.ts. Only admins reach these through Actions,
 * which check `can(user, 'user.manage')` first.
 */
import { and, count, eq, ne } from 'drizzle-orm';
import { z } from 'astro/zod';
import type { Db, Tx } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { roles, type Role } from '../../lib/vocabulary.ts';
import { tooLong } from '../../lib/errorKey.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { endUserSessions } from './sessions.ts';

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

