/**
 * The staff second factor through the running server (issue #10, point 1): enrolment with a QR
 * code and recovery codes, the sign-in code step (throttled, replay refused), the rule that
 * admins and publishers can do nothing before enrolling, and re-authentication before a
 * password, role or second-factor change.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { hotp, base32Decode } from '../../src/server/auth/totp.ts';
import { Client, createStaff, PASSWORD, staffClient, textOf } from '../helpers/staff.ts';
import { nextCode } from '../helpers/secondFactor.ts';

let db: Db;
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];
const auditCount = (action: string, email: string) => scalar('select count(*) from audit_log where action = ? and user_email = ?', [action, email]);
const codeNow = (key: string, offset = 0) => hotp(base32Decode(key), Math.floor(Date.now() / 30_000) + offset);
const codesOf = (html: string) => [...(html.match(/id="recovery-codes"[\s\S]*?<\/ol>/)?.[0] ?? '').matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
/** An Action called directly, as a script would (Actions are public endpoints). */
const rpc = (client: Client, name: string, body: Record<string, string>) =>
  client.request(`/_actions/${name}`, { method: 'POST', body: new URLSearchParams(body), headers: { Origin: client.base } });
/** Makes the session look signed in 10 minutes ago, so a change asks to re-authenticate. */
const age = (userId: number) => db.$client.execute({ sql: 'update sessions set authenticated_at = ? where user_id = ?', args: [new Date(Date.now() - 10 * 60_000).toISOString(), userId] });

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterEach(async () => {
  await db.$client.execute('delete from sign_in_failures');
});
afterAll(() => db.$client.close());

describe('enrolment', () => {
  it('sends an admin without a second factor to enrolment and opens nothing else until enrolled', async () => {
    const account = await createStaff(db, 'admin', null, { totp: false });
    const client = new Client();
    const signIn = await client.post('/staff/sign-in/?next=%2Fstaff%2Fusers%2F', 'auth.signIn', { email: account.email, password: PASSWORD });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/staff/security/?next=%2Fstaff%2Fusers%2F');
    for (const path of ['/staff/', '/staff/projects/', '/staff/users/', '/staff/audit/']) {
      const page = await client.get(path);
      expect(page.status, path).toBe(303);
      expect(page.headers.get('location'), path).toMatch(/^\/staff\/security\/\?next=/);
    }
    const before = await scalar('select count(*) from users');
    expect((await rpc(client, 'users.invite', { email: 'x@y.it', role: 'admin' })).status).toBe(401);
    expect((await rpc(client, 'projects.create', { 'title.it': 'x' })).status).toBe(401);
    expect((await client.post('/staff/users/', 'users.invite', { email: 'x@y.it', role: 'admin' })).status).toBe(303);
    expect(await scalar('select count(*) from users')).toBe(before);

    const page = await client.get('/staff/security/');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Il tuo ruolo richiede un secondo fattore');
    const started = await client.post('/staff/security/', 'account.startEnrolment', {});
    expect(started.status).toBe(200);
    expect(started.html).toMatch(/<svg role="img" aria-label="Codice QR[^"]*"/);
    const key = textOf(started.html, 'totp-key').replace(/\s/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.html).toContain(`otpauth://totp/Periferie%20Milano%3A${encodeURIComponent(account.email)}?secret=${key}`);
    // The secret is kept encrypted: the base32 text is nowhere in the database.
    expect(await scalar('select pending_totp from sessions where user_id = ?', [account.id])).not.toContain(key);

    const wrong = await client.post('/staff/security/', 'account.confirmEnrolment', { code: '000000' === codeNow(key) ? '111111' : '000000' });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.html, 'f-code-error')).toContain('Codice non valido');
    expect(await scalar('select totp_secret from users where id = ?', [account.id])).toBeNull();

    const pendingCookie = client.cookies.get('pm_session');
    const confirmed = await client.post('/staff/security/?next=%2Fstaff%2Fusers%2F', 'account.confirmEnrolment', { code: codeNow(key) });
    expect(confirmed.status).toBe(200);
    const codes = codesOf(confirmed.html);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(confirmed.html).toContain('href="/staff/users/"');
    expect(client.cookies.get('pm_session')).not.toBe(pendingCookie); // a new session id
    const stored = String(await scalar('select totp_secret from users where id = ?', [account.id]));
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(key);
    const hashes = (await db.$client.execute({ sql: 'select code_hash from recovery_codes where user_id = ?', args: [account.id] })).rows.map((r) => String(r.code_hash));
    expect(hashes).toHaveLength(10);
    for (const code of codes) expect(hashes.join()).not.toContain(code);
    expect(await auditCount('totp_enrol', account.email)).toBe(1);

    expect((await client.get('/staff/users/')).status).toBe(200);
    const after = await client.get('/staff/security/');
    expect(after.html).not.toContain(key);
    expect(after.html).not.toContain('id="recovery-codes"');
    expect(textOf(after.html, 'totp-state')).toContain('Codici di recupero rimasti: 10');
  });

  it('lets an editor sign in without one, enrol if they want, and turn it off again', async () => {
    const editor = await staffClient(db, 'editor');
    expect((await editor.get('/staff/projects/')).status).toBe(200);
    const started = await editor.post('/staff/security/', 'account.startEnrolment', {});
    const key = textOf(started.html, 'totp-key').replace(/\s/g, '');
    expect((await editor.post('/staff/security/', 'account.confirmEnrolment', { code: codeNow(key) })).status).toBe(200);
    const off = await editor.post('/staff/security/', 'account.disableTotp', {});
    expect(off.status).toBe(200);
    expect(await scalar('select totp_secret from users where id = ?', [editor.account.id])).toBeNull();
    expect(await scalar('select count(*) from recovery_codes where user_id = ?', [editor.account.id])).toBe(0);
    expect(await auditCount('totp_disable', editor.account.email)).toBe(1);
  });

  it('does not let an admin or publisher turn it off', async () => {
    const publisher = await staffClient(db, 'publisher');
    const refused = await publisher.post('/staff/security/', 'account.disableTotp', {});
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('non si può disattivare');
    expect(await scalar('select totp_secret from users where id = ?', [publisher.account.id])).not.toBeNull();
  });

  it('sends a person promoted to publisher to enrolment at their next request', async () => {
    const person = await staffClient(db, 'editor');
    const admin = await staffClient(db, 'admin');
    await admin.post('/staff/users/', 'users.changeRole', { userId: String(person.account.id), role: 'publisher', municipioId: '' });
    const next = await person.get('/staff/projects/');
    expect(next.status).toBe(303);
    expect(next.headers.get('location')).toMatch(/^\/staff\/security\//);
  });
});

describe('break-glass reset', () => {
  it('turns the second factor off from the server shell, ends the sessions, and the publisher enrols again', async () => {
    const publisher = await staffClient(db, 'publisher');
    const root = new URL('../..', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, ['src/server/cli/secondFactorReset.ts', '--email', publisher.account.email.toUpperCase()], { cwd: root, env: { ...process.env, DATABASE_URL: inject('databaseUrl') } });
    expect(stdout).toContain('turned off');
    expect(await scalar('select totp_secret from users where id = ?', [publisher.account.id])).toBeNull();
    expect((await publisher.get('/staff/')).status).toBe(303);
    const again = await new Client().post('/staff/sign-in/', 'auth.signIn', { email: publisher.account.email, password: PASSWORD });
    expect(again.headers.get('location')).toMatch(/^\/staff\/security\//);
    expect(await scalar("select count(*) from audit_log where action = 'totp_disable' and user_email = ?", [publisher.account.email])).toBe(1);
  });
});

describe('sign-in code step', () => {
  it('asks for a code after the password, before any session that opens the back office', async () => {
    const account = await createStaff(db, 'publisher');
    const client = new Client();
    const password = await client.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    expect(password.status).toBe(303);
    expect(password.headers.get('location')).toBe('/staff/sign-in/code/?next=%2Fstaff%2F');
    expect(await scalar("select stage from sessions where user_id = ?", [account.id])).toBe('second_factor');
    const blocked = await client.get('/staff/projects/');
    expect(blocked.status).toBe(303);
    expect(blocked.headers.get('location')).toMatch(/^\/staff\/sign-in\/code\//);
    expect((await rpc(client, 'projects.step', { projectId: '1', version: '1', step: 'publish' })).status).toBe(401);

    const page = await client.get('/staff/sign-in/code/');
    expect(page.status).toBe(200);
    expect(page.html).toContain('autocomplete="one-time-code"');
    const wrong = await client.post('/staff/sign-in/code/', 'account.signInCode', { code: '12345a' });
    expect(wrong.status).toBe(401);
    expect(textOf(wrong.html, 'f-code-error')).toContain('Codice non valido');
    expect(await auditCount('second_factor_failed', account.email)).toBe(1);

    const pendingCookie = client.cookies.get('pm_session');
    const code = nextCode(account.email);
    const ok = await client.post('/staff/sign-in/code/', 'account.signInCode', { code });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/staff/');
    expect(client.cookies.get('pm_session')).not.toBe(pendingCookie);
    expect((await client.get('/staff/projects/')).status).toBe(200);

    // The same code again, in a new sign-in within its time step: refused.
    const again = new Client();
    await again.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    expect((await again.post('/staff/sign-in/code/', 'account.signInCode', { code })).status).toBe(401);
    expect((await again.get('/staff/')).status).toBe(303);
  });

  it('ends the earlier pending session when the same browser gives the password again', async () => {
    const account = await createStaff(db, 'publisher');
    const client = new Client();
    await client.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    const first = client.cookies.get('pm_session');
    expect(await scalar("select count(*) from sessions where user_id = ? and stage = 'second_factor'", [account.id])).toBe(1);
    await client.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    expect(client.cookies.get('pm_session')).not.toBe(first);
    expect(await scalar("select count(*) from sessions where user_id = ? and stage = 'second_factor'", [account.id])).toBe(1);
  });

  it('accepts each recovery code once, and logs its use', async () => {
    const account = await createStaff(db, 'admin', null, { totp: false });
    const client = new Client();
    await client.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    const key = textOf((await client.post('/staff/security/', 'account.startEnrolment', {})).html, 'totp-key').replace(/\s/g, '');
    const [first] = codesOf((await client.post('/staff/security/', 'account.confirmEnrolment', { code: codeNow(key) })).html);

    const a = new Client();
    await a.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    expect((await a.post('/staff/sign-in/code/', 'account.signInCode', { code: first.toUpperCase() })).status).toBe(303);
    expect(await auditCount('recovery_code_used', account.email)).toBe(1);
    const b = new Client();
    await b.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    expect((await b.post('/staff/sign-in/code/', 'account.signInCode', { code: first })).status).toBe(401);
    expect(await scalar('select count(*) from recovery_codes where user_id = ?', [account.id])).toBe(9);
  });

  it('throttles wrong codes like wrong passwords', async () => {
    const account = await createStaff(db, 'publisher');
    const client = new Client();
    await client.post('/staff/sign-in/', 'auth.signIn', { email: account.email, password: PASSWORD });
    for (let i = 0; i < 5; i++) expect((await client.post('/staff/sign-in/code/', 'account.signInCode', { code: 'wrong-code-here' })).status).toBe(401);
    const locked = await client.post('/staff/sign-in/code/', 'account.signInCode', { code: nextCode(account.email) });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await client.get('/staff/')).status).toBe(303);
  });
});

describe('re-authentication', () => {
  it('asks an admin for password and code before a role change when the sign-in is older than 5 minutes', async () => {
    const admin = await staffClient(db, 'admin');
    const person = await createStaff(db, 'viewer');
    await age(admin.account.id);
    const refused = await admin.post('/staff/users/', 'users.changeRole', { userId: String(person.id), role: 'translator', municipioId: '' });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('Prima conferma la tua identità');
    expect(refused.html).toContain('id="f-reauth-password"');
    expect(refused.html).toContain('id="f-reauth-code"');
    expect(await scalar('select role from users where id = ?', [person.id])).toBe('viewer');

    const wrong = await admin.post('/staff/users/', 'account.reauthenticate', { 'reauth-password': 'not my password at all', 'reauth-code': nextCode(admin.account.email) });
    expect(wrong.status).toBe(200);
    expect(textOf(wrong.html, 'f-reauth-password-error')).toContain('Password non corretta');
    expect(await auditCount('reauth_failed', admin.account.email)).toBe(1);
    const noCode = await admin.post('/staff/users/', 'account.reauthenticate', { 'reauth-password': PASSWORD, 'reauth-code': '' });
    expect(textOf(noCode.html, 'f-reauth-code-error')).toContain('Codice non valido');
    expect(await auditCount('reauth_failed', admin.account.email)).toBe(2);

    const ok = await admin.post('/staff/users/', 'account.reauthenticate', { 'reauth-password': PASSWORD, 'reauth-code': nextCode(admin.account.email) });
    expect(ok.status).toBe(200);
    expect(ok.html).not.toContain('id="f-reauth-password"');
    // The refused change was not kept: the page says to make it again, not that it is done.
    expect(ok.html).toContain('La modifica che avevi chiesto non è ancora stata fatta: ripetila ora.');
    await admin.post('/staff/users/', 'users.changeRole', { userId: String(person.id), role: 'translator', municipioId: '' });
    expect(await scalar('select role from users where id = ?', [person.id])).toBe('translator');
  });

  it('guards second-factor changes and the password the same way', async () => {
    const publisher = await staffClient(db, 'publisher');
    await age(publisher.account.id);
    const page = await publisher.get('/staff/security/');
    expect(page.html).toContain('id="f-reauth-password"');
    expect(page.html).not.toContain('id="f-newPassword"');
    expect((await publisher.post('/staff/security/', 'account.newRecoveryCodes', {})).status).toBe(403);
    expect((await publisher.post('/staff/security/', 'account.changePassword', { currentPassword: PASSWORD, newPassword: 'another long password', confirmPassword: 'another long password' })).status).toBe(403);
    expect((await publisher.post('/staff/security/', 'account.startEnrolment', {})).status).toBe(403);
    await publisher.post('/staff/security/', 'account.reauthenticate', { 'reauth-password': PASSWORD, 'reauth-code': nextCode(publisher.account.email) });
    const codes = await publisher.post('/staff/security/', 'account.newRecoveryCodes', {});
    expect(codesOf(codes.html)).toHaveLength(10);
    expect(await auditCount('recovery_codes_new', publisher.account.email)).toBe(1);
  });

  it('changes the password with the current one, and ends the other sessions', async () => {
    const editor = await staffClient(db, 'editor');
    const other = new Client();
    await other.signIn(editor.account.email);
    const wrong = await editor.post('/staff/security/', 'account.changePassword', { currentPassword: 'wrong wrong wrong', newPassword: 'short', confirmPassword: 'short' });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.html, 'f-currentPassword-error')).toContain('Password non corretta');
    expect(textOf(wrong.html, 'f-newPassword-error')).toContain('12 caratteri');
    const ok = await editor.post('/staff/security/', 'account.changePassword', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' });
    expect(ok.status).toBe(200);
    expect((await editor.get('/staff/')).status).toBe(200);
    expect((await other.get('/staff/')).status).toBe(303);
    expect((await new Client().signIn(editor.account.email, 'a brand new passphrase')).status).toBe(303);
    expect(await auditCount('password_change', editor.account.email)).toBe(1);
  });
});
