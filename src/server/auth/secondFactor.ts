/**
 * The staff second factor (issue #10, point 1): enrolment confirmed by a code, ten one-time
 * recovery codes (only hashes kept), codes that work once (the accepted time step is stored and
 * checked in the same UPDATE, so two requests racing with one code cannot both win).
 */
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { recoveryCodes, sessions, users } from '../../../db/schema.ts';
import { newRecoveryCodes, recoveryCodeHash } from './recoveryCodes.ts';
import { open, seal } from './secretBox.ts';
import { newTotpSecret, verifyTotp } from './totp.ts';

/** Starts (or restarts) an enrolment in this session: a fresh secret, kept encrypted on the session. */
export async function startEnrolment(db: Db, key: Buffer, sessionHash: string, userId: number): Promise<void> {
  await db.update(sessions).set({ pendingTotp: seal(key, newTotpSecret(), userId) }).where(eq(sessions.idHash, sessionHash));
}

/** The secret being enrolled in this session, or null. */
export async function pendingSecret(db: Db | Tx, key: Buffer, sessionHash: string, userId: number): Promise<Buffer | null> {
  const [row] = await db.select({ box: sessions.pendingTotp }).from(sessions).where(eq(sessions.idHash, sessionHash));
  return row?.box ? open(key, row.box, userId) : null;
}

/** Makes `secret` the account's second factor and returns ten new recovery codes, in one transaction. */
export async function enableTotp(db: Db | Tx, key: Buffer, userId: number, secret: Uint8Array, step: number | null, now = new Date()): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: seal(key, secret, userId), totpLastStep: step, totpEnabledAt: now.toISOString(), updatedAt: now.toISOString() }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: recoveryCodeHash(c) })));
    await tx.update(sessions).set({ pendingTotp: null }).where(eq(sessions.userId, userId));
  });
  return codes;
}

/** Confirms the enrolment of this session with a code from the app: the recovery codes, or null. */
export async function confirmEnrolment(db: Db | Tx, key: Buffer, sessionHash: string, userId: number, code: string, now = new Date()): Promise<string[] | null> {
  const secret = await pendingSecret(db, key, sessionHash, userId);
  const step = secret ? verifyTotp(secret, code.replace(/\s/g, ''), now.getTime()) : null;
  if (!secret || step === null) return null;
  return enableTotp(db, key, userId, secret, step, now);
}

export type FactorUsed = 'totp' | 'recovery';

/** Checks a TOTP code (6 digits) or a recovery code, consuming it; null when refused or replayed. */
export async function useSecondFactor(db: Db | Tx, key: Buffer, userId: number, code: string, now = new Date()): Promise<FactorUsed | null> {
  const typed = code.trim().slice(0, 40);
  const [user] = await db.select({ box: users.totpSecret, last: users.totpLastStep }).from(users).where(eq(users.id, userId));
  if (!user?.box) return null;
  if (/^\d{3}\s?\d{3}$/.test(typed)) {
    const secret = open(key, user.box, userId);
    const step = secret ? verifyTotp(secret, typed.replace(/\s/g, ''), now.getTime(), user.last ?? -1) : null;
    if (step === null) return null;
    const won = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return won.length ? 'totp' : null;
  }
  const used = await db
    .delete(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, recoveryCodeHash(typed))))
    .returning({ userId: recoveryCodes.userId });
  return used.length ? 'recovery' : null;
}

export async function remainingRecoveryCodes(db: Db | Tx, userId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return row.n;
}

/** New recovery codes replace every old one. */
export async function regenerateRecoveryCodes(db: Db | Tx, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: recoveryCodeHash(c) })));
  });
  return codes;
}

export async function disableTotp(db: Db | Tx, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpLastStep: null, totpEnabledAt: null, updatedAt: new Date().toISOString() }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  });
}
