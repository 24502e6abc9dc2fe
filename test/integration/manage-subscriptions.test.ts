/**
 * A resident manages their subscriptions through the running server (issue #7): follows at
 * once, confirms and hears of a publication at once; following again weekly from the public form answers as it always does and
 * mails the address instead; the manage link from that mail opens the page (never cached, never
 * indexed), where the frequency is changed with a plain form; a publication then sends nothing
 * at once and comes in the weekly digest. A bad link gets its own page; another address's token
 * changes nothing. Asking again before confirming keeps the first mail's links working.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { createDb, type Db } from '../../db/client.ts';
import { mailsTo, rawHeader, waitForMail } from '../helpers/outbox.ts';
import { publishUpdate } from '../helpers/publishUpdate.ts';
import { Client, staffClient } from '../helpers/staff.ts';

let db: Db;
const outbox = () => join(inject('dataDir'), 'outbox');
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The manage link a mail carries in its footer, as a path on the test server. */
const manageLink = (mail: ParsedMail) => {
  const url = new URL(mail.text!.match(/https?:\/\/\S+\/en\/follow\/manage\?token=\S+/)![0]);
  return { path: url.pathname + url.search, token: url.searchParams.get('token')! };
};

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

it('changes how often a confirmed address hears of a project, from the link in its mail', async () => {
  // Municipio 1's last work: the other suites take their projects from other Municipi.
  const [row] = (await db.$client.execute("select p.id, p.slug, t.title from projects p join project_translations t on t.project_id = p.id and t.locale = 'en' where p.publication = 'published' and p.municipio_id = 1 and p.parent_id is null and p.category <> 'mixed_programme' order by p.id desc limit 1")).rows;
  const project = { id: Number(row.id), slug: String(row.slug), title: String(row.title) };
  const email = `manage-${Date.now()}@example.org`;
  const resident = new Client();
  const page = `/en/projects/${project.slug}`;
  const follow = (frequency: string) => resident.post(page, 'residents.subscribe', { email, scope: 'project', targetId: String(project.id), frequency, consent: 'on', locale: 'en' }, { 'X-Forwarded-For': '10.75.0.1' });
  const answer = (await follow('instant')).html.match(/<p [^>]*id="follow-done"[^>]*>[^<]*<\/p>/)![0];
  const confirm = await waitForMail(outbox(), email, /Please confirm/);
  const link = new URL(confirm.text!.match(/https?:\/\/\S+\/en\/follow\/confirm\?token=\S+/)![0]);
  expect((await resident.post(link.pathname, 'residents.confirm', { token: link.searchParams.get('token')! })).html).toContain('id="confirm-done"');
  // The confirmation already leads to the manage page.
  expect(manageLink(confirm).token).toBeTruthy();
  // At once, as chosen: a publication is mailed straight away.
  await publishUpdate(db, project.id, { it: 'Aperto il cantiere', en: 'Worksite opened' });
  expect((await waitForMail(outbox(), email, /^News: /)).text).toContain('Worksite opened');

  // Following again, weekly this time: the form answers word for word as it does for anyone…
  expect((await follow('weekly')).html).toContain(answer);
  // …and nothing changes until the address itself says so, from the mail it gets instead.
  expect(await scalar('select frequency from subscriptions where email = ?', [email])).toBe('instant');
  const already = await waitForMail(outbox(), email, /You already follow/);
  expect(already.subject).toBe(`You already follow “${project.title}”`);
  expect(already.text).toContain('“At once, with every change”');
  expect(already.text).toContain('The request asked for “One summary a week”');

  const { path, token } = manageLink(already);
  const opened = await resident.get(path);
  expect(opened.status).toBe(200);
  // A token page: never kept by a cache, never indexed, never passed to another site in a Referer.
  expect(opened.headers.get('cache-control')).toBe('no-store, private');
  expect(opened.headers.get('x-cache')).toBeNull();
  expect(opened.headers.get('referrer-policy')).toBe('same-origin');
  expect(opened.html).toContain('<meta name="robots" content="noindex, follow">');
  expect(opened.html).not.toContain(email); // masked
  expect(opened.html).toContain(`<a href="/en/projects/${project.slug}">`);
  const id = String(await scalar('select id from subscriptions where email = ?', [email]));
  expect(opened.html).toMatch(new RegExp(`id="manage-${id}-instant" name="frequency" value="instant" checked`));

  // The page's plain form, as a browser without JavaScript sends it: answered with a redirect.
  const saved = await resident.post('/en/follow/manage', 'residents.manage', { token, subscription: id, locale: 'en', frequency: 'weekly', intent: 'frequency' });
  expect(saved.status).toBe(303);
  const after = await resident.get(saved.headers.get('location')!);
  expect(after.html).toContain(`id="manage-done" tabindex="-1" autofocus>Done: for “${project.title.replace(/'/g, '&#39;')}” you chose “One summary a week”.</p>`);
  expect(after.html).toMatch(new RegExp(`id="manage-${id}-weekly" name="frequency" value="weekly" checked`));
  expect(await scalar('select frequency from subscriptions where email = ?', [email])).toBe('weekly');

  // Another address's token cannot touch this one.
  const other = await resident.post('/en/follow/manage', 'residents.manage', { token: 'someone-elses-token', subscription: id, locale: 'en', intent: 'stop' });
  expect(other.status).toBe(410);
  expect(other.html).toContain('id="manage-invalid"');
  expect(await scalar('select count(*) from subscriptions where email = ?', [email])).toBe(1);

  // A publication now: nothing at once, the news waits for the weekly digest.
  await publishUpdate(db, project.id, { it: 'Piantati i primi alberi', en: 'First trees planted' });
  await sleep(1500); // the worker ticks every 250 ms
  expect((await mailsTo(outbox(), email, /^News: /)).map((m) => m.text)).toEqual([expect.stringContaining('Worksite opened')]); // the first one only
  const admin = await staffClient(db, 'admin');
  expect((await admin.post('/staff/mail/', 'moderation.sendDigests', {})).html).toContain('id="digests-done"');
  const digest = await waitForMail(outbox(), email, /this week’s news/);
  expect(digest.text).toContain('First trees planted');
  expect(manageLink(digest).token).toBe(token);
}, 60_000);

it('keeps the first confirmation’s manage and unsubscribe links working when the address asks again before confirming', async () => {
  const [row] = (await db.$client.execute("select p.id, p.slug from projects p where p.publication = 'published' and p.municipio_id = 1 and p.parent_id is null and p.category <> 'mixed_programme' order by p.id desc limit 1")).rows;
  const email = `again-${Date.now()}@example.org`;
  const resident = new Client();
  const follow = (frequency: string) => resident.post(`/en/projects/${row.slug}`, 'residents.subscribe', { email, scope: 'project', targetId: String(row.id), frequency, consent: 'on', locale: 'en' }, { 'X-Forwarded-For': '10.75.0.2' });
  expect((await follow('instant')).html).toContain('id="follow-done"');
  const first = await waitForMail(outbox(), email, /Please confirm/);
  expect((await follow('weekly')).html).toContain('id="follow-done"');
  const deadline = Date.now() + 15_000;
  while ((await mailsTo(outbox(), email, /Please confirm/)).length < 2 && Date.now() < deadline) await sleep(200);
  const second = (await mailsTo(outbox(), email, /Please confirm/))[1];
  // Both mails lead to the same page, the address's.
  expect(manageLink(second).token).toBe(manageLink(first).token);
  expect((await resident.get(manageLink(first).path)).status).toBe(200);
  // The latest confirmation link confirms, with the frequency asked last.
  const confirmLink = new URL(second.text!.match(/https?:\/\/\S+\/en\/follow\/confirm\?token=\S+/)![0]);
  expect((await resident.post(confirmLink.pathname, 'residents.confirm', { token: confirmLink.searchParams.get('token')! })).html).toContain('id="confirm-done"');
  expect(await scalar('select frequency from subscriptions where email = ?', [email])).toBe('weekly');
  // The first mail's one-click unsubscribe (RFC 8058: a POST without cookies or Origin) still deletes the address.
  const unsubscribe = new URL(rawHeader(first, 'List-Unsubscribe')!.replace(/^<|>$/g, ''));
  const oneClick = await fetch(new URL(unsubscribe.pathname + unsubscribe.search, inject('baseUrl')), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  expect(oneClick.status).toBe(200);
  expect(await scalar('select count(*) from subscriptions where email = ?', [email])).toBe(0);
});

it('answers a bad or spent link with its own page, in the reader’s language', async () => {
  const bad = await new Client().get('/fr/follow/manage?token=not-a-token');
  expect(bad.status).toBe(410);
  expect(bad.headers.get('cache-control')).toBe('no-store, private');
  expect(bad.html).toContain('<html lang="fr" dir="ltr">');
  expect(bad.html).toContain('Ce lien n’est pas valide ou ne fonctionne plus');
  const arabic = await new Client().get('/ar/follow/manage');
  expect(arabic.status).toBe(410);
  expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
});

it('never lets a shared cache or a search engine keep the other pages a mail’s token opens', async () => {
  for (const path of ['/it/follow/confirm?token=abc', '/it/follow/unsubscribe?token=abc']) {
    const page = await new Client().get(path);
    expect(page.headers.get('cache-control'), path).toBe('no-store, private');
    expect(page.html, path).toContain('<meta name="robots" content="noindex, follow">');
  }
});
