/**
 * Every residents' mail says in its footer what the reader follows, through the running server
 * and its `.eml` outbox: a project's, a NIL's and a Municipio's followers (in English, Italian
 * and German) each get a confirmation naming what the address was given for, then a notice of
 * the same worksite impact naming their own subscription; a weekly follower of the NIL and the
 * Municipio gets a digest listing both. No footer says "this project or neighbourhood" any more.
 * On a server of its own: four follows would take most of the ten an hour the suite's server
 * allows one address, and the digests sent here would be sent for everyone there.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { createDb, type Db } from '../../db/client.ts';
import { mailsTo, waitForMail } from '../helpers/outbox.ts';
import { startServer } from '../helpers/server-setup.ts';
import { Client, staffClient } from '../helpers/staff.ts';

let db: Db;
let server: Awaited<ReturnType<typeof startServer>>;
const outbox = () => join(server.dataDir, 'outbox');
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
/** The part of a plain-text mail after its signature separator. */
const footerOf = (mail: ParsedMail) => mail.text!.slice(mail.text!.lastIndexOf('\n--\n') + 4);
let project: { id: number; slug: string; municipio: number; nilId: number; nilSlug: string; nilName: string; titleEn: string };

beforeAll(async () => {
  server = await startServer();
  db = await createDb(server.databaseUrl);
  const [p] = await rows(`select p.id, p.slug, p.municipio_id, n.id as nil_id, n.slug as nil_slug, n.name as nil_name,
      coalesce((select title from project_translations where project_id = p.id and locale = 'en'), (select title from project_translations where project_id = p.id and locale = 'it')) as title_en
    from projects p join nil n on n.id = p.nil_id
    where p.publication = 'published' and p.municipio_id = 3 and p.parent_id is null and p.category <> 'mixed_programme' order by p.id desc limit 1`);
  project = { id: Number(p.id), slug: String(p.slug), municipio: Number(p.municipio_id), nilId: Number(p.nil_id), nilSlug: String(p.nil_slug), nilName: String(p.nil_name), titleEn: String(p.title_en) };
});
afterAll(async () => {
  db?.$client.close();
  await server?.stop();
});

/** Follows through the public form on `page` and confirms with the mailed link; returns the confirmation. */
async function follow(page: string, email: string, locale: string, scope: string, targetId: number, frequency: 'instant' | 'weekly') {
  const resident = new Client(server.baseUrl);
  const sent = await resident.post(page, 'residents.subscribe', { email, scope, targetId: String(targetId), frequency, consent: 'on', locale });
  expect(sent.html).toContain('id="follow-done"');
  const confirm = await waitForMail(outbox(), email, /./);
  const link = new URL(confirm.text!.match(new RegExp(`https?://\\S+/${locale}/follow/confirm\\?token=\\S+`))![0]);
  expect((await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! })).html).toContain('id="confirm-done"');
  return confirm;
}

it('names the project, the NIL or the Municipio followed, in the reader’s language', async () => {
  const stamp = Date.now();
  const byProject = `footer-project-${stamp}@example.org`;
  const byNil = `footer-nil-${stamp}@example.org`;
  const byMunicipio = `footer-municipio-${stamp}@example.org`;
  const weekly = `footer-weekly-${stamp}@example.org`;
  const { titleEn, nilName, municipio } = project;

  const confirmations = [
    await follow(`/en/projects/${project.slug}`, byProject, 'en', 'project', project.id, 'instant'),
    await follow(`/it/nil/${project.nilSlug}`, byNil, 'it', 'nil', project.nilId, 'instant'),
    await follow(`/de/municipi/${municipio}`, byMunicipio, 'de', 'municipio', municipio, 'instant'),
  ];
  // Before confirming, the address follows nothing yet: the footer says what it was given for.
  expect(confirmations.map(footerOf).map((f) => f.split('\n')[0])).toEqual([
    `You get this message because this address was given on Periferie Milano to follow “${titleEn}”.`,
    `Ricevi questo messaggio perché questo indirizzo è stato indicato su Periferie Milano per seguire «Quartiere ${nilName}».`,
    `Sie erhalten diese Nachricht, weil diese Adresse auf Periferie Milano angegeben wurde, um „Municipio ${municipio}“ zu folgen.`,
  ]);
  await follow(`/fr/nil/${project.nilSlug}`, weekly, 'fr', 'nil', project.nilId, 'weekly');
  // The same weekly address also follows the Municipio, written straight to the database.
  await db.$client.execute({
    sql: `insert into subscriptions (email, locale, scope, target_id, frequency, base_url, confirmed_at, unsubscribe_hash, unsubscribe_token)
      select email, locale, 'municipio', ?, frequency, base_url, confirmed_at, unsubscribe_hash || '-m', unsubscribe_token || '-m' from subscriptions where email = ? and scope = 'nil'`,
    args: [municipio, weekly],
  });

  // A worksite impact is news for every follower of the project, its NIL and its Municipio.
  const editor = await staffClient(db, 'editor', undefined, server.baseUrl);
  await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'closure', descriptionIt: 'Marciapiede chiuso', descriptionEn: 'Pavement closed', startsOn: '2026-01-01', endsOn: '2099-12-31' });
  const notices = [await waitForMail(outbox(), byProject, /^News:/), await waitForMail(outbox(), byNil, /^Novità:/), await waitForMail(outbox(), byMunicipio, /^Neuigkeiten:/)];
  expect(notices.map(footerOf).map((f) => f.split('\n').slice(0, 2))).toEqual([
    ['You get this message because on Periferie Milano you follow:', `- the project “${titleEn}”`],
    ['Ricevi questo messaggio perché su Periferie Milano segui:', `- il quartiere ${nilName}`],
    ['Sie erhalten diese Nachricht, weil Sie auf Periferie Milano Folgendes abonniert haben:', `- das Municipio ${municipio}`],
  ]);

  const admin = await staffClient(db, 'admin', undefined, server.baseUrl);
  expect((await admin.post('/staff/mail/', 'moderation.sendDigests', {})).html).toContain('id="digests-done"');
  const digest = await waitForMail(outbox(), weekly, /^Periferie Milano\u00a0: les actualités/);
  expect(footerOf(digest).split('\n').slice(0, 3)).toEqual(['Vous recevez ce message parce que, sur Periferie Milano, vous suivez\u00a0:', `- le quartier ${nilName}`, `- le Municipio ${municipio}`]);

  for (const mail of [...confirmations, ...notices, digest]) expect(mail.text).not.toMatch(/this project or neighbourhood|questo progetto o quartiere|diesem Projekt oder Viertel|ce projet ou ce quartier/);
  expect(await mailsTo(outbox(), weekly, /^Nouveauté/)).toEqual([]); // weekly: no notice at once
});
