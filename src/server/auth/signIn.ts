/**
 * Sign-in (issue #4, point 2): throttled per account and per address, one generic error for
 * every failure (unknown email, wrong password, disabled account), a brand-new session id.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { audit, audited } from '../audit.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { createSession, pruneSessions, type ClientInfo, type SessionStage } from './sessions.ts';
import { secondFactorRequired } from '../../lib/secondFactorRule.ts';
import { accountKey, addressKey, clearFailures, recordFailure, retryAfterSeconds } from './throttle.ts';

export type SignInResult = { ok: true; token: string; userId: number; stage: SessionStage } | { ok: false; retryAfter: number };

export async function signIn(db: Db, email: string, password: string, client: ClientInfo, now = new Date()): Promise<SignInResult> {
  const normalized = email.trim().toLowerCase().slice(0, 200);
  const keys = [accountKey(normalized), addressKey(client.ip)];
  const retryAfter = await retryAfterSeconds(db, keys, now);
  if (retryAfter > 0) {
    await audit(db, { actor: null, email: normalized, action: 'sign_in_failed', ip: client.ip, detail: { throttled: true } });
    return { ok: false, retryAfter };
  }
  const [user] = await db.select().from(users).where(eq(users.email, normalized)).limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? null, password.slice(0, 1024));
  if (!user || !valid || user.disabled) {
    await recordFailure(db, keys, now);
    await audit(db, { actor: null, email: normalized, action: 'sign_in_failed', ip: client.ip });
    return { ok: false, retryAfter: 0 };
  }
  if (user.passwordHash && needsRehash(user.passwordHash))
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  await clearFailures(db, [keys[0]]);
  await pruneSessions(db, now);
  // With a second factor the password opens only a short pending state (issue #10, point 1);
  // an admin or publisher without one may only enrol.
  const stage: SessionStage = user.totpSecret ? 'second_factor' : secondFactorRequired(user.role) ? 'enrol' : 'full';
  const token = await audited(
    db,
    (tx) => createSession(tx, user.id, client, now, stage),
    () => ({ actor: { id: user.id, email: user.email }, action: 'sign_in', ip: client.ip, detail: stage === 'full' ? undefined : { stage } }),
  );
  return { ok: true, token, userId: user.id, stage };
}
