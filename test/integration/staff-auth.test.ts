/**
 * Accounts, sessions, throttling, roles and the audit log through the running server (issue #4,
 * points 1–3 and 8). Accounts are made in the server's database by the CLI's own function, or
 * by the CLI itself.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createDb, type Db } from '../../db/client.ts';
import { Client, createStaff, PASSWORD, staffClient } from '../helpers/staff.ts';
import { waitForMail } from '../helpers/outbox.ts';
import { join } from 'node:path';

let db: Db;
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterEach(async () => {
  // Every request here comes from 127.0.0.1: forget failed sign-ins so later tests are not throttled.
  await db.$client.execute('delete from sign_in_failures');
});
afterAll(() => db.$client.close());

describe('sign-in', () => {
  it('answers the right password with a fresh HttpOnly SameSite=Lax session cookie', async () => {
    const { email } = await createStaff(db, 'editor');
    const client = new Client();
    client.cookies.set('pm_session', 'attacker-chosen-session-id');
    const reply = await client.signIn(email);
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe('/staff/');
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('pm_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(client.cookies.get('pm_session')).not.toBe('attacker-chosen-session-id');
    const stored = await scalar('select id_hash from sessions where user_id = (select id from users where email = ?)', [email]);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toBe(client.cookies.get('pm_session'));
    expect(await scalar("select count(*) from audit_log where action = 'sign_in' and user_email = ? and ip is not null", [email])).toBe(1);
    const home = await client.get('/staff/');
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-store, private');
  });

  it('gives one generic message for every failure, keeps the email typed, and logs it', async () => {
    const { email } = await createStaff(db, 'viewer');
    const wrong = await new Client().signIn(email, 'not the password at all');
    const unknown = await new Client().signIn('nobody@comune.milano.it', PASSWORD);
    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.html).toContain('Email o password non corretti, oppure account non attivo.');
      expect(reply.headers.getSetCookie()).toEqual([]);
    }
    expect(wrong.html).toContain(`value="${email}"`);
    expect(await scalar("select count(*) from audit_log where action = 'sign_in_failed' and user_email = ?", [email])).toBe(1);
  });

  it('throttles after 5 failures in 15 minutes with 429 and Retry-After, even for the right password', async () => {
    const { email } = await createStaff(db, 'editor');
    for (let i = 0; i < 5; i++) expect((await new Client().signIn(email, 'wrong wrong wrong')).status).toBe(401);
    const locked = await new Client().signIn(email);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(locked.html).toContain('Troppi tentativi non riusciti');
  });

  it('throttles an address that tries many accounts', async () => {
    for (let i = 0; i < 5; i++) await new Client().signIn(`nobody${i}@comune.milano.it`, 'whatever whatever');
    const { email } = await createStaff(db, 'editor');
    expect((await new Client().signIn(email)).status).toBe(429);
  });

  it('signs out here, or everywhere', async () => {
    const { email } = await createStaff(db, 'editor');
    const a = new Client();
    const b = new Client();
    await a.signIn(email);
    await b.signIn(email);
    const out = await a.post('/staff/sign-in/', 'auth.signOut', {});
    expect(out.status).toBe(200);
    expect((await a.get('/staff/')).status).toBe(303);
    expect((await b.get('/staff/')).status).toBe(200);
    const c = new Client();
    await c.signIn(email);
    await c.post('/staff/sign-in/', 'auth.signOut', { everywhere: '1' });
    expect((await b.get('/staff/')).status).toBe(303);
    expect(await scalar('select count(*) from sessions where user_id = (select id from users where email = ?)', [email])).toBe(0);
    // b still holds its cookie: the sign-in page says the session ended, and that a form sent
    // with it was not saved.
    const ended = await b.get('/staff/projects/');
    expect(ended.headers.get('location')).toBe('/staff/sign-in/?next=%2Fstaff%2Fprojects%2F&ended=1');
    expect((await b.get(ended.headers.get('location')!)).html).toContain('La sessione è scaduta: accedi di nuovo per continuare.');
    const sent = await b.post('/staff/projects/1/', 'projects.save', { projectId: '1', version: '1' });
    expect(sent.headers.get('location')).toMatch(/&ended=unsaved$/);
    expect((await b.get(sent.headers.get('location')!)).html).toContain('quello che hai appena inviato non è stato salvato');
    expect((await new Client().get('/staff/projects/')).headers.get('location')).not.toContain('ended');
  });

  it('sends anonymous visitors of staff pages to sign in, and refuses anonymous Actions', async () => {
    const anon = new Client();
    for (const path of ['/staff/', '/staff/projects/', '/staff/projects/new/', '/staff/users/', '/staff/audit/', '/staff/projects/1/', '/staff/projects/1/preview/']) {
      const reply = await anon.get(path);
      expect(reply.status, path).toBe(303);
      expect(reply.headers.get('location'), path).toMatch(/^\/staff\/sign-in\/\?next=/);
    }
    // Actions are public endpoints: called directly, they refuse anyone not signed in.
    const rpc = (name: string, body: Record<string, string>) =>
      anon.request(`/_actions/${name}`, { method: 'POST', body: new URLSearchParams(body), headers: { Origin: anon.base } });
    const before = await scalar('select count(*) from users');
    expect((await rpc('projects.step', { projectId: '1', version: '1', step: 'publish' })).status).toBe(401);
    expect((await rpc('users.invite', { email: 'x@y.it', role: 'admin' })).status).toBe(401);
    expect(await scalar('select count(*) from users')).toBe(before);
  });
});

describe('accounts', () => {
  it('creates the first admin with `npm run user:create`, reading the password from stdin', async () => {
    const email = `cli-${Date.now()}@comune.milano.it`;
    const run = promisify(execFile);
    const root = new URL('../..', import.meta.url).pathname;
    const env = { ...process.env, DATABASE_URL: inject('databaseUrl') };
    const child = run(process.execPath, ['src/server/cli/userCreate.ts', '--email', email, '--role', 'admin', '--password-stdin'], { cwd: root, env });
    child.child.stdin!.end('a password typed by the CLI\n');
    expect((await child).stdout).toContain(`Created admin ${email}`);
    expect((await new Client().signIn(email, 'a password typed by the CLI')).status).toBe(303);
    const short = run(process.execPath, ['src/server/cli/userCreate.ts', '--email', `x${email}`, '--role', 'admin', '--password-stdin'], { cwd: root, env });
    short.child.stdin!.end('short\n');
    await expect(short).rejects.toMatchObject({ stderr: expect.stringContaining('at least 12 characters') });
  });

  it('lets an admin invite with a one-time link, change a role and disable an account', async () => {
    const admin = await staffClient(db, 'admin');
    const email = `invited-${Date.now()}@comune.milano.it`;
    const invited = await admin.post('/staff/users/', 'users.invite', { email, name: 'Nuova', role: 'municipio_editor', municipioId: '8' });
    expect(invited.status).toBe(200);
    const link = invited.html.match(/id="invite-link">([^<]+)</)![1];
    expect(invited.html).toContain(`Invito inviato per e-mail a ${email}.`);
    // The list says when each account was last used: the admin just signed in, with their code.
    const row = (html: string, who: string) => html.match(new RegExp(`<tr data-user="${who}">([\\s\\S]*?)</tr>`))?.[1] ?? '';
    expect(row(invited.html, admin.account.email)).toMatch(/ultimo accesso il \d{1,2} \w+ \d{4} · secondo fattore attivo/);
    expect(row(invited.html, email)).toContain('Invito in attesa');
    expect(row(invited.html, email)).not.toContain('data-last-sign-in');
    // The same link by mail, in the language chosen (the admin's by default); once sent, the
    // queue keeps that it was sent, not the link.
    const mail = await waitForMail(join(inject('dataDir'), 'outbox'), email, /^Periferie Milano: il tuo accesso all’area riservata$/);
    expect(mail.text).toContain(`${admin.account.email} ti ha invitato nell’area riservata di Periferie Milano, con il ruolo «Redattore di Municipio».`);
    expect(mail.text).toContain(`\n${link}\n`);
    const token = link.split('/').pop()!;
    const stored = async () => (await rows('select status, text from mail_queue where "to" = ? and kind = ?', [email, 'staff_invite']))[0];
    for (let i = 0; i < 50 && (await stored()).status !== 'sent'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toMatchObject({ status: 'sent', text: expect.not.stringContaining(token) });
    const path = new URL(link).pathname;
    const person = new Client();
    expect((await person.get(path)).html).toContain(email);
    const short = await person.post(path, 'auth.setPassword', { token: path.split('/').pop()!, password: 'short', confirm: 'short' });
    expect(short.status).toBe(422);
    expect(short.html).toContain('almeno 12 caratteri');
    const ok = await person.post(path, 'auth.setPassword', { token: path.split('/').pop()!, password: 'my chosen passphrase', confirm: 'my chosen passphrase' });
    expect(ok.html).toContain('Password salvata');
    expect((await person.get(path)).status).toBe(410); // used once
    expect((await person.signIn(email, 'my chosen passphrase')).status).toBe(303);

    const id = String(await scalar('select id from users where email = ?', [email]));
    const badRole = await admin.post('/staff/users/', 'users.changeRole', { userId: id, role: 'municipio_editor', municipioId: '' });
    expect(badRole.status).toBe(400);
    await admin.post('/staff/users/', 'users.changeRole', { userId: id, role: 'translator', municipioId: '' });
    expect(await scalar('select role from users where id = ?', [id])).toBe('translator');
    await admin.post('/staff/users/', 'users.setDisabled', { userId: id, disabled: '1', confirmed: '1' });
    expect((await person.get('/staff/')).status).toBe(303); // the live session ended
    expect((await new Client().signIn(email, 'my chosen passphrase')).status).toBe(401);
    const log = await admin.get(`/staff/audit/?email=${encodeURIComponent(admin.account.email)}`);
    for (const action of ['user_invite', 'role_change', 'user_disable']) expect(log.html).toContain(`data-action="${action}"`);
  });

  it('changes nothing when the audit log cannot record the change', async () => {
    const admin = await staffClient(db, 'admin');
    const editor = await staffClient(db, 'editor');
    const elsewhere = new Client();
    expect((await elsewhere.signIn(editor.account.email, editor.account.password, { 'X-Forwarded-For': '10.200.0.1' })).status).toBe(303);
    const id = editor.account.id;
    // The log refuses this account's entries, as a full disk would: each change must go with it.
    await db.$client.execute(`create trigger refuse_audit_${id} before insert on audit_log when new.target_id = '${id}' or (new.user_id = ${id} and new.action = 'password_change') begin select raise(abort, 'audit log refused'); end`);
    try {
      expect((await admin.post('/staff/users/', 'users.changeRole', { userId: String(id), role: 'translator', municipioId: '' })).status).toBe(500);
      expect(await scalar('select role from users where id = ?', [id])).toBe('editor');
      expect((await admin.post('/staff/users/', 'users.setDisabled', { userId: String(id), disabled: '1', confirmed: '1' })).status).toBe(500);
      expect(await scalar('select disabled from users where id = ?', [id])).toBe(0);
      expect((await elsewhere.get('/staff/')).status).toBe(200);
      const changed = await editor.post('/staff/security/', 'account.changePassword', { currentPassword: editor.account.password, newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' });
      expect(changed.status).toBe(500);
      // Neither the new password nor the end of the other session happened without its entry.
      expect((await elsewhere.get('/staff/')).status).toBe(200);
      expect((await new Client().signIn(editor.account.email, editor.account.password, { 'X-Forwarded-For': '10.200.0.2' })).status).toBe(303);
    } finally {
      await db.$client.execute(`drop trigger refuse_audit_${id}`);
    }
    await admin.post('/staff/users/', 'users.changeRole', { userId: String(id), role: 'translator', municipioId: '' });
    expect(await scalar('select role from users where id = ?', [id])).toBe('translator');
    expect(await scalar("select count(*) from audit_log where action = 'role_change' and target_id = ?", [String(id)])).toBe(1);
  });

  it('writes the invitation in the language chosen for it, and refuses one that is not offered', async () => {
    const admin = await staffClient(db, 'admin');
    const email = `invited-en-${Date.now()}@comune.milano.it`;
    const refused = await admin.post('/staff/users/', 'users.invite', { email, name: 'Nuova', role: 'editor', municipioId: '', locale: 'xx' });
    expect(refused.status).toBe(422);
    expect(refused.html).toMatch(/<select id="f-locale" name="locale" aria-invalid="true"/);
    expect(refused.html).toContain(`value="${email}"`);
    expect(await scalar('select count(*) from users where email = ?', [email])).toBe(0);
    expect((await admin.post('/staff/users/', 'users.invite', { email, name: 'Nuova', role: 'editor', municipioId: '', locale: 'en' })).status).toBe(200);
    const mail = await waitForMail(join(inject('dataDir'), 'outbox'), email, /^Periferie Milano: your access to the staff area$/);
    expect(mail.text).toContain('with the role “Editor”. To get in, choose your password from this link:');
    expect(await scalar('select locale from users where email = ?', [email])).toBe('en');
  });

  it('lets a person who forgot their password choose a new one from a mailed link, telling nobody who has an account', async () => {
    const account = await createStaff(db, 'editor');
    const person = new Client();
    expect((await person.get('/staff/sign-in/')).html).toContain('<a href="/staff/sign-in/reset/" id="forgot-password">Hai dimenticato la password?</a>');
    const ask = (email: string, ip: string) => new Client().post('/staff/sign-in/reset/', 'auth.requestReset', { email }, { 'X-Forwarded-For': ip });
    const known = await ask(account.email, '10.61.0.1');
    const unknown = await ask(`nobody-${Date.now()}@comune.milano.it`, '10.61.0.2');
    for (const reply of [known, unknown]) {
      expect(reply.status).toBe(303);
      expect(reply.headers.get('location')).toBe('/staff/sign-in/reset/?sent=1');
    }
    expect((await person.get('/staff/sign-in/reset/?sent=1')).html).toContain('Se l’indirizzo appartiene a un account attivo, il link è in arrivo.');
    const invalid = await ask('not an address', '10.61.0.3');
    expect(invalid.status).toBe(422);
    expect(invalid.html).toContain('value="not an address"');

    const mail = await waitForMail(join(inject('dataDir'), 'outbox'), account.email, /^Periferie Milano: scegli una nuova password$/);
    const path = new URL(mail.text!.match(/https?:\/\/\S+\/staff\/invite\/\S+/)![0]).pathname;
    const token = path.split('/').pop()!;
    expect((await person.post(path, 'auth.setPassword', { token, password: 'a freshly chosen phrase', confirm: 'a freshly chosen phrase' })).html).toContain('Password salvata');
    expect((await new Client().signIn(account.email, account.password, { 'X-Forwarded-For': '10.61.0.4' })).status).toBe(401);
    expect((await new Client().signIn(account.email, 'a freshly chosen phrase', { 'X-Forwarded-For': '10.61.0.5' })).status).toBe(303);
  });

  it('keeps account pages and Actions to admins', async () => {
    for (const role of ['editor', 'municipio_editor', 'translator', 'publisher', 'viewer'] as const) {
      const client = await staffClient(db, role);
      expect((await client.get('/staff/users/')).status, role).toBe(403);
      expect((await client.get('/staff/audit/')).status, role).toBe(403);
      expect((await client.post('/staff/users/', 'users.invite', { email: 'x@y.it', role: 'admin' })).status, role).toBe(403);
      expect((await client.post('/staff/users/', 'users.changeRole', { userId: String(client.account.id), role: 'admin' })).status, role).toBe(403);
    }
  });

  it('lets an admin filter the audit log by action and day', async () => {
    const admin = await staffClient(db, 'admin');
    const today = new Date().toISOString().slice(0, 10);
    const page = await admin.get(`/staff/audit/?action=sign_in&from=${today}&to=${today}`);
    expect(page.status).toBe(200);
    const actions = [...page.html.matchAll(/data-action="([^"]+)"/g)].map((m) => m[1]);
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['sign_in']));
    // Details read as "name: value", not JSON; an admin's password step is told from the sign-in.
    expect(page.html).not.toMatch(/<td><code>\{/);
    expect(page.html).toContain('<span class="muted">factor:</span> totp');
    expect(page.html).toContain('Password corretta, in attesa del secondo fattore');
  });
});
