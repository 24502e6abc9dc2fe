/**
 * Faults (issue #10, point 3), each on a server of its own: the database held by another writer
 * while staff publish (the server waits, or answers a clear 503, and nothing is half-written),
 * the disk refusing a photo (a localized error next to the field, the form kept, no file and no
 * row left), and queued mail resumed by a restarted server.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { mailQueue } from '../../db/schema.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { enqueueMail } from '../../src/server/mail/queue.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { startServer } from '../helpers/server-setup.ts';
import { Client, createStaff, textOf } from '../helpers/staff.ts';
import type { Role } from '../../src/lib/vocabulary.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function serverWithDb(env: Record<string, string> = {}): Promise<{ server: Server; db: Db }> {
  const server = await startServer(env);
  await fetch(`${server.baseUrl}/it/`); // migrates and seeds
  const db = await createDb(server.databaseUrl);
  cleanups.push(() => server.stop(), () => db.$client.close());
  return { server, db };
}

async function signedIn(server: Server, db: Db, role: Role) {
  const account = await createStaff(db, role);
  const client = new (class extends Client {
    override readonly base = server.baseUrl;
  })();
  expect((await client.signIn(account.email)).status).toBe(303);
  return client;
}

const scalar = async (db: Db, sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];

describe('the database busy with another writer', () => {
  it('makes a publish wait for the lock, or answer 503 after the busy timeout, never half-written', async () => {
    const { server, db } = await serverWithDb();
    const editor = await signedIn(server, db, 'editor');
    const publisher = await signedIn(server, db, 'publisher');
    const ids = (await db.$client.execute("select id from projects where publication = 'published' and parent_id is null and category <> 'mixed_programme' order by id limit 2")).rows.map((r) => Number(r.id));
    const version = async (id: number) => String(await scalar(db, 'select version from projects where id = ?', [id]));
    for (const id of ids) {
      const view = (await editView(db, id))!;
      expect((await editor.post(`/staff/projects/${id}/`, 'projects.save', { ...recordToForm(view.record), projectId: String(id), version: String(view.project.version), progress: '42' })).status).toBe(303);
      expect((await editor.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(id), step: 'submit' })).status).toBe(303);
    }
    // A second connection, as another process would, takes the write lock.
    const other = createClient({ url: server.databaseUrl });
    cleanups.push(() => other.close());
    const publish = async (id: number) => publisher.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(id), step: 'publish' });

    // Released after 1.5 s: within the 5 s busy timeout, so the publish waits and succeeds.
    let lock = await other.transaction('write');
    const released = new Promise((r) => setTimeout(() => lock.commit().then(r), 1500));
    let started = Date.now();
    const waiting = publish(ids[0]);
    // Meanwhile the server answers everyone else: the wait is on timers, not on the event loop.
    await new Promise((r) => setTimeout(r, 300));
    for (const path of ['/healthz', `/it/projects?q=busy${Date.now()}`]) {
      const t = performance.now();
      expect((await fetch(server.baseUrl + path)).status).toBe(200);
      expect(performance.now() - t).toBeLessThan(800);
    }
    const waited = await waiting;
    expect(waited.status).toBe(303);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await released;
    expect(await scalar(db, 'select progress from projects where id = ?', [ids[0]])).toBe(42);
    expect(await scalar(db, "select count(*) from project_revisions where project_id = ? and state = 'in_review'", [ids[0]])).toBe(0);

    // Held past the busy timeout: a clear, localized 503, and the project is untouched.
    const before = await db.$client.execute({ sql: "select version, progress, (select count(*) from project_revisions where project_id = ?) revisions, (select count(*) from audit_log) audit from projects where id = ?", args: [ids[1], ids[1]] });
    lock = await other.transaction('write');
    started = Date.now();
    const refused = await publish(ids[1]);
    const elapsed = Date.now() - started;
    await lock.rollback();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.html).toContain('Il database è occupato');
    expect(elapsed).toBeGreaterThanOrEqual(4000);
    expect(elapsed).toBeLessThan(12_000); // one busy timeout, not one per background tick
    const after = await db.$client.execute({ sql: "select version, progress, (select count(*) from project_revisions where project_id = ?) revisions, (select count(*) from audit_log) audit from projects where id = ?", args: [ids[1], ids[1]] });
    expect(after.rows).toEqual(before.rows);
    expect(await scalar(db, "select count(*) from project_revisions where project_id = ? and state = 'in_review'", [ids[1]])).toBe(1);
    expect(await scalar(db, 'pragma integrity_check')).toBe('ok');
    expect((await db.$client.execute('pragma foreign_key_check')).rows).toEqual([]);
    // Once the lock is gone the same publish goes through at once: the server's own background
    // writes that queued behind the lock take their turns first, without failing it.
    const last = await publish(ids[1]);
    expect(last.status).toBe(303);
    expect(await scalar(db, 'select progress from projects where id = ?', [ids[1]])).toBe(42);
  });
});

describe('the disk refusing an upload', () => {
  it('answers a localized error next to the field, keeps what was typed, and leaves no file and no row', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'periferie-faults-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    // A file where the photo folder should be: refused even for root, unlike a read-only mode.
    writeFileSync(join(dataDir, 'media'), 'not a folder');
    const { server, db } = await serverWithDb({ DATA_DIR: dataDir });
    const editor = await signedIn(server, db, 'editor');
    const id = Number(await scalar(db, "select id from projects where publication = 'published' and parent_id is null order by id limit 1"));
    const view = (await editView(db, id))!;
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
    const form = new FormData();
    form.set('projectId', String(id));
    form.set('version', String(view.project.version));
    form.set('photo.alt.it', 'Il cortile rinnovato');
    form.set('photo.credit', 'Ufficio stampa');
    form.set('photo.file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'cortile.jpg');
    const before = readdirSync(dataDir).sort();
    const reply = await editor.post(`/staff/projects/${id}/`, 'media.upload', form);
    expect(reply.status).toBe(422);
    expect(textOf(reply.html, 'f-photo-file-error')).toContain('Non è stato possibile salvare la foto');
    expect(reply.html).toMatch(/value="Il cortile rinnovato"/);
    expect(reply.html).toMatch(/value="Ufficio stampa"/);
    expect(readdirSync(dataDir).sort()).toEqual(before);
    expect((await editView(db, id))!.record.media).toEqual(view.record.media);
    expect(await scalar(db, "select count(*) from audit_log where action = 'photo_upload'")).toBe(0);
  });
});

describe('a restart', () => {
  it('resumes the mail queue: messages queued while down, and one a killed worker had claimed, are sent once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'periferie-restart-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = { DATABASE_URL: `file:${join(dir, 'site.db')}`, DATA_DIR: join(dir, 'data'), MAIL_INTERVAL_MS: '200' };
    const first = await startServer(env);
    await fetch(`${first.baseUrl}/it/`);
    await first.stop();

    const db = await createDb(env.DATABASE_URL);
    cleanups.push(() => db.$client.close());
    await enqueueMail(db, [1, 2].map((n) => ({ kind: 'notify', to: `r${n}@example.org`, subject: `Messaggio ${n}`, text: 'Ciao' })));
    // Claimed ten minutes ago by a worker that never finished (the process was killed mid-send).
    await db.insert(mailQueue).values({ kind: 'notify', to: 'r3@example.org', subject: 'Messaggio 3', text: 'Ciao', status: 'sending', nextAttemptAt: new Date(Date.now() - 10 * 60_000).toISOString() });

    const second = await startServer(env);
    cleanups.push(() => second.stop());
    const outbox = join(env.DATA_DIR, 'outbox');
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await scalar(db, "select count(*) from mail_queue where status <> 'sent'")) !== 0) await new Promise((r) => setTimeout(r, 200));
    expect((await db.select({ status: mailQueue.status, attempts: mailQueue.attempts }).from(mailQueue)).map((r) => [r.status, r.attempts])).toEqual([['sent', 1], ['sent', 1], ['sent', 1]]);
    expect(existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []).toHaveLength(3);
  });
});
