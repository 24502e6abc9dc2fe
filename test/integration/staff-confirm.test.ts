/**
 * Steps that cannot be taken back ask first (accessibility review): disabling an account,
 * rejecting a resident's report, archiving and deleting a project, deleting a worksite notice. The list's button leads to a
 * page that names what it is about and what will happen, whose form confirms; the Actions refuse
 * the step without it; permission checks and the audit log are as before. Over the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { createStaff, staffClient, type Client } from '../helpers/staff.ts';

let db: Db;
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await rows(sql, args))[0] ?? {})[0];
/** The action and hidden fields of the page's confirmation form. */
const confirmForm = (html: string) => {
  const form = html.match(/<form method="POST" action="([^"]+)">([\s\S]*?)<\/form>/);
  if (!form) return null;
  const fields = Object.fromEntries([...form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { action: form[1].replaceAll('&amp;', '&'), fields };
};
/** Sends the confirmation form as the browser would: to its action, with its fields. */
const confirm = (client: Client, html: string) => {
  const form = confirmForm(html)!;
  const [path, query] = form.action.split('?_action=');
  return client.post(path, query, form.fields);
};

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

describe('disabling an account', () => {
  it('asks first, naming the account, and only the confirmation disables it', async () => {
    const admin = await staffClient(db, 'admin');
    const colleague = await createStaff(db, 'editor');
    const list = await admin.get('/staff/users/');
    // The row's "Disable" is a link to the question, no longer a form that disables at once.
    expect(list.html).toContain(`id="disable-${colleague.id}" href="/staff/users/${colleague.id}/disable/"`);
    expect(list.html).not.toMatch(new RegExp(`name="userId" value="${colleague.id}" />\\s*<input type="hidden" name="disabled" value="1"`));

    // The Action alone (a stray Enter on an old page) does nothing.
    const blunt = await admin.post('/staff/users/', 'users.setDisabled', { userId: String(colleague.id), disabled: '1' });
    expect(blunt.status).toBe(400);
    expect(blunt.html).toContain('va confermata');
    expect(await scalar('select disabled from users where id = ?', [colleague.id])).toBe(0);

    const page = await admin.get(`/staff/users/${colleague.id}/disable/`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(new RegExp(`<h1 id="confirm-question" tabindex="-1" autofocus>Disattivare l’account ${colleague.email.replace(/[.+]/g, '\\$&')}\\?</h1>`));
    expect(page.html).toContain('sessioni aperte si chiudono subito');
    expect(page.html).toContain(`id="confirm-cancel" href="/staff/users/#disable-${colleague.id}"`);
    expect(await scalar('select disabled from users where id = ?', [colleague.id])).toBe(0); // GET changes nothing
    expect(confirmForm(page.html)).toEqual({ action: '/staff/users/?_action=users.setDisabled', fields: { userId: String(colleague.id), disabled: '1', confirmed: '1' } });

    const done = await confirm(admin, page.html);
    expect(done.status).toBe(200);
    expect(done.html).toContain(`Account ${colleague.email} disattivato.`);
    expect(await scalar('select disabled from users where id = ?', [colleague.id])).toBe(1);
    expect(await scalar("select count(*) from audit_log where action = 'user_disable' and target_id = ?", [String(colleague.id)])).toBe(1);
    // Disabled: its page has nothing left to ask; enabling again stays one click.
    expect((await admin.get(`/staff/users/${colleague.id}/disable/`)).headers.get('location')).toBe(`/staff/users/#enable-${colleague.id}`);
    const enabled = await admin.post('/staff/users/', 'users.setDisabled', { userId: String(colleague.id), disabled: '0' });
    expect(enabled.html).toContain(`Account ${colleague.email} riattivato.`);
    expect(await scalar('select disabled from users where id = ?', [colleague.id])).toBe(0);
  });

  it('keeps the question to admins, and never offers to disable oneself', async () => {
    const admin = await staffClient(db, 'admin');
    const self = await admin.get(`/staff/users/${admin.account.id}/disable/`);
    expect(self.status).toBe(400);
    expect(self.html).toContain('Non puoi disattivare il tuo stesso account.');
    expect(confirmForm(self.html)).toBeNull();
    expect((await admin.get('/staff/users/999999/disable/')).status).toBe(404);
    const editor = await staffClient(db, 'editor');
    expect((await editor.get(`/staff/users/${admin.account.id}/disable/`)).status).toBe(403);
    expect((await editor.post('/staff/users/', 'users.setDisabled', { userId: String(admin.account.id), disabled: '1', confirmed: '1' })).status).toBe(403);
  });
});

describe("rejecting a resident's report", () => {
  it('asks first, showing the report, and only the confirmation rejects it', async () => {
    const [project] = await rows("select id, municipio_id from projects where publication = 'published' and municipio_id = 3 order by id limit 1");
    const id = Number((await rows("insert into feedback (project_id, kind, body, locale, email) values (?, 'noise', 'Rumore di notte in via della prova', 'it', 'resident@example.org') returning id", [Number(project.id)]))[0].id);
    const moderator = await staffClient(db, 'publisher');
    const inbox = await moderator.get('/staff/feedback/');
    expect(inbox.html).toContain(`id="reject-${id}" href="/staff/feedback/${id}/reject/"`);

    expect((await moderator.post('/staff/feedback/', 'moderation.reject', { id: String(id) })).status).toBe(400);
    expect(await scalar('select state from feedback where id = ?', [id])).toBe('new');

    const page = await moderator.get(`/staff/feedback/${id}/reject/`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`Scartare la segnalazione n. ${id}?`);
    expect(page.html).toContain('Rumore di notte in via della prova');
    expect(page.html).toContain('non potrai più risponderle');
    expect(page.html).toContain(`id="confirm-cancel" href="/staff/feedback/#reject-${id}"`);

    // Not a Municipio editor's report from another Municipio, neither the question nor the Action.
    const other = await staffClient(db, 'municipio_editor', Number(project.municipio_id) === 8 ? 9 : 8);
    expect((await other.get(`/staff/feedback/${id}/reject/`)).status).toBe(403);
    expect((await other.post('/staff/feedback/', 'moderation.reject', { id: String(id), confirmed: '1' })).status).toBe(403);

    const done = await confirm(moderator, page.html);
    expect(done.html).toContain(`Segnalazione n. ${id} scartata.`);
    expect(await rows('select state, email from feedback where id = ?', [id])).toEqual([expect.objectContaining({ state: 'rejected', email: null })]);
    expect(await scalar("select count(*) from audit_log where action = 'feedback_reject' and target_id = ?", [String(id)])).toBe(1);
    // Asked again (a second tab): already done, said so, nothing to confirm.
    const again = await moderator.get(`/staff/feedback/${id}/reject/`);
    expect(again.status).toBe(404);
    expect(again.html).toContain('ha già una risposta o è stata scartata');
    expect(confirmForm(again.html)).toBeNull();
  });
});

describe('archiving and deleting a project', () => {
  /** A new draft project, copied from a published one in Municipio 3 (which no other suite edits). */
  async function newDraft(client: Client, slug: string) {
    const [source] = await rows("select id from projects where publication = 'published' and municipio_id = 3 and parent_id is null order by id limit 1");
    const view = (await editView(db, Number(source.id)))!;
    const created = await client.post('/staff/projects/new/', 'projects.create', { ...recordToForm(view.record), slug: `${slug}-${Date.now()}`, cup: '', 'translations.it.title': `Progetto ${slug}` });
    expect(created.status).toBe(303);
    return Number(created.headers.get('location')!.match(/projects\/(\d+)\//)![1]);
  }
  const version = async (id: number) => String(await scalar('select version from projects where id = ?', [id]));

  it('asks before deleting a draft, and deletes it only when confirmed', async () => {
    const admin = await staffClient(db, 'admin');
    const id = await newDraft(admin, 'da-confermare');
    const edit = await admin.get(`/staff/projects/${id}/`);
    expect(edit.html).toContain(`id="step-delete" href="/staff/projects/${id}/confirm/?step=delete"`);
    expect(edit.html).not.toContain('name="step" value="delete"');

    expect((await admin.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(id), step: 'delete' })).status).toBe(400);
    expect(await scalar('select count(*) from projects where id = ?', [id])).toBe(1);

    const page = await admin.get(`/staff/projects/${id}/confirm/?step=delete`);
    expect(page.html).toContain('Eliminare il progetto «Progetto da-confermare»?');
    expect(page.html).toContain('Non si può annullare.');
    expect(page.html).toContain(`id="confirm-cancel" href="/staff/projects/${id}/#step-delete"`);
    const done = await confirm(admin, page.html);
    expect(done.headers.get('location')).toBe('/staff/projects/?deleted=1');
    expect(await scalar('select count(*) from projects where id = ?', [id])).toBe(0);
    expect((await admin.get('/staff/projects/?deleted=1')).html).toContain('id="deleted-done"');
    expect(await scalar("select count(*) from audit_log where action = 'project_delete' and target_id = ?", [String(id)])).toBe(1);
  });

  it('asks before archiving, only those who may archive, and only in a state that allows it', async () => {
    const editor = await staffClient(db, 'editor');
    const publisher = await staffClient(db, 'publisher');
    const id = await newDraft(editor, 'da-archiviare');
    // A draft cannot be archived: the question says so instead of asking.
    const early = await publisher.get(`/staff/projects/${id}/confirm/?step=archive`);
    expect(early.status).toBe(409);
    expect(confirmForm(early.html)).toBeNull();
    await editor.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(id), step: 'submit' });
    await publisher.post(`/staff/projects/${id}/`, 'projects.step', { projectId: String(id), version: await version(id), step: 'publish' });
    expect(await scalar('select publication from projects where id = ?', [id])).toBe('published');
    expect((await editor.get(`/staff/projects/${id}/confirm/?step=archive`)).status).toBe(403);
    expect((await publisher.get(`/staff/projects/${id}/confirm/?step=nonsense`)).status).toBe(404);

    const page = await publisher.get(`/staff/projects/${id}/confirm/?step=archive`);
    expect(page.html).toContain('Archiviare il progetto «Progetto da-archiviare»?');
    expect(page.html).toContain('esce subito dal sito pubblico');
    const done = await confirm(publisher, page.html);
    expect(done.headers.get('location')).toBe(`/staff/projects/${id}/?done=archive`);
    expect(await scalar('select publication from projects where id = ?', [id])).toBe('archived');
  });
});

describe('deleting a worksite notice', () => {
  it('asks first, naming the notice, and only the confirmation deletes it', async () => {
    const [project] = await rows("select id from projects where publication = 'published' and municipio_id = 3 and parent_id is null order by id limit 1");
    const editor = await staffClient(db, 'editor');
    const path = `/staff/projects/${project.id}/impacts/`;
    await editor.post(path, 'moderation.addImpact', { projectId: String(project.id), kind: 'detour', descriptionIt: 'Deviazione in via della prova', descriptionEn: '', startsOn: '2026-01-01', endsOn: '2099-12-31' });
    const id = Number(await scalar("select id from worksite_impacts where description like '%via della prova%'"));
    const list = await editor.get(path);
    expect(list.html).toContain(`id="remove-impact-${id}" href="${path}${id}/remove/"`);

    expect((await editor.post(path, 'moderation.removeImpact', { id: String(id) })).status).toBe(400);
    expect(await scalar('select count(*) from worksite_impacts where id = ?', [id])).toBe(1);

    const page = await editor.get(`${path}${id}/remove/`);
    expect(page.html).toContain('Eliminare l’avviso «Deviazione» dal 2026-01-01 al 2099-12-31?');
    expect(page.html).toContain('Deviazione in via della prova');
    expect(page.html).toContain(`id="confirm-cancel" href="${path}#remove-impact-${id}"`);
    expect((await editor.get(`/staff/projects/999999/impacts/${id}/remove/`)).status).toBe(404);
    const done = await confirm(editor, page.html);
    expect(done.html).toContain('id="impact-removed"');
    expect(await scalar('select count(*) from worksite_impacts where id = ?', [id])).toBe(0);
    expect(await scalar("select count(*) from audit_log where action = 'impact_remove' and target_id = ?", [String(id)])).toBe(1);
  });
});
