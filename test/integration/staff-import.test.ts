/**
 * The back-office import (issue #6, point 4) through the running server: upload → dry run →
 * commit as drafts; refused files write nothing and say why, with line numbers, in Italian and
 * English; only admins and editors get in; 100 MB uploads are refused before they are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { Client, staffClient, textOf } from '../helpers/staff.ts';

let db: Db;
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];
const projectCount = async () => Number(await scalar('select count(*) from projects'));

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
// The server is shared: the projects imported here must not show up in other files' figures.
afterAll(async () => {
  await db.$client.execute({ sql: 'delete from projects where slug like ?', args: [`%-${stamp}%`] });
  db.$client.close();
});

const header = 'cup,slug,title_it,title_en,summary_it,category,status,municipio,nil,lat,lon,budget_eur,funding_source,start_date,end_date,progress';
const stamp = Date.now().toString(36);
const line = (slug: string, over: Record<string, string> = {}) => {
  const cells: Record<string, string> = {
    cup: '', slug, title_it: `Orti condivisi ${slug}`, title_en: 'Shared gardens', summary_it: 'Orti nel cortile', category: 'green',
    status: 'design', municipio: '', nil: '', lat: '45.5136', lon: '9.1377', budget_eur: '250000', funding_source: 'comune',
    start_date: '2026-03-01', end_date: '2026-12-31', progress: '0', ...over,
  };
  return header.split(',').map((c) => cells[c]).join(',');
};

function upload(client: Client, text: string, name = 'progetti.csv', fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set('intent', 'dryRun');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([text], { type: 'text/csv' }), name);
  return client.request('/staff/import/', { method: 'POST', body: form, headers: { Origin: client.base, ...headers } });
}

const commit = (client: Client, id: string, headers: Record<string, string> = {}) =>
  client.request('/staff/import/', { method: 'POST', body: new URLSearchParams({ intent: 'commit', id }), headers: { Origin: client.base, ...headers } });

const stagedId = (html: string) => html.match(/name="id" value="([a-f0-9]{32})"/)?.[1];

describe('the import screen', () => {
  it('shows an editor the upload form, without the choice to publish, never cached', async () => {
    const editor = await staffClient(db, 'editor');
    const page = await editor.get('/staff/import/');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(page.html).toContain('enctype="multipart/form-data"');
    expect(page.html).not.toContain('value="published"');
    expect(page.html).toContain('href="/staff/import/"');
  });

  it('dry-runs an upload row by row, then commits it as drafts in one go', async () => {
    const editor = await staffClient(db, 'editor');
    const before = await projectCount();
    const text = `${header}\n${line(`orti-${stamp}-a`)}\n${line(`orti-${stamp}-b`)}\n`;
    // Even if the form is tampered with, an editor (who may not publish) imports drafts.
    const dry = await upload(editor, text, 'progetti.csv', { publish: 'published' }, { 'Accept-Language': 'en' });
    expect(dry.status).toBe(200);
    expect(dry.html).toMatch(/<dd data-count="create">2<\/dd>/);
    expect(dry.html).toMatch(/<tr data-line="2" data-action="create">\s*<th scope="row">2<\/th>/);
    expect(dry.html).toContain(`<code>orti-${stamp}-b</code>`);
    expect(dry.html).toContain('New projects will arrive as drafts.');
    expect(await projectCount()).toBe(before); // the dry run wrote nothing

    const id = stagedId(dry.html)!;
    expect(id).toBeTruthy();
    const done = await commit(editor, id, { 'Accept-Language': 'en' });
    expect(done.status).toBe(200);
    expect(textOf(done.html, 'import-outcome')).toMatch(/Import no\. \d+ done: 2 created \(drafts\), 0 updated, 0 unchanged\./);
    const saved = (await db.$client.execute({ sql: 'select publication, nil_id from projects where slug like ? order by slug', args: [`orti-${stamp}-%`] })).rows;
    expect(saved.map((r) => r.publication)).toEqual(['draft', 'draft']);
    expect(saved[0].nil_id).not.toBeNull();
    const entry = (await db.$client.execute({ sql: "select user_id, user_email, detail from audit_log where action = 'import' and user_email = ?", args: [editor.account.email] })).rows[0];
    expect(Number(entry.user_id)).toBeGreaterThan(0);
    expect(JSON.parse(String(entry.detail))).toMatchObject({ file: 'progetti.csv', create: 2, published: false });

    // The staged upload is gone: committing twice is impossible.
    const again = await commit(editor, id);
    expect(again.status).toBe(410);
    expect(await projectCount()).toBe(before + 2);

    // An imported draft has no revision yet; its edit page opens on what the file brought.
    const draft = (await db.$client.execute({ sql: 'select id from projects where slug = ?', args: [`orti-${stamp}-a`] })).rows[0];
    const edit = await editor.get(`/staff/projects/${draft.id}/`);
    expect(edit.status).toBe(200);
    expect(edit.html).toContain(`value="orti-${stamp}-a"`);
  });

  it('refuses a file with bad rows: nothing written, each reason on its line, in Italian and in English', async () => {
    const editor = await staffClient(db, 'editor');
    const before = await projectCount();
    const text = `${header}\n${line(`buona-${stamp}`)}\n${line(`cup-${stamp}`, { cup: 'B41B2000025' })}\n${line(`roma-${stamp}`, { lat: '41.9028', lon: '12.4964' })}\n`;
    const italian = await upload(editor, text, 'progetti.csv', {}, { 'Accept-Language': 'it' });
    expect(italian.status).toBe(422);
    expect(italian.html).toMatch(/<dd data-count="refuse">2<\/dd>/);
    expect(italian.html).toMatch(/<tr data-line="3" data-action="refuse">[\s\S]*?cup \(&quot;B41B2000025&quot;\): non è un CUP valido/);
    expect(italian.html).toMatch(/<tr data-line="4" data-action="refuse">[\s\S]*?la posizione 41\.9028, 12\.4964 è fuori Milano/);
    expect(textOf(italian.html, 'import-outcome')).toContain('Righe rifiutate: 2. Non verrà scritto nulla');
    expect(stagedId(italian.html)).toBeUndefined(); // no commit form

    const english = await upload(editor, text, 'progetti.csv', {}, { 'Accept-Language': 'en' });
    expect(english.html).toMatch(/<tr data-line="3" data-action="refuse">[\s\S]*?cup \(&quot;B41B2000025&quot;\): is not a valid CUP/);
    expect(english.html).toMatch(/<tr data-line="4" data-action="refuse">[\s\S]*?position 41\.9028, 12\.4964 is outside Milan/);
    expect(await projectCount()).toBe(before);
  });

  it('refuses a whole file it cannot read, naming the problem in the staff language', async () => {
    const editor = await staffClient(db, 'editor');
    const it = await upload(editor, 'cup;slug;titolo\nA;b;c\n', 'foglio.csv', {}, { 'Accept-Language': 'it' });
    expect(it.status).toBe(422);
    expect(textOf(it.html, 'file-problems')).toContain('riga 1: colonna sconosciuta &quot;titolo&quot;');
    const en = await upload(editor, 'cup;slug;titolo\nA;b;c\n', 'foglio.csv', {}, { 'Accept-Language': 'en' });
    expect(en.html).toContain('line 1: unknown column &quot;titolo&quot;');
  });

  it('lets an admin publish at once, and finds an export of the site unchanged', async () => {
    const admin = await staffClient(db, 'admin');
    const dry = await upload(admin, `${header}\n${line(`pubblico-${stamp}`)}\n`, 'p.csv', { publish: 'published' });
    expect(dry.html).toContain('value="published"');
    const done = await commit(admin, stagedId(dry.html)!);
    expect(done.status).toBe(200);
    expect(await scalar('select publication from projects where slug = ?', [`pubblico-${stamp}`])).toBe('published');

    // Export → import round trip through the screen: every exported project comes back unchanged.
    const exported = await new Client().get('/api/v1/projects.geojson?properties=full&municipio=8');
    const round = await upload(admin, exported.html, 'municipio-8.geojson');
    expect(round.status).toBe(200);
    const count = (action: string) => Number(round.html.match(new RegExp(`<dd data-count="${action}">(\\d+)</dd>`))![1]);
    expect(count('unchanged')).toBe(JSON.parse(exported.html).features.length);
    expect(count('create') + count('update') + count('refuse')).toBe(0);
  });

  it('updates a published project only for someone who may publish, and never under a waiting draft', async () => {
    const slug = `aggiornato-${stamp}`;
    const admin = await staffClient(db, 'admin');
    await commit(admin, stagedId((await upload(admin, `${header}\n${line(slug)}\n`, 'p.csv', { publish: 'published' })).html)!);
    expect(await scalar('select publication from projects where slug = ?', [slug])).toBe('published');
    const update = `${header}\n${line(slug, { budget_eur: '300000' })}\n`;
    const budget = () => scalar('select budget_current_cents from projects where slug = ?', [slug]);

    // An editor may not publish, and an import writes straight to what the public reads.
    const editor = await staffClient(db, 'editor');
    const refused = await upload(editor, update, 'p.csv', {}, { 'Accept-Language': 'en' });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(`${slug} is published: the update would go public at once`);
    expect(stagedId(refused.html)).toBeUndefined();
    expect(await budget()).toBe(25_000_000);

    // A draft waiting on the project would undo the import when published: refused for everyone.
    const id = Number(await scalar('select id from projects where slug = ?', [slug]));
    const draft = Number(await scalar("insert into project_revisions (project_id, state, snapshot) values (?, 'draft', '{}') returning id", [id]));
    const waiting = await upload(admin, update, 'p.csv');
    expect(waiting.status).toBe(422);
    expect(waiting.html).toContain(`${slug} ha modifiche in attesa in una bozza`);
    await db.$client.execute({ sql: 'delete from project_revisions where id = ?', args: [draft] });

    const done = await commit(admin, stagedId((await upload(admin, update, 'p.csv')).html)!);
    expect(done.status).toBe(200);
    expect(await budget()).toBe(30_000_000);
  });

  it('refuses a 100 MB upload before reading it, with a page that says so', async () => {
    const editor = await staffClient(db, 'editor');
    const before = await projectCount();
    const body = new Uint8Array(100 * 1024 * 1024);
    const started = performance.now();
    const reply = await editor.request('/staff/import/', {
      method: 'POST', body, headers: { Origin: editor.base, 'Content-Type': 'multipart/form-data; boundary=x', 'Accept-Language': 'en' },
    });
    expect(reply.status).toBe(413);
    expect(textOf(reply.html, 'import-outcome')).toContain('larger than the 20 MB an import accepts');
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(await projectCount()).toBe(before);
  });

  it('keeps out viewers, translators, Municipio editors and anonymous visitors, and cross-site posts', async () => {
    for (const role of ['viewer', 'translator', 'municipio_editor', 'publisher'] as const) {
      const client = await staffClient(db, role);
      expect((await client.get('/staff/import/')).status, role).toBe(403);
      const before = await projectCount();
      const posted = await upload(client, `${header}\n${line(`vietato-${role}-${stamp}`)}\n`);
      expect(posted.status, role).toBe(403);
      expect(await projectCount()).toBe(before);
      expect((await client.get('/staff/')).html).not.toContain('href="/staff/import/"');
    }
    const anonymous = await new Client().get('/staff/import/');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/staff/sign-in/');
    const editor = await staffClient(db, 'editor');
    const crossSite = await upload(editor, `${header}\n${line(`estraneo-${stamp}`)}\n`, 'x.csv', {}, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
  });
});
