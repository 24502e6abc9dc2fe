/**
 * What a refused project save says, as the server renders it (accessibility review): the error
 * summary names a row as its heading does after rows were removed, a too-long text says its
 * limit, a blank latitude is "required"; and a NIL the draft names that the point is not in is
 * said at save time, naming both, without refusing the save. Over the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { staffClient, textOf } from '../helpers/staff.ts';

let db: Db;
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
/** A published project in Municipio 4, which no other suite edits; a new draft copied from it. */
let source: { id: number; nilId: number; lat: number; lon: number };

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  const [row] = await rows("select id, nil_id, lat, lon from projects where publication = 'published' and municipio_id = 4 and parent_id is null and nil_id is not null order by id limit 1");
  source = { id: Number(row.id), nilId: Number(row.nil_id), lat: Number(row.lat), lon: Number(row.lon) };
});
afterAll(() => db.$client.close());

async function newDraft(changes: Record<string, string> = {}) {
  const editor = await staffClient(db, 'editor');
  const view = (await editView(db, source.id))!;
  const form = { ...recordToForm(view.record), slug: `messaggi-${Date.now()}-${Math.round(Math.random() * 1e6)}`, cup: '', ...changes };
  const created = await editor.post('/staff/projects/new/', 'projects.create', form);
  return { editor, created, form };
}

describe('a refused save', () => {
  it('names a row as its heading does, says the limit of a long text and that a blank latitude is required', async () => {
    const { editor, created } = await newDraft();
    const id = Number(created.headers.get('location')!.match(/projects\/(\d+)\//)![1]);
    const view = (await editView(db, id))!;
    // Two funding rows typed, then the first of them removed in the browser: the form sends
    // rows 0 and 2; row 2 is the second row on screen and has no amount.
    const values: Record<string, string> = { ...recordToForm({ ...view.record, funding: [] }), projectId: String(id), version: String(view.project.version) };
    Object.assign(values, {
      'funding.0.source': 'comune', 'funding.0.line': 'Capitolo uno', 'funding.0.amountCents': '1000',
      'funding.2.source': 'pnrr', 'funding.2.line': 'Capitolo tre', 'funding.2.amountCents': '',
      'translations.it.title': 'T'.repeat(201), lat: '',
    });
    const refused = await editor.post(`/staff/projects/${id}/`, 'projects.save', values);
    expect(refused.status).toBe(422);
    expect(textOf(refused.html, 'h-funding-2')).toBe('Riga 2');
    const summary = refused.html.slice(refused.html.indexOf('id="error-summary"'), refused.html.indexOf('</div>', refused.html.indexOf('id="error-summary"')));
    expect(summary).toContain('<a href="#f-funding-2-amountCents">Finanziamenti – Riga 2 – Importo (€): Campo obbligatorio.</a>');
    expect(summary).not.toContain('Finanziamenti 3');
    expect(summary).toContain('Testo troppo lungo: al massimo 200 caratteri.');
    expect(textOf(refused.html, 'f-translations-it-title-error')).toBe('Testo troppo lungo: al massimo 200 caratteri.');
    expect(textOf(refused.html, 'f-lat-error')).toBe('Campo obbligatorio.');
    // Nothing typed is lost.
    expect(refused.html).toContain('value="Capitolo tre"');
    expect(refused.html).toContain(`value="${'T'.repeat(201)}"`);

    // The same in English.
    await editor.post('/staff/', 'auth.setLanguage', { lang: 'en' });
    const english = await editor.post(`/staff/projects/${id}/`, 'projects.save', values);
    expect(english.html).toContain('Funding – Row 2 – Amount (€): This field is required.');
    expect(textOf(english.html, 'f-translations-it-title-error')).toBe('The text is too long: at most 200 characters.');
  });
});

describe('a NIL the point is not in', () => {
  it('is said at save time, naming both NILs, and the draft is saved', async (context) => {
    // Only the official boundaries put a project in the NIL of its point (projectArea.ts).
    const [loaded] = await rows('select count(*) as n from nil where boundary is not null');
    if (Number(loaded.n) === 0) return context.skip();
    const [other] = await rows('select id, name from nil where id <> ? order by id limit 1', [source.nilId]);
    const [own] = await rows('select name from nil where id = ?', [source.nilId]);
    const { editor, created } = await newDraft({ nilId: String(other.id) });
    expect(created.status).toBe(303); // not refused
    const page = await editor.get(created.headers.get('location')!);
    expect(page.html).toContain('Bozza salvata.');
    expect(textOf(page.html, 'nil-mismatch')).toBe(
      `Hai scelto il quartiere (NIL) «${other.name}», ma il punto sulla mappa cade in «${own.name}»: alla pubblicazione il progetto sarà collocato in «${own.name}», come dicono i confini ufficiali. Per tenere «${other.name}», sposta il punto dentro quel quartiere.`,
    );

    // Choosing the NIL the point is in takes the notice away.
    const id = Number(created.headers.get('location')!.match(/projects\/(\d+)\//)![1]);
    const view = (await editView(db, id))!;
    const saved = await editor.post(`/staff/projects/${id}/`, 'projects.save', { ...recordToForm(view.record), projectId: String(id), version: String(view.project.version), nilId: String(source.nilId) });
    expect(saved.status).toBe(303);
    expect((await editor.get(saved.headers.get('location')!)).html).not.toContain('id="nil-mismatch"');
  });
});
