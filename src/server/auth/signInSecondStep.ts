/**
 * The second step of sign-in (issue #10, point 1): a TOTP or recovery code turns the pending
 * session into a brand-new full one. Throttled like passwords, per account and per address.
 */
import type { Db } from '../../../db/client.ts';
import { audit } from '../audit.ts';
import { remainingRecoveryCodes, useSecondFactor } from './secondFactor.ts';
import { createSession, endSession, type ClientInfo, type SessionUser } from './sessions.ts';
import { addressKey, clearFailures, recordFailure, retryAfterSeconds } from './throttle.ts';

export const secondFactorKey = (userId: number) => `totp:${userId}`;

export type SecondStepResult = { ok: true; token: string } | { ok: false; retryAfter: number };

export async function signInSecondStep(db: Db, key: Buffer, pending: SessionUser, code: string, client: ClientInfo, now = new Date()): Promise<SecondStepResult> {
  const keys = [secondFactorKey(pending.id), addressKey(client.ip)];
  const actor = { id: pending.id, email: pending.email };
  const retryAfter = await retryAfterSeconds(db, keys, now);
  if (retryAfter > 0) {
    await audit(db, { actor, action: 'second_factor_failed', ip: client.ip, detail: { throttled: true } });
    return { ok: false, retryAfter };
  }
  // The code used up, the pending session swapped for a full one and both written to the log
  // together: a recovery code is never spent without its entry, nor a session opened unlogged.
  const token = await db.transaction(async (tx) => {
    const used = await useSecondFactor(tx, key, pending.id, code, now);
    if (!used) return null;
    await endSession(tx, pending.sessionHash);
    const opened = await createSession(tx, pending.id, client, now);
    if (used === 'recovery') await audit(tx, { actor, action: 'recovery_code_used', ip: client.ip, detail: { left: await remainingRecoveryCodes(tx, pending.id) } });
    await audit(tx, { actor, action: 'sign_in', ip: client.ip, detail: { factor: used } });
    return opened;
  });
  if (!token) {
    await recordFailure(db, keys, now);
    await audit(db, { actor, action: 'second_factor_failed', ip: client.ip });
    return { ok: false, retryAfter: 0 };
  }
  await clearFailures(db, [keys[0]]);
  return { ok: true, token };
}
