/**
 * "Forgot your password?" (src/server/auth/passwordReset.ts) on a real database: only an active
 * account is mailed, in its language, with a link that lasts an hour and works once; the same
 * answer for every address; requests limited per address and per client.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { requestPasswordReset as request, RESET_LIFETIME_MS } from '../../src/server/auth/passwordReset.ts';
import { createSession, sessionUser } from '../../src/server/auth/sessions.ts';
import { signIn } from '../../src/server/auth/signIn.ts';
import { saveStaffPreferences } from '../../src/server/auth/staffPreferences.ts';
import { acceptInvite, inviteAccount } from '../../src/server/auth/invites.ts';
import { AccountError, createUser } from '../../src/server/auth/users.ts';
import { memoryDb } from '../helpers/db.ts';

const BASE = 'https://periferie.example.it';
const now = new Date('2026-11-30T10:00:00.000Z');
let db: Db;
let id: number;
const rows = async (sql: string) => (await db.$client.execute(sql)).rows;
const tokenOf = (text: string) => text.match(/\/staff\/invite\/([\w-]+)/)![1];
/** The request and its mail, awaited (the form answers before the mail is queued). */
async function requestPasswordReset(...args: Parameters<typeof request>) {
  const { wait, done } = await request(...args);
  await done;
  return wait;
}

beforeEach(async () => {
  db = await memoryDb();
  id = await createUser(db, { email: 'anna@comune.milano.it', name: '', role: 'editor', municipioId: null }, 'the old long password');
  await saveStaffPreferences(db, id, { locale: 'en' });
});

describe('password reset', () => {
  it('mails an active account a link that lasts an hour, works once and ends its sessions', async () => {
    const session = await createSession(db, id, { ip: null, userAgent: null }, now);
    expect(await requestPasswordReset(db, 'anna@comune.milano.it', BASE, '192.0.2.1', now)).toBe(0);
    const [mail] = await rows('select kind, "to", subject, text from mail_queue');
    expect(mail).toMatchObject({ kind: 'staff_reset', to: 'anna@comune.milano.it', subject: 'Periferie Milano: choose a new password' });
    const token = tokenOf(String(mail.text));
    expect(String(mail.text)).toContain(`\n${BASE}/staff/invite/${token}\n`);
    expect((await rows("select action, target_id, user_email from audit_log where action = 'password_reset_request'"))[0]).toMatchObject({ target_id: String(id), user_email: 'anna@comune.milano.it' });

    expect(await inviteAccount(db, token, new Date(now.getTime() + RESET_LIFETIME_MS + 1000))).toBeNull();
    await acceptInvite(db, token, 'a brand new long password', new Date(now.getTime() + 60_000));
    expect(await sessionUser(db, session, new Date(now.getTime() + 61_000))).toBeNull(); // signed out everywhere
    expect((await signIn(db, 'anna@comune.milano.it', 'a brand new long password', { ip: null, userAgent: null })).ok).toBe(true);
    await expect(acceptInvite(db, token, 'another long password!', new Date(now.getTime() + 120_000))).rejects.toBeInstanceOf(AccountError);
  });

  it('answers the same for an unknown or disabled address, and mails nothing', async () => {
    await db.update(users).set({ disabled: true }).where(eq(users.id, id));
    expect(await requestPasswordReset(db, 'anna@comune.milano.it', BASE, '192.0.2.1', now)).toBe(0);
    expect(await requestPasswordReset(db, 'nobody@comune.milano.it', BASE, '192.0.2.1', now)).toBe(0);
    expect(await rows('select * from mail_queue')).toEqual([]);
    expect(await rows('select * from invites')).toEqual([]);
  });

  it('limits requests per address and per client', async () => {
    for (let i = 0; i < 5; i++) expect(await requestPasswordReset(db, 'anna@comune.milano.it', BASE, `192.0.2.${i}`, now)).toBe(0);
    expect(await requestPasswordReset(db, 'anna@comune.milano.it', BASE, '192.0.2.99', now)).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(await requestPasswordReset(db, `someone${i}@example.org`, BASE, '198.51.100.7', now)).toBe(0);
    expect(await requestPasswordReset(db, 'someone9@example.org', BASE, '198.51.100.7', now)).toBeGreaterThan(0);
    expect(await rows('select * from mail_queue')).toHaveLength(5); // anna's five
    expect(await requestPasswordReset(db, 'anna@comune.milano.it', BASE, '192.0.2.99', new Date(now.getTime() + 16 * 60_000))).toBe(0);
  });
});
