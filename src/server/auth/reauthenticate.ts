/**
 * Re-authentication (issue #10, point 1; ASVS 6.2.3 / 3.7.1): before a password, a role or a
 * second factor changes, a session whose last strong authentication is older than REAUTH_MS
 * must give the password again, and a code when the account has a second factor. Throttled
 * with the sign-in keys, audited on failure.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { audit } from '../audit.ts';
import { verifyPassword } from './passwords.ts';
import { remainingRecoveryCodes, useSecondFactor } from './secondFactor.ts';
import { markAuthenticated, type ClientInfo, type SessionUser } from './sessions.ts';
import { accountKey, addressKey, clearFailures, recordFailure, retryAfterSeconds } from './throttle.ts';

/** Which field was wrong (for the error next to it), 'throttled', or null when confirmed. */
export type ReauthProblem = 'password' | 'code' | 'throttled' | null;

export async function reauthenticate(db: Db, key: Buffer, user: SessionUser, password: string, code: string, client: ClientInfo, now = new Date()): Promise<ReauthProblem> {
  const keys = [accountKey(user.email), addressKey(client.ip)];
  const actor = { id: user.id, email: user.email };
  if ((await retryAfterSeconds(db, keys, now)) > 0) {
    await audit(db, { actor, action: 'reauth_failed', ip: client.ip, detail: { throttled: true } });
    return 'throttled';
  }
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  let problem: ReauthProblem = (await verifyPassword(row?.hash ?? null, password.slice(0, 1024))) ? null : 'password';
  if (!problem) {
    // A recovery code spent, its entry and the session's fresh authentication, together.
    const confirmed = await db.transaction(async (tx) => {
      const used = user.hasTotp ? await useSecondFactor(tx, key, user.id, code, now) : 'password';
      if (!used) return false;
      await markAuthenticated(tx, user.sessionHash, now);
      if (used === 'recovery') await audit(tx, { actor, action: 'recovery_code_used', ip: client.ip, detail: { left: await remainingRecoveryCodes(tx, user.id) } });
      return true;
    });
    if (!confirmed) problem = 'code';
  }
  if (problem) {
    await recordFailure(db, keys, now);
    await audit(db, { actor, action: 'reauth_failed', ip: client.ip, detail: { field: problem } });
    return problem;
  }
  await clearFailures(db, [keys[0]]);
  return null;
}
