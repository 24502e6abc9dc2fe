/**
 * Accounts, sessions, throttling and the audit log against a real migrated libSQL database
 * (issue #4, points 1, 2 and 8). Clocks are passed in, so timeouts are tested exactly.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, sessions, users } from '../../db/schema.ts';
import { memoryDb } from '../helpers/db.ts';
import { hashPassword, passwordOptions, passwordProblem, verifyPassword } from '../../src/server/auth/passwords.ts';
import { ABSOLUTE_MS, IDLE_MS, createSession, endUserSessions, sessionUser } from '../../src/server/auth/sessions.ts';
import { signIn } from '../../src/server/auth/signIn.ts';
import { accountKey, addressKey, recordFailure, retryAfterSeconds } from '../../src/server/auth/throttle.ts';
import { acceptInvite, inviteAccount, inviteUser, INVITE_LIFETIME_MS } from '../../src/server/auth/invites.ts';
import { AccountError, changeRole, createUser, setDisabled } from '../../src/server/auth/users.ts';
import { listUsers } from '../../src/server/auth/listUsers.ts';
import { tokenHash } from '../../src/server/auth/tokens.ts';
import { audit } from '../../src/server/audit.ts';

let db: Db;
const client = { ip: '192.0.2.1', userAgent: 'test' };
const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  db = await memoryDb();
});

describe('passwords', () => {
  it('hashes with argon2id at the OWASP parameters and needs 12 characters', async () => {
    expect(passwordOptions).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
    expect(passwordProblem('eleven char')).toBe('staff.error.passwordLength');
    expect(passwordProblem('twelve chars')).toBeNull();
    await expect(createUser(db, { email: 'a@b.it', name: '', role: 'admin', municipioId: null }, 'short')).rejects.toBeInstanceOf(AccountError);
  });
});

describe('roles', () => {
  it('never takes the role from the last active admin', async () => {
    const only = await createUser(db, { email: 'admin@comune.milano.it', name: '', role: 'admin', municipioId: null }, 'a long enough password');
    await expect(changeRole(db, only, 'viewer', null)).rejects.toMatchObject({ key: 'staff.error.lastAdmin' });
    // A disabled admin does not count: they cannot sign in to give it back.
    const away = await createUser(db, { email: 'away@comune.milano.it', name: '', role: 'admin', municipioId: null }, 'a long enough password');
    await setDisabled(db, away, true);
    await expect(changeRole(db, only, 'editor', null)).rejects.toMatchObject({ key: 'staff.error.lastAdmin' });
    await setDisabled(db, away, false);
    await changeRole(db, only, 'editor', null);
    expect((await db.select({ role: users.role }).from(users).where(eq(users.id, only)))[0].role).toBe('editor');
    await expect(changeRole(db, away, 'viewer', null)).rejects.toMatchObject({ key: 'staff.error.lastAdmin' });
  });
});

describe('sessions', () => {
  it('stores only the hash of the token and expires after 30 idle minutes or 12 hours', async () => {
    const id = await createUser(db, { email: 'a@b.it', name: '', role: 'editor', municipioId: null }, 'a long password!');
    const start = at('2026-11-29T08:00:00Z');
    const token = await createSession(db, id, client, start);
    const [row] = await db.select().from(sessions);
    expect(row.idHash).toBe(tokenHash(token));
    expect(row.idHash).not.toContain(token);
    expect(row).toMatchObject({ ip: '192.0.2.1', userAgent: 'test' });

    // Active every 20 minutes: alive until the absolute limit.
    let now = start.getTime();
    while (now + 20 * 60_000 < start.getTime() + ABSOLUTE_MS) {
      now += 20 * 60_000;
      expect(await sessionUser(db, token, new Date(now)), new Date(now).toISOString()).not.toBeNull();
    }
    expect(await sessionUser(db, token, new Date(start.getTime() + ABSOLUTE_MS + 1000))).toBeNull();

    const idle = await createSession(db, id, client, start);
    expect(await sessionUser(db, idle, new Date(start.getTime() + IDLE_MS - 1000))).not.toBeNull();
    expect(await sessionUser(db, idle, new Date(start.getTime() + 2 * IDLE_MS))).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.idHash, tokenHash(idle)))).toHaveLength(0);
  });

  it('ends every session when signing out everywhere or when the account is disabled', async () => {
    const id = await createUser(db, { email: 'a@b.it', name: '', role: 'editor', municipioId: null }, 'a long password!');
    const a = await createSession(db, id, client);
    const b = await createSession(db, id, client);
    await endUserSessions(db, id);
    expect(await sessionUser(db, a)).toBeNull();
    expect(await sessionUser(db, b)).toBeNull();
    const c = await createSession(db, id, client);
    await setDisabled(db, id, true);
    expect(await sessionUser(db, c)).toBeNull();
  });
});

describe('sign-in throttling', () => {
  it('locks an account after 5 failures in 15 minutes, and an address separately', async () => {
    await createUser(db, { email: 'a@b.it', name: '', role: 'editor', municipioId: null }, 'a long password!');
    const t0 = at('2026-11-29T08:00:00Z');
    for (let i = 0; i < 5; i++) expect(await signIn(db, 'a@b.it', 'wrong password!!', { ...client, ip: `198.51.100.${i}` }, t0)).toEqual({ ok: false, retryAfter: 0 });
    // The right password from a fresh address is still refused while the account is locked.
    const locked = await signIn(db, 'A@B.it', 'a long password!', { ...client, ip: '203.0.113.9' }, new Date(t0.getTime() + 60_000));
    expect(locked).toEqual({ ok: false, retryAfter: 14 * 60 });
    const later = await signIn(db, 'a@b.it', 'a long password!', { ...client, ip: '203.0.113.9' }, new Date(t0.getTime() + 15 * 60_000 + 1000));
    expect(later.ok).toBe(true);

    // One address trying five different accounts is locked too.
    for (let i = 0; i < 5; i++) await recordFailure(db, [accountKey(`x${i}@b.it`), addressKey('192.0.2.50')], t0);
    expect(await retryAfterSeconds(db, [accountKey('a@b.it'), addressKey('192.0.2.50')], t0)).toBe(15 * 60);
    expect(await retryAfterSeconds(db, [accountKey('a@b.it'), addressKey('192.0.2.51')], t0)).toBe(0);
  });

  it('gives the same answer for an unknown email, a wrong password and a disabled account', async () => {
    const id = await createUser(db, { email: 'a@b.it', name: '', role: 'editor', municipioId: null }, 'a long password!');
    await setDisabled(db, id, true);
    const answers = [
      await signIn(db, 'nobody@b.it', 'a long password!', { ...client, ip: '1.1.1.1' }),
      await signIn(db, 'a@b.it', 'wrong password!!', { ...client, ip: '1.1.1.2' }),
      await signIn(db, 'a@b.it', 'a long password!', { ...client, ip: '1.1.1.3' }),
    ];
    expect(answers).toEqual([{ ok: false, retryAfter: 0 }, { ok: false, retryAfter: 0 }, { ok: false, retryAfter: 0 }]);
  });
});

describe('invitations', () => {
  it('work once, expire after 72 hours, and keep only the token hash', async () => {
    const admin = await createUser(db, { email: 'admin@b.it', name: '', role: 'admin', municipioId: null }, 'a long password!');
    const now = at('2026-11-29T08:00:00Z');
    const { userId, token } = await inviteUser(db, { email: 'new@b.it', name: 'New', role: 'translator', municipioId: null }, admin, now);
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user.passwordHash).toBeNull();
    expect(JSON.stringify(await db.$client.execute('select * from invites'))).not.toContain(token);
    expect(await inviteAccount(db, token, new Date(now.getTime() + INVITE_LIFETIME_MS + 1000))).toBeNull();
    await expect(acceptInvite(db, token, 'short', now)).rejects.toThrow('staff.error.passwordLength');
    await acceptInvite(db, token, 'my new long password', now);
    expect((await signIn(db, 'new@b.it', 'my new long password', client)).ok).toBe(true);
    await expect(acceptInvite(db, token, 'another long password', now)).rejects.toThrow('staff.error.inviteInvalid');
  });
});

describe('audit log', () => {
  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    await audit(db, { actor: null, email: 'x@b.it', action: 'sign_in_failed', ip: '192.0.2.1' });
    await expect(db.$client.execute("update audit_log set action = 'sign_in'")).rejects.toThrow(/append-only/);
    await expect(db.$client.execute('delete from audit_log')).rejects.toThrow(/append-only/);
    const rows = (await db.$client.execute('select action, user_email, ip from audit_log')).rows;
    expect(rows).toEqual([expect.objectContaining({ action: 'sign_in_failed', user_email: 'x@b.it', ip: '192.0.2.1' })]);
  });
});

describe('the accounts list', () => {
  it('says when each account last signed in (a password waiting for its code is not a sign-in) and whether it has a second factor', async () => {
    const a = await createUser(db, { email: 'a@b.it', name: '', role: 'publisher', municipioId: null }, 'a long password!');
    const b = await createUser(db, { email: 'b@b.it', name: '', role: 'editor', municipioId: null }, 'a long password!');
    const actor = { id: a, email: 'a@b.it' };
    await db.insert(auditLog).values({ userId: a, userEmail: 'a@b.it', action: 'sign_in', at: '2026-11-02T08:00:00.000Z', detail: { factor: 'totp' } });
    await db.insert(auditLog).values({ userId: a, userEmail: 'a@b.it', action: 'sign_in', at: '2026-11-20T08:00:00.000Z', detail: { stage: 'second_factor' } });
    await audit(db, { actor, action: 'sign_out' });
    await db.update(users).set({ totpEnabledAt: '2026-11-01T00:00:00.000Z' }).where(eq(users.id, a));
    const list = await listUsers(db);
    expect(list.find((u) => u.id === a)).toMatchObject({ lastSignIn: '2026-11-02T08:00:00.000Z', secondFactor: true });
    expect(list.find((u) => u.id === b)).toMatchObject({ lastSignIn: null, secondFactor: false });
  });
});
