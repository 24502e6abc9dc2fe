/**
 * A signed-in person changes their own password (issue #10, point 1). The current password is
 * guessed no faster here than at sign-in; the new one, the end of every other session (this one
 * stays) and the audit entry are one write: a password changed after a break-in must not leave
 * the intruder's session open.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { audit, audited } from '../audit.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { endUserSessions, type SessionUser } from './sessions.ts';
import { accountKey, addressKey, recordFailure, retryAfterSeconds } from './throttle.ts';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 'throttled', the errors by field (i18n keys), or null when changed. */
export async function changePassword(db: Db, user: SessionUser, typed: PasswordChange, ip: string | null): Promise<'throttled' | Record<string, string> | null> {
  const keys = [accountKey(user.email), addressKey(ip)];
  if ((await retryAfterSeconds(db, keys)) > 0) return 'throttled';
  const errors: Record<string, string> = {};
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!(await verifyPassword(row?.hash ?? null, typed.currentPassword))) {
    errors.currentPassword = 'staff.reauth.wrongPassword';
    await recordFailure(db, keys);
  }
  const problem = passwordProblem(typed.newPassword);
  if (problem) errors.newPassword = problem;
  else if (typed.newPassword !== typed.confirmPassword) errors.confirmPassword = 'staff.error.passwordMismatch';
  if (errors.currentPassword) await audit(db, { actor: user, action: 'reauth_failed', ip, detail: { field: 'currentPassword' } });
  if (Object.keys(errors).length) return errors;
  const passwordHash = await hashPassword(typed.newPassword);
  await audited(
    db,
    async (tx) => {
      await tx.update(users).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(users.id, user.id));
      await endUserSessions(tx, user.id, user.sessionHash);
    },
    () => ({ actor: user, action: 'password_change', ip }),
  );
  return null;
}
