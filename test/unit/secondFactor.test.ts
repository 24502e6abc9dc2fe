/**
 * The second factor's server side on a real migrated database (issue #10, point 1): secrets
 * encrypted per user, codes that work once even when two requests race, recovery codes used
 * once, pending sign-in states that expire, and the re-authentication window.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { needsReauth, REAUTH_MS, secondFactorRequired } from '../../src/lib/secondFactorRule.ts';
import { confirmEnrolment, enableTotp, pendingSecret, startEnrolment, useSecondFactor } from '../../src/server/auth/secondFactor.ts';
import { deriveKey, open, seal } from '../../src/server/auth/secretBox.ts';
import { createSession, PENDING_MS, sessionUser } from '../../src/server/auth/sessions.ts';
import { tokenHash } from '../../src/server/auth/tokens.ts';
import { hotp, newTotpSecret } from '../../src/server/auth/totp.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { memoryDb } from '../helpers/db.ts';

const key = deriveKey('unit test secret');
const client = { ip: '192.0.2.1', userAgent: 'vitest' };
const at = Date.parse('2026-11-29T10:00:00Z');
const stepOf = (ms: number) => Math.floor(ms / 30_000);

describe('secret box', () => {
  it('opens only with the same key and the same user', () => {
    const secret = newTotpSecret();
    const box = seal(key, secret, 7);
    expect(open(key, box, 7)).toEqual(secret);
    expect(open(key, box, 8)).toBeNull();
    expect(open(deriveKey('another secret'), box, 7)).toBeNull();
    // Flip one bit of the ciphertext itself: editing the last base64url character may only
    // touch its padding bits and decode to the same bytes.
    const parts = box.split('.');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    expect(open(key, [...parts.slice(0, 3), body.toString('base64url')].join('.'), 7)).toBeNull();
    expect(seal(key, secret, 7)).not.toBe(box); // a fresh IV every time
  });
});

describe('second factor', () => {
  it('enrols only with a code of the pending secret, then accepts each code and recovery code once', async () => {
    const db = await memoryDb();
    const id = await createUser(db, { email: 'p@b.it', name: '', role: 'publisher', municipioId: null }, 'a long password!');
    const token = await createSession(db, id, client, new Date(at), 'enrol');
    await startEnrolment(db, key, tokenHash(token), id);
    const secret = (await pendingSecret(db, key, tokenHash(token), id))!;
    const wrong = hotp(secret, stepOf(at)) === '000000' ? '111111' : '000000';
    expect(await confirmEnrolment(db, key, tokenHash(token), id, wrong, new Date(at))).toBeNull();
    const codes = (await confirmEnrolment(db, key, tokenHash(token), id, hotp(secret, stepOf(at)), new Date(at)))!;
    expect(codes).toHaveLength(10);
    expect(await pendingSecret(db, key, tokenHash(token), id)).toBeNull();
    // The enrolment's own code is spent; the next step's works once.
    expect(await useSecondFactor(db, key, id, hotp(secret, stepOf(at)), new Date(at))).toBeNull();
    const later = new Date(at + 30_000);
    expect(await useSecondFactor(db, key, id, hotp(secret, stepOf(later.getTime())), later)).toBe('totp');
    expect(await useSecondFactor(db, key, id, hotp(secret, stepOf(later.getTime())), later)).toBeNull();
    expect(await useSecondFactor(db, key, id, codes[3], later)).toBe('recovery');
    expect(await useSecondFactor(db, key, id, codes[3], later)).toBeNull();
  });

  it('lets only one of two racing requests use the same code', async () => {
    const db = await memoryDb();
    const id = await createUser(db, { email: 'a@b.it', name: '', role: 'admin', municipioId: null }, 'a long password!');
    const secret = newTotpSecret();
    await enableTotp(db, key, id, secret, null);
    const code = hotp(secret, stepOf(at));
    const results = await Promise.all([1, 2, 3].map(() => useSecondFactor(db, key, id, code, new Date(at))));
    expect(results.filter((r) => r === 'totp')).toHaveLength(1);
    const [row] = await db.select({ box: users.totpSecret }).from(users).where(eq(users.id, id));
    expect(row.box).toMatch(/^v1\./);
  });

  it('expires pending sign-ins quickly and downgrades an admin without a second factor to enrolment', async () => {
    const db = await memoryDb();
    const id = await createUser(db, { email: 'a@b.it', name: '', role: 'admin', municipioId: null }, 'a long password!');
    const pending = await createSession(db, id, client, new Date(at), 'second_factor');
    expect((await sessionUser(db, pending, new Date(at + 60_000)))?.stage).toBe('second_factor');
    expect(await sessionUser(db, pending, new Date(at + PENDING_MS.second_factor + 1000))).toBeNull();
    const full = await createSession(db, id, client, new Date(at));
    expect((await sessionUser(db, full, new Date(at)))?.stage).toBe('enrol');
  });

  it('requires it of admins and publishers only, and re-authentication after 5 minutes', () => {
    expect(['admin', 'editor', 'municipio_editor', 'translator', 'publisher', 'viewer'].filter((r) => secondFactorRequired(r as 'admin'))).toEqual(['admin', 'publisher']);
    expect(needsReauth({ authenticatedAt: at }, at + REAUTH_MS)).toBe(false);
    expect(needsReauth({ authenticatedAt: at }, at + REAUTH_MS + 1)).toBe(true);
    expect(needsReauth({ authenticatedAt: NaN }, at)).toBe(true);
  });
});
