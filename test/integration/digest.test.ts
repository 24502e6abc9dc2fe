/**
 * The weekly digest through the running server (issue #7, point 1): a resident follows in German
 * with the weekly frequency and confirms; two updates (the second with a milestone reached) are
 * published one after the other and a worksite impact is added; nothing
 * is sent at once; an admin sends the due digests; one message arrives with both updates, in
 * German, with the RFC 8058 headers; sending again (and the worker ticking) sends nothing more.
 * Then each piece of news reaches an address once: an address following a project at once and its
 * Municipio weekly gets the project's news at once and not again in its digest, and one following
 * a project and its NIL at once gets one notice naming both.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { join } from 'node:path';
import { createDb, type Db } from '../../db/client.ts';
import type { ParsedMail } from 'mailparser';
import { mailsTo, rawHeader, waitForMail } from '../helpers/outbox.ts';
import { Client, staffClient } from '../helpers/staff.ts';
import { publishUpdate } from '../helpers/publishUpdate.ts';

let db: Db;
const outbox = () => join(inject('dataDir'), 'outbox');
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The part of a plain-text mail after its signature separator. */
const footerOf = (mail: ParsedMail) => mail.text!.slice(mail.text!.lastIndexOf('\n--\n') + 4);

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

it('gathers the week’s updates in one message in the resident’s language, sent once', async () => {
  // Municipio 7's last project: the other suites take theirs elsewhere.
  const [row] = (await db.$client.execute("select id, slug from projects where publication = 'published' and municipio_id = 7 and parent_id is null order by id desc limit 1")).rows;
  const project = { id: Number(row.id), slug: String(row.slug) };
  const email = `digest-${Date.now()}@example.org`;
  const resident = new Client();
  const page = `/de/projects/${project.slug}`;
  expect((await resident.post(page, 'residents.subscribe', { email, scope: 'project', targetId: String(project.id), frequency: 'weekly', consent: 'on', locale: 'de' }, { 'X-Forwarded-For': '10.74.0.1' })).html).toContain('id="follow-done"');
  const confirm = await waitForMail(outbox(), email, /./);
  const link = new URL(confirm.text!.match(/https?:\/\/\S+\/de\/follow\/confirm\?token=\S+/)![0]);
  expect((await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! })).html).toContain('id="confirm-done"');
  // The same address also follows the project's neighbourhood, weekly: still one digest.
  const nilId = String(await scalar('select nil_id from projects where id = ?', [project.id]));
  expect((await resident.post(page, 'residents.subscribe', { email, scope: 'nil', targetId: nilId, frequency: 'weekly', consent: 'on', locale: 'de' }, { 'X-Forwarded-For': '10.74.0.2' })).html).toContain('id="follow-done"');
  await db.$client.execute({ sql: "update subscriptions set confirmed_at = (select confirmed_at from subscriptions where email = ? and scope = 'project') where email = ? and scope = 'nil'", args: [email, email] });

  await publishUpdate(db, project.id, { it: 'Posata la prima pietra', en: 'First stone laid', de: 'Grundstein gelegt' });
  await publishUpdate(db, project.id, { it: 'Aperto il cantiere del campo', en: 'Pitch works open', de: 'Baustelle des Spielfelds eröffnet' }, { it: 'Consegna dei lavori', de: 'Übergabe der Arbeiten' });
  // A worksite impact added by staff is news too.
  const editor = await staffClient(db, 'editor');
  await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'closure', descriptionIt: 'Via del Campo chiusa', descriptionEn: '', startsOn: '2026-01-01', endsOn: '2099-12-31' });
  // One added by mistake and removed again is not news.
  await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'closure', descriptionIt: 'Chiusa per errore', descriptionEn: '', startsOn: '2026-01-01', endsOn: '2099-12-31' });
  const mistake = String(await scalar("select id from worksite_impacts where project_id = ? and description like '%per errore%'", [project.id]));
  await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.removeImpact', { projectId: String(project.id), id: mistake, confirmed: '1' });
  expect(await scalar('select count(*) from worksite_impacts where id = ?', [mistake])).toBe(0);
  await sleep(1000); // the worker ticks every 250 ms: a weekly follower gets nothing at once
  expect((await mailsTo(outbox(), email)).map((m) => m.subject)).toEqual([expect.stringMatching(/^Bitte bestätigen/), expect.stringMatching(/^Bitte bestätigen/)]); // the two confirmations only

  // Only admins may send the digests by hand.
  const publisher = await staffClient(db, 'publisher');
  expect((await publisher.post('/staff/mail/', 'moderation.sendDigests', {})).status).toBe(403);
  const admin = await staffClient(db, 'admin');
  const sent = await admin.post('/staff/mail/', 'moderation.sendDigests', {});
  expect(sent.html).toContain('id="digests-done"');

  const digest = await waitForMail(outbox(), email, /Neuigkeiten der Woche/);
  expect(digest.text).toContain('Hier sind die Neuigkeiten der Woche');
  expect(digest.text).toContain('Grundstein gelegt');
  expect(digest.text).toContain('Baustelle des Spielfelds eröffnet');
  expect(digest.text).not.toContain('First stone laid');
  expect(digest.text!.indexOf('Grundstein gelegt')).toBeLessThan(digest.text!.indexOf('Baustelle des Spielfelds eröffnet'));
  // Dates as the site writes them in German, not ISO.
  expect(digest.text).toContain('Meilenstein erreicht: Übergabe der Arbeiten (30. Mai 2026).');
  expect(digest.text).toContain('Neue Beeinträchtigung durch die Baustelle — Straße gesperrt: Via del Campo chiusa (1. Januar 2026 → 31. Dezember 2099).');
  expect(digest.text!.split('Via del Campo chiusa')).toHaveLength(2); // told once, not listed again under the active impacts
  expect(digest.text).not.toContain('per errore');
  expect(digest.text!.split('Meilenstein erreicht: Übergabe der Arbeiten')).toHaveLength(2); // seen through two subscriptions, told once
  expect(digest.text).toContain(`/de/projects/${project.slug}`);
  expect(rawHeader(digest, 'List-Unsubscribe')).toMatch(/^<https?:\/\/\S+\/unsubscribe\?token=[\w-]+&lang=[a-z]{2}>$/);
  expect(rawHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

  // Nothing twice: by hand again, and the worker meanwhile.
  expect((await admin.post('/staff/mail/', 'moderation.sendDigests', {})).html).toMatch(/id="digests-done"[^>]*>[^<]*: 0\./);
  await sleep(1000);
  expect(await mailsTo(outbox(), email, /Neuigkeiten der Woche/)).toHaveLength(1);
  expect(await scalar("select count(*) from mail_queue where kind = 'digest' and \"to\" = ?", [email])).toBe(1);
  expect(await scalar("select count(*) from audit_log where action = 'digests_send'")).toBeGreaterThanOrEqual(2);
}, 60_000);

it('tells an address each piece of news once, the fastest way it asked for it', async () => {
  // Two works of Municipio 7 that the test above and photos.test.ts (its first and last) leave alone.
  const works = (
    await db.$client.execute(`select p.id, p.slug, p.nil_id, n.name as nil_name,
        coalesce((select title from project_translations where project_id = p.id and locale = 'en'), (select title from project_translations where project_id = p.id and locale = 'it')) as title
      from projects p join nil n on n.id = p.nil_id
      where p.publication = 'published' and p.municipio_id = 7 and p.parent_id is null and p.category <> 'mixed_programme'
        and p.id > (select min(id) from projects where publication = 'published' and municipio_id = 7)
        and p.id < (select max(id) from projects where publication = 'published' and municipio_id = 7 and parent_id is null)
      order by p.id`)
  ).rows.map((r) => ({ id: Number(r.id), slug: String(r.slug), nilId: Number(r.nil_id), nilName: String(r.nil_name), title: String(r.title) }));
  const [project, other] = works;
  expect(other).toBeDefined();
  const stamp = Date.now();
  const fastest = `once-fastest-${stamp}@example.org`; // the project at once, its Municipio weekly
  const both = `once-both-${stamp}@example.org`; // the project and its NIL, both at once
  const resident = new Client();
  /** Follows through the form and confirms with the link of the address's latest mail. */
  async function follow(email: string, scope: string, targetId: number, frequency: 'instant' | 'weekly') {
    const before = (await mailsTo(outbox(), email)).length;
    expect((await resident.post(`/en/projects/${project.slug}`, 'residents.subscribe', { email, scope, targetId: String(targetId), frequency, consent: 'on', locale: 'en' }, { 'X-Forwarded-For': '10.74.1.1' })).html).toContain('id="follow-done"');
    const deadline = Date.now() + 15_000;
    let mails = await mailsTo(outbox(), email);
    for (; mails.length === before && Date.now() < deadline; mails = await mailsTo(outbox(), email)) await sleep(200);
    const link = new URL(mails.at(-1)!.text!.match(/https?:\/\/\S+\/en\/follow\/confirm\?token=\S+/)![0]);
    expect((await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! })).html).toContain('id="confirm-done"');
  }
  await follow(fastest, 'project', project.id, 'instant');
  await follow(fastest, 'municipio', 7, 'weekly');
  await follow(both, 'project', project.id, 'instant');
  await follow(both, 'nil', project.nilId, 'instant');

  await publishUpdate(db, project.id, { it: 'Tracciati i nuovi vialetti', en: 'New paths laid out' });
  // Other news of the Municipio, which `fastest` follows weekly only.
  const editor = await staffClient(db, 'editor');
  await editor.post(`/staff/projects/${other.id}/impacts/`, 'moderation.addImpact', { projectId: String(other.id), kind: 'closure', descriptionIt: 'Parcheggio chiuso', descriptionEn: 'Car park closed', startsOn: '2026-01-01', endsOn: '2099-12-31' });

  // At once: one notice per address, naming everything it follows that the news concerns.
  const notice = await waitForMail(outbox(), both, /^News: /);
  expect(footerOf(notice).split('\n').slice(0, 3)).toEqual(['You get this message because on Periferie Milano you follow:', `- the project “${project.title}”`, `- the ${project.nilName} neighbourhood`]);
  expect((await waitForMail(outbox(), fastest, /^News: /)).text).toContain('New paths laid out');
  await sleep(1000); // the worker ticks every 250 ms
  const told = async (email: string) => (await mailsTo(outbox(), email, /^News: /)).filter((m) => m.text!.includes('New paths laid out'));
  expect(await told(both)).toHaveLength(1);
  expect(await told(fastest)).toHaveLength(1);

  // The digest: the Municipio's other news, not the project's again.
  const admin = await staffClient(db, 'admin');
  expect((await admin.post('/staff/mail/', 'moderation.sendDigests', {})).html).toContain('id="digests-done"');
  const digest = await waitForMail(outbox(), fastest, /this week’s news/);
  expect(digest.text).toContain('Car park closed');
  expect(digest.text).not.toContain('New paths laid out');
  expect(digest.text).not.toContain(`/en/projects/${project.slug}`);
  expect(footerOf(digest).split('\n').slice(0, 2)).toEqual(['You get this message because on Periferie Milano you follow:', '- Municipio 7']);
}, 60_000);
