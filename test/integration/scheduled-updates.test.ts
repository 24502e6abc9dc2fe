/**
 * An update staff schedule for later (issue #4) is announced to followers when it goes live, once
 * (issue #7): two server instances share one database and one outbox, both workers tick every
 * 250 ms, and a third instance started afterwards finds nothing left to send.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { isoToRomeLocal } from '../../src/lib/romeTime.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { mailsTo, waitForMail } from '../helpers/outbox.ts';
import { startServer } from '../helpers/server-setup.ts';
import { Client, staffClient } from '../helpers/staff.ts';

const dir = mkdtempSync(join(tmpdir(), 'periferie-scheduled-'));
const shared = { DATABASE_URL: `file:${join(dir, 'site.db')}`, DATA_DIR: join(dir, 'data') };
const outbox = join(dir, 'data', 'outbox');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let db: Db;
let servers: Awaited<ReturnType<typeof startServer>>[] = [];
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];

beforeAll(async () => {
  servers.push(await startServer(shared)); // the first one migrates and seeds
  servers.push(await startServer(shared));
  db = await createDb(shared.DATABASE_URL);
}, 120_000);
afterAll(async () => {
  db?.$client.close();
  for (const s of servers) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Follows the project through the public form and confirms with the e-mailed link. */
async function follow(base: string, projectId: number, slug: string, email: string, frequency: 'instant' | 'weekly') {
  const resident = new Client(base);
  const page = `/en/projects/${slug}`;
  await resident.post(page, 'residents.subscribe', { email, scope: 'project', targetId: String(projectId), frequency, consent: 'on', locale: 'en' });
  const confirm = await waitForMail(outbox, email, /Please confirm/);
  const link = new URL(confirm.text!.match(/https?:\/\/\S+\/en\/follow\/confirm\?token=\S+/)![0]);
  expect((await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! })).html).toContain('id="confirm-done"');
}

it('announces a scheduled update once when its time passes, across instances and restarts', async () => {
  const [a, b] = servers;
  const [row] = (await db.$client.execute("select id, slug from projects where publication = 'published' and parent_id is null order by id limit 1")).rows;
  const project = { id: Number(row.id), slug: String(row.slug) };
  const instant = `scheduled-${Date.now()}@example.org`;
  const weekly = `scheduled-weekly-${Date.now()}@example.org`;
  await follow(a.baseUrl, project.id, project.slug, instant, 'instant');
  await follow(b.baseUrl, project.id, project.slug, weekly, 'weekly');

  // Staff schedule an update a few minutes ahead (the form takes Milan wall-clock minutes).
  const editor = await staffClient(db, 'editor', undefined, a.baseUrl);
  const publisher = await staffClient(db, 'publisher', undefined, b.baseUrl);
  const view = (await editView(db, project.id))!;
  const n = view.record.updates.length;
  const later = isoToRomeLocal(new Date(Date.now() + 5 * 60_000).toISOString());
  const form = { ...recordToForm(view.record), projectId: String(project.id), version: String(view.project.version), [`updates.${n}.publishedOn`]: later.slice(0, 10), [`updates.${n}.publishAt`]: later, [`updates.${n}.title.it`]: 'Apre il nuovo giardino', [`updates.${n}.title.en`]: 'The new garden opens', [`updates.${n}.body.it`]: 'Dalle nove.', [`updates.${n}.body.en`]: 'From nine o’clock.' };
  expect((await editor.post(`/staff/projects/${project.id}/`, 'projects.save', form)).status).toBe(303);
  const version = async () => String(await scalar('select version from projects where id = ?', [project.id]));
  expect((await editor.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'submit' })).status).toBe(303);
  expect((await publisher.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'publish' })).status).toBe(303);

  const updateId = Number(await scalar(`select id from updates where project_id = ? and json_extract(title, '$.it') = 'Apre il nuovo giardino'`, [project.id]));
  expect(await scalar('select notified_at from updates where id = ?', [updateId])).toBeNull();
  await sleep(1000); // several ticks of both workers
  expect(await mailsTo(outbox, instant, /^News: /)).toHaveLength(0);
  expect((await new Client(a.baseUrl).get(`/en/projects/${project.slug}`)).html).not.toContain('The new garden opens');

  // Time passes: the schedule is brought to a second and a half from now.
  await db.$client.execute({ sql: 'update updates set publish_at = ? where id = ?', args: [new Date(Date.now() + 1500).toISOString(), updateId] });
  const news = await waitForMail(outbox, instant, /^News: /);
  expect(news.text).toContain('The new garden opens');
  expect(news.text).toContain('From nine o’clock.');
  await sleep(1500);
  expect(await mailsTo(outbox, instant, /^News: /)).toHaveLength(1);
  expect(await scalar("select count(*) from mail_queue where kind = 'notify' and \"to\" = ?", [instant])).toBe(1);
  // The weekly follower gets it in the digest: one event recorded for it, no message now.
  expect(await scalar(`select count(*) from project_events where project_id = ? and kind = 'update' and json_extract(detail, '$.title.it') = 'Apre il nuovo giardino'`, [project.id])).toBe(1);
  expect(await mailsTo(outbox, weekly, /^News: /)).toHaveLength(0);
  expect(await scalar('select notified_at from updates where id = ?', [updateId])).not.toBeNull();
  expect((await new Client(b.baseUrl).get(`/en/projects/${project.slug}`)).html).toContain('The new garden opens');

  // A later publication rewrites the rows: the update stays told.
  const again = (await editView(db, project.id))!;
  const edit = { ...recordToForm(again.record), projectId: String(project.id), version: String(again.project.version), 'contactName': 'Ufficio Periferie' };
  expect((await editor.post(`/staff/projects/${project.id}/`, 'projects.save', edit)).status).toBe(303);
  expect((await editor.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'submit' })).status).toBe(303);
  expect((await publisher.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'publish' })).status).toBe(303);
  expect(await scalar(`select notified_at is not null from updates where project_id = ? and json_extract(title, '$.it') = 'Apre il nuovo giardino'`, [project.id])).toBe(1);
  await sleep(1000);
  expect(await mailsTo(outbox, instant, /^News: /)).toHaveLength(1);

  // Restart: both instances go, a new one starts on the same database and outbox.
  for (const s of servers.splice(0)) await s.stop();
  servers.push(await startServer(shared));
  await sleep(1500);
  expect(await mailsTo(outbox, instant, /^News: /)).toHaveLength(1);
  expect(await scalar("select count(*) from mail_queue where kind = 'notify' and \"to\" = ?", [instant])).toBe(1);
}, 120_000);
