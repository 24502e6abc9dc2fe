/**
 * Residents through the running server (issue #7): follow → confirm → publish an update → the
 * e-mail in the outbox (parsed .eml) → one-click unsubscribe; feedback refused when abusive,
 * then moderated and answered by e-mail; the reply-time figure; one judgement per browser.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import sharp from 'sharp';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { medianReplyDays } from '../../src/lib/replyTimes.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { Client, staffClient } from '../helpers/staff.ts';

let db: Db;
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await rows(sql, args))[0] ?? {})[0];
const outbox = () => join(inject('dataDir'), 'outbox');
let project: { id: number; slug: string; municipioId: number };

/** A raw header's value (mailparser folds the List-* headers into one structured `list`). */
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');

/** Waits for the server's mail worker to write a message to `to` whose subject matches. */
async function mailTo(to: string, subject: RegExp, timeout = 15_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const name of (await readdir(outbox()).catch(() => [])).filter((n) => n.endsWith('.eml'))) {
      const mail = await simpleParser(await readFile(join(outbox(), name)));
      const address = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      if (address?.value[0]?.address === to && subject.test(mail.subject ?? '')) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  // Municipio 9's last works: the other suites take their projects from the first ones.
  const [r] = await rows("select id, slug, municipio_id from projects where publication = 'published' and municipio_id = 9 and parent_id is null and category <> 'mixed_programme' order by id desc limit 1");
  project = { id: Number(r.id), slug: String(r.slug), municipioId: Number(r.municipio_id) };
});
afterAll(() => db.$client.close());

describe('follow by e-mail', () => {
  it('confirms, notifies on publication, and unsubscribes with one click', async () => {
    const email = `follow-${Date.now()}@example.org`;
    const resident = new Client();
    const page = `/en/projects/${project.slug}`;
    // Refused without consent, with the address kept in the field.
    const refused = await resident.post(page, 'residents.subscribe', { email, scope: 'project', targetId: String(project.id), frequency: 'instant', locale: 'en' }, { 'X-Forwarded-For': '10.70.0.1' });
    expect(refused.html).toContain('We need your consent to send you e-mails.');
    expect(refused.html).toContain(`value="${email}"`);
    const sent = await resident.post(page, 'residents.subscribe', { email, scope: 'project', targetId: String(project.id), frequency: 'instant', consent: 'on', locale: 'en' }, { 'X-Forwarded-For': '10.70.0.1' });
    expect(sent.html).toContain('id="follow-done"');
    expect(await scalar('select confirmed_at from subscriptions where email = ?', [email])).toBeNull();

    const confirm = await mailTo(email, /Please confirm/);
    expect(header(confirm, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = new URL(confirm.text!.match(/https?:\/\/\S+\/en\/follow\/confirm\?token=\S+/)![0]);
    const confirmPage = await resident.get(link.pathname + link.search);
    expect(confirmPage.status).toBe(200);
    expect(await scalar('select confirmed_at from subscriptions where email = ?', [email])).toBeNull(); // GET alone confirms nothing
    const done = await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! });
    expect(done.html).toContain('id="confirm-done"');
    expect(await scalar('select confirmed_at from subscriptions where email = ?', [email])).not.toBeNull();
    // Pressed again (or the mail opened again): subscribed, so said as done, not as a failure.
    expect((await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! })).html).toContain('id="confirm-done"');
    expect((await resident.post(link.pathname, 'residents.confirm', { token: 'not-a-token' })).html).toContain('id="confirm-failed"');

    // Staff publish an update; the subscriber hears of it.
    const editor = await staffClient(db, 'editor');
    const publisher = await staffClient(db, 'publisher');
    const view = (await editView(db, project.id))!;
    const n = view.record.updates.length;
    const form = { ...recordToForm(view.record), projectId: String(project.id), version: String(view.project.version), [`updates.${n}.publishedOn`]: '2026-05-04', [`updates.${n}.title.it`]: 'Posati i nuovi alberi', [`updates.${n}.title.en`]: 'New trees planted', [`updates.${n}.body.it`]: 'Venti tigli.', [`updates.${n}.body.en`]: 'Twenty lime trees.' };
    expect((await editor.post(`/staff/projects/${project.id}/`, 'projects.save', form)).status).toBe(303);
    const version = async () => String(await scalar('select version from projects where id = ?', [project.id]));
    expect((await editor.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'submit' })).status).toBe(303);
    expect((await publisher.post(`/staff/projects/${project.id}/`, 'projects.step', { projectId: String(project.id), version: await version(), step: 'publish' })).status).toBe(303);

    const news = await mailTo(email, /^News: /);
    expect(news.text).toContain('New trees planted');
    expect(news.text).toContain('Twenty lime trees.');
    expect(news.text).toContain(`/en/projects/${project.slug}`);
    expect(header(news, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = header(news, 'List-Unsubscribe')!.replace(/^<|>$/g, '');
    expect(unsubscribe).toMatch(/\/unsubscribe\?token=/);

    // The same address also follows the project's neighbourhood: unsubscribing deletes the
    // address, as the page says, not only the subscription whose link was used.
    const nilId = String(await scalar('select nil_id from projects where id = ?', [project.id]));
    const second = await resident.post(page, 'residents.subscribe', { email, scope: 'nil', targetId: nilId, frequency: 'weekly', consent: 'on', locale: 'en' }, { 'X-Forwarded-For': '10.70.0.2' });
    expect(second.html).toContain('id="follow-done"');
    expect(await scalar('select count(*) from subscriptions where email = ?', [email])).toBe(2);

    // RFC 8058: the mail provider POSTs, without cookies or Origin.
    const url = new URL(unsubscribe);
    const oneClick = await fetch(new URL(url.pathname + url.search, inject('baseUrl')), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.status).toBe(200);
    expect(await scalar('select count(*) from subscriptions where email = ?', [email])).toBe(0);
    // Pressed again from the page: "not subscribed", still in the subscriber's language.
    const again = await fetch(new URL(url.pathname + url.search, inject('baseUrl')), { method: 'POST', redirect: 'manual', headers: { Origin: inject('baseUrl') } });
    expect(again.headers.get('location')).toBe('/en/follow/unsubscribe?done=0');
    // Other form posts without an Origin are still refused.
    const forged = await fetch(new URL(`/en/projects/${project.slug}?_action=residents.subscribe`, inject('baseUrl')), { method: 'POST', body: 'email=x@example.org', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(forged.status).toBe(403);
  });
});

async function stampOf(client: Client, path: string) {
  const html = (await client.get(path)).html;
  return html.match(/name="stamp" value="([^"]+)"/)![1];
}

describe('feedback', () => {
  const page = () => `/it/projects/${project.slug}`;
  const fields = (stamp: string, extra: Record<string, string> = {}) => ({ projectId: String(project.id), kind: 'noise', body: 'Martello pneumatico alle sei del mattino', email: '', locale: 'it', stamp, website: '', ...extra });
  const count = () => scalar('select count(*) from feedback where project_id = ?', [project.id]).then(Number);

  it('goes through moderation to a reply by e-mail and a published answer', async () => {
    const resident = new Client();
    const email = `resident-${Date.now()}@example.org`;
    const stamp = await stampOf(resident, page());
    await new Promise((r) => setTimeout(r, 3200));
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
    const form = new FormData();
    for (const [k, v] of Object.entries(fields(stamp, { kind: 'safety', body: 'Transenne cadute davanti alla scuola', email }))) form.set(k, v);
    form.set('photo', new File([jpeg], 'cantiere.jpg', { type: 'image/jpeg' }));
    expect((await resident.post(page(), 'residents.feedback', form, { 'X-Forwarded-For': '10.72.0.1' })).html).toContain('id="feedback-done"');
    const [item] = await rows('select id, photo, state from feedback where email = ?', [email]);
    expect(String(item.photo)).toMatch(/^\/media\/[a-f0-9]{32}$/);
    expect((await fetch(new URL(`${item.photo}/320.jpg`, inject('baseUrl')))).status).toBe(200);

    const viewer = await staffClient(db, 'viewer');
    expect((await viewer.get('/staff/feedback/')).status).toBe(403);
    const publisher = await staffClient(db, 'publisher');
    const queue = await publisher.get('/staff/feedback/');
    expect(queue.html).toContain(`data-feedback="${item.id}"`);
    // Too long a reply is refused as such, kept as typed, and nothing is sent.
    const long = 'x'.repeat(4001);
    const refused = await publisher.post('/staff/feedback/', 'moderation.reply', { id: String(item.id), reply: long });
    expect(refused.html).toContain('La risposta può avere al massimo 4.000 caratteri.');
    expect(refused.html).toContain(long);
    expect((await rows('select state from feedback where id = ?', [Number(item.id)]))[0].state).toBe(item.state);
    const replied = await publisher.post('/staff/feedback/', 'moderation.reply', { id: String(item.id), reply: 'Abbiamo mandato la ditta a rimetterle oggi.', publish: 'on' });
    expect(replied.html).toContain('id="reply-done"');
    expect((await publisher.post('/staff/feedback/', 'moderation.reply', { id: String(item.id), reply: 'Di nuovo' })).status).toBe(409);

    // The address was given for the reply only: gone from the item once the reply is queued.
    expect(await scalar('select email from feedback where id = ?', [Number(item.id)])).toBeNull();
    const mail = await mailTo(email, /Risposta alla tua segnalazione/);
    expect(mail.text).toContain('Abbiamo mandato la ditta a rimetterle oggi.');
    expect(mail.text).toContain('> Transenne cadute davanti alla scuola');
    // It names the project it is about, not only a link to it.
    expect(mail.text).toContain(String(await scalar("select title from project_translations where project_id = ? and locale = 'it'", [project.id])));
    const pub = (await new Client().get(page())).html;
    expect(pub).toContain('Transenne cadute davanti alla scuola');
    expect(pub).toContain('Abbiamo mandato la ditta a rimetterle oggi.');
    expect(pub).not.toContain(email);
    // Staff read it in the outbox too.
    const mailPage = await publisher.get('/staff/mail/');
    expect(mailPage.status).toBe(200);
    expect(mailPage.html).not.toContain('id="queue-counts"'); // the queue is for admins
    const admin = await staffClient(db, 'admin');
    expect((await admin.get('/staff/mail/')).html).toContain('id="queue-counts"');
  });

  it('refuses a honeypot, a form sent too fast, a forged stamp, and too many from one address', async () => {
    const resident = new Client();
    const before = await count();
    const fast = await resident.post(page(), 'residents.feedback', fields(await stampOf(resident, page())));
    expect(fast.html).toContain('Inviato troppo in fretta');
    expect(fast.html).toContain('Martello pneumatico alle sei del mattino'); // typed text kept
    // Sent fast and empty: what the person can fix is said, not only "too fast".
    const empty = await resident.post(page(), 'residents.feedback', fields(await stampOf(resident, page()), { body: '' }));
    expect(empty.html).not.toContain('Inviato troppo in fretta');
    expect(empty.html).toContain('Scrivi almeno 10 caratteri.');
    const stamp = await stampOf(resident, page());
    await new Promise((r) => setTimeout(r, 3200));
    expect((await resident.post(page(), 'residents.feedback', fields(stamp, { website: 'http://spam.example' }))).html).toContain('Il messaggio non è stato accettato.');
    expect((await resident.post(page(), 'residents.feedback', fields(`${Date.now() - 10_000}.forged`))).html).toContain('Il modulo è scaduto');
    expect(await count()).toBe(before);
    // This client has no X-Forwarded-For, so it is 127.0.0.1, as in every test that does not
    // say otherwise: earlier sends from it count against the same hourly budget.
    let accepted = 0;
    let refused = '';
    for (let i = 0; i < 6 && !refused; i++) {
      const html = (await resident.post(page(), 'residents.feedback', fields(stamp))).html;
      if (html.includes('id="feedback-done"')) accepted++;
      else refused = html;
    }
    expect(refused).toContain('Troppi invii da questo indirizzo');
    expect(await scalar("select max(n) from (select count(*) as n from rate_hits where key like 'feedback:%' group by key)")).toBe(5);
    expect(await count()).toBe(before + accepted);
  });

  it('shows the Municipio the median reply time of the last 90 days, as computed from the rows', async () => {
    const now = new Date();
    const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
    const items = await rows('select f.created_at, f.first_reply_at from feedback f join projects p on p.id = f.project_id where p.municipio_id = ? and f.first_reply_at is not null', [project.municipioId]);
    const expected = medianReplyDays(items.map((r) => ({ createdAt: String(r.created_at), firstReplyAt: String(r.first_reply_at) })), now, 90);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r) => String(r.first_reply_at) > since)).toBe(true);
    const html = (await new Client().get(`/it/municipi/${project.municipioId}`)).html;
    expect(html.match(/id="reply-days" data-days="([^"]*)"/)![1]).toBe(String(expected));
  });
});

describe('answer on time', () => {
  it('counts the reply target in Milan working days, holidays out, late ones first', async () => {
    const insert = async (createdAt: string) =>
      Number((await rows("insert into feedback (project_id, kind, body, locale, created_at) values (?, 'question', 'Quando riapre la via?', 'it', ?) returning id", [project.id, createdAt]))[0].id);
    // Thursday 3 December 2026, 10:00 in Milan, before the Sant'Ambrogio (7) – Immacolata (8) bridge:
    // Monday to Friday alone would say Thursday 10 December; the City's calendar says Monday 14.
    const bridge = await insert('2026-12-03T09:00:00.000Z');
    const old = await insert(new Date(Date.now() - 400 * 86_400_000).toISOString());
    const publisher = await staffClient(db, 'publisher');
    const html = (await publisher.get('/staff/feedback/')).html;
    const block = (id: number) => html.slice(html.indexOf(`data-feedback="${id}"`), html.indexOf('</article>', html.indexOf(`data-feedback="${id}"`)));
    expect(block(bridge)).toContain('risposta entro il 2026-12-14');
    expect(block(bridge)).toContain(`data-late="${Date.now() > Date.parse('2026-12-14T09:00:00.000Z') ? 1 : 0}"`);
    expect(block(old)).toContain('data-late="1"');
    expect(html.indexOf(`data-feedback="${old}"`)).toBeLessThan(html.indexOf(`data-feedback="${bridge}"`));
    await db.$client.execute({ sql: "update feedback set state = 'rejected' where id in (?, ?)", args: [bridge, old] });
  });
});

describe("residents' judgement", () => {
  it('counts one vote per browser, changeable', async () => {
    const page = `/it/projects/${project.slug}`;
    const countOf = (html: string, v: string) => Number(html.match(new RegExp(`data-value="${v}" data-count="(\\d+)"`))![1]);
    const a = new Client();
    const start = (await a.get(page)).html;
    await a.post(page, 'residents.vote', { projectId: String(project.id), value: 'going_well' }, { 'X-Forwarded-For': '10.73.0.1' });
    const after = (await a.post(page, 'residents.vote', { projectId: String(project.id), value: 'stalled' }, { 'X-Forwarded-For': '10.73.0.1' })).html;
    expect(countOf(after, 'going_well')).toBe(countOf(start, 'going_well'));
    expect(countOf(after, 'stalled')).toBe(countOf(start, 'stalled') + 1);
    const b = new Client();
    const third = (await b.post(page, 'residents.vote', { projectId: String(project.id), value: 'stalled' }, { 'X-Forwarded-For': '10.73.0.2' })).html;
    expect(countOf(third, 'stalled')).toBe(countOf(start, 'stalled') + 2);
  });
});

describe('worksite impacts', () => {
  it('are added in the back office and shown on the project and NIL pages while active', async () => {
    const editor = await staffClient(db, 'editor');
    const today = new Date().toISOString().slice(0, 10);
    const bad = await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'closure', descriptionIt: 'Via chiusa', descriptionEn: '', startsOn: today, endsOn: '2000-01-01' });
    expect(bad.html).toContain('aria-invalid="true"');
    await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'closure', descriptionIt: 'Via Esempio chiusa al traffico', descriptionEn: 'Via Esempio closed to traffic', startsOn: today, endsOn: '2099-12-31' });
    await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'noise', descriptionIt: 'Lavori finiti da tempo', descriptionEn: '', startsOn: '2020-01-01', endsOn: '2020-02-01' });
    // Announced to followers when added, so listed on the page before it starts.
    await editor.post(`/staff/projects/${project.id}/impacts/`, 'moderation.addImpact', { projectId: String(project.id), kind: 'bus', descriptionIt: 'Bus 51 deviato', descriptionEn: 'Bus 51 diverted', startsOn: '2099-01-01', endsOn: '2099-02-01' });
    const html = (await new Client().get(`/en/projects/${project.slug}`)).html;
    expect(html).toContain('id="impacts"');
    expect(html).toContain('Via Esempio closed to traffic');
    expect(html).not.toContain('Lavori finiti da tempo');
    expect(html).toMatch(/<h3>Disruption coming up<\/h3>\s*<ul>\s*<li>[\s\S]*?Bus 51 diverted/);
    const [nilRow] = await rows('select n.slug from nil n join projects p on p.nil_id = n.id where p.id = ?', [project.id]);
    expect(nilRow).toBeDefined();
    expect((await new Client().get(`/it/nil/${nilRow.slug}`)).html).toContain('Via Esempio chiusa al traffico');
    // On the English NIL page the project is named in English, as an English title exists.
    const [english] = await rows("select title from project_translations where project_id = ? and locale = 'en' and title <> ''", [project.id]);
    expect(english).toBeDefined();
    const en = (await new Client().get(`/en/nil/${nilRow.slug}`)).html.match(/<section class="impacts"[\s\S]*?<\/section>/)![0];
    const link = en.match(new RegExp(`<a href="/en/projects/${project.slug}"[^>]*>([^<]*)</a>`))!;
    expect(link[1]).toBe(String(english.title).replace(/'/g, '&#39;'));
    expect(link[0]).not.toContain('lang="it"');
  });
});
