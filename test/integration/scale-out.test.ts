/**
 * Scale-out (issue #9, point 4) on this machine: two instances of the built server over one
 * libSQL server (sqld on loopback, JWT auth, the app's DATABASE_AUTH_TOKEN), as README's
 * "Several instances" describes. Nothing that one instance does may be missed by the other:
 * sessions, page-cache invalidation, the form-stamp secret, the API rate limit, the mail queue.
 */
import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { enqueueMail } from '../../src/server/mail/queue.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { startServer } from '../helpers/server-setup.ts';
import { startSqld, type Sqld } from '../helpers/sqld.ts';
import { Client, createStaff } from '../helpers/staff.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
let sqld: Sqld;
let a: Server;
let b: Server;
let db: Db;
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const xCache = async (server: Server, path: string) => (await fetch(new URL(path, server.baseUrl))).headers.get('x-cache');

beforeAll(async () => {
  sqld = await startSqld();
  const env = { DATABASE_URL: sqld.url, DATABASE_AUTH_TOKEN: sqld.authToken, PAGE_CACHE_MB: '32', API_RATE_LIMIT: '3' };
  // One after the other, as a rolling deploy would: the first migrates and seeds through sqld,
  // the second finds the schema current and the demo in place.
  a = await startServer(env);
  b = await startServer(env);
  db = await createDb(sqld.url, { authToken: sqld.authToken });
}, 120_000);
afterAll(async () => {
  db?.$client.close();
  await Promise.all([a?.stop(), b?.stop()]);
  await sqld?.stop();
});

async function signedIn(server: Server, role: 'editor' | 'publisher') {
  const account = await createStaff(db, role);
  const client = new Client(server.baseUrl);
  expect((await client.signIn(account.email, account.password)).status).toBe(303);
  return client;
}

describe('one database for both instances', () => {
  it('is the sqld server, which refuses a client without the token', async () => {
    expect(Number((await rows('select count(*) as n from projects'))[0].n)).toBeGreaterThan(0);
    const anonymous = await createDb(sqld.url);
    await expect(anonymous.$client.execute('select 1')).rejects.toThrow(/401/);
    anonymous.$client.close();
    // Neither instance opened a SQLite file of its own (startServer's default database).
    for (const server of [a, b]) expect(readdirSync(server.dir).filter((n) => n.includes('.db'))).toEqual([]);
  });
});

describe('sessions', () => {
  it('a staff member signed in on A is signed in on B with the same cookie, until signing out on A', async () => {
    const onA = await signedIn(a, 'editor');
    const onB = new Client(b.baseUrl);
    onB.cookies = new Map(onA.cookies);
    expect((await onB.get('/staff/')).status).toBe(200);
    expect((await onA.post('/staff/sign-in/', 'auth.signOut', {})).status).toBe(200);
    expect((await onB.get('/staff/')).status).toBe(303);
  });
});

describe('page cache', () => {
  it('drops a page cached on B when A publishes it, and keeps an unrelated one', async () => {
    const [p, other] = await rows("select id, slug from projects where publication = 'published' and parent_id is null and category <> 'mixed_programme' order by id limit 2");
    const page = `/it/projects/${p.slug}`;
    const unrelated = `/it/projects/${other.slug}`;
    for (const path of [page, unrelated]) await fetch(new URL(path, b.baseUrl));
    for (const path of [page, unrelated]) expect(await xCache(b, path), path).toBe('HIT');

    const editor = await signedIn(a, 'editor');
    const publisher = await signedIn(a, 'publisher');
    const id = Number(p.id);
    const view = (await editView(db, id))!;
    const summary = `Sommario pubblicato da A ${Date.now()}`;
    const form = { ...recordToForm(view.record), projectId: String(id), version: String(view.project.version), 'translations.it.summary': summary };
    expect((await editor.post(`/staff/projects/${id}/`, 'projects.save', form)).status).toBe(303);
    const version = async () => String((await rows('select version from projects where id = ?', [id]))[0].version);
    expect((await editor.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(), step: 'submit' })).status).toBe(303);
    expect((await publisher.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(), step: 'publish' })).status).toBe(303);

    const fresh = await fetch(new URL(page, b.baseUrl));
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(await fresh.text()).toContain(summary);
    expect(await xCache(b, unrelated)).toBe('HIT');
  });
});

describe('public forms', () => {
  it('B accepts a form stamped by A: one signing secret, kept in the database', async () => {
    const [p] = await rows("select id, slug from projects where publication = 'published' and parent_id is null and category <> 'mixed_programme' order by id desc limit 1");
    const page = `/it/projects/${p.slug}`;
    const resident = new Client(a.baseUrl);
    const stamp = (await resident.get(page)).html.match(/name="stamp" value="([^"]+)"/)![1];
    // A person needs a few seconds to fill the form in (MIN_FILL_MS), or it is refused as too fast.
    await new Promise((r) => setTimeout(r, Math.max(0, Number(stamp.split('.')[0]) + 3_300 - Date.now())));
    const body = `Segnalazione tra istanze ${Date.now()}`;
    const fields = (s: string) => ({ projectId: String(p.id), kind: 'noise', body, email: '', locale: 'it', stamp: s, website: '' });
    const onB = new Client(b.baseUrl);
    // The control: B does check stamps, and refuses one not signed with the shared secret.
    expect((await onB.post(page, 'residents.feedback', fields(`${Date.now() - 10_000}.forged`))).html).toContain('Il modulo è scaduto');
    expect((await onB.post(page, 'residents.feedback', fields(stamp))).html).toContain('id="feedback-done"');
    expect(Number((await rows('select count(*) as n from feedback where body = ?', [body]))[0].n)).toBe(1);
    expect(Number((await rows("select count(*) as n from server_secrets where name = 'form'"))[0].n)).toBe(1);
  });
});

describe('API rate limit', () => {
  it('counts the requests of both instances together', async () => {
    // Not across the end of a one-minute window, when the count starts again.
    const intoWindow = (Date.now() / 1000) % 60;
    if (intoWindow > 54) await new Promise((r) => setTimeout(r, (61 - intoWindow) * 1000));
    const hit = (server: Server) => fetch(new URL('/api/v1/municipi', server.baseUrl));
    const remaining: (string | null)[] = [];
    for (const server of [a, b, a]) {
      const res = await hit(server);
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    expect((await hit(b)).status).toBe(429);
  });
});

describe('mail queue', () => {
  it('sends each queued message once, though both instances drain the queue', async () => {
    const run = Date.now().toString(36);
    await enqueueMail(db, Array.from({ length: 20 }, (_, n) => ({ kind: 'notify', to: `scale-${run}-${n}@example.org`, subject: `Messaggio ${n}`, text: 'Ciao' })));
    const ids = (await rows('select id from mail_queue where "to" like ? order by id', [`scale-${run}-%`])).map((r) => Number(r.id));
    expect(ids).toHaveLength(20);
    const deadline = Date.now() + 20_000;
    const pending = async () => Number((await rows(`select count(*) as n from mail_queue where id in (${ids.join(',')}) and status <> 'sent'`))[0].n);
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await pending()).toBe(0);
    // Each instance writes what it sends to its own outbox, named after the queue row's id.
    const sentBy = async (server: Server) => (await readdir(join(server.dataDir, 'outbox')).catch(() => [] as string[])).map((n) => Number(n.match(/-(\d+)\.eml$/)?.[1])).filter((id) => ids.includes(id));
    const sent = [...(await sentBy(a)), ...(await sentBy(b))].sort((x, y) => x - y);
    expect(sent).toEqual(ids);
    expect((await rows(`select distinct attempts from mail_queue where id in (${ids.join(',')})`)).map((r) => Number(r.attempts))).toEqual([1]);
  });
});
