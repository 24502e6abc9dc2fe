/**
 * Work notices to staff (src/server/projects/staffNotices.ts) on a real seeded database: who is
 * told of a revision sent for review, sent back or published, and in which language. Each step
 * is written as workflow.ts writes it (its audit entry, then the notices, in one transaction);
 * the step itself, and a "send back" refused without a note, are tested through the server
 * (test/integration/staff-notices.test.ts), since workflow.ts needs Astro's runtime settings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { seedDemo } from '../../db/seed.ts';
import type { Role } from '../../src/lib/vocabulary.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { saveStaffPreferences } from '../../src/server/auth/staffPreferences.ts';
import { lastReturn } from '../../src/server/projects/lastReturn.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { audit } from '../../src/server/audit.ts';
import { queueStaffNotices } from '../../src/server/projects/staffNotices.ts';
import { saveDraft } from '../../src/server/projects/saveDraft.ts';
import { memoryDb } from '../helpers/db.ts';

const BASE = 'https://periferie.example.it';
let db: Db;
let project: { id: number; slug: string; title: string; municipioId: number | null };
const people: Record<string, { id: number; email: string; role: Role; municipioId: number | null }> = {};

async function person(key: string, role: Role, municipioId: number | null = null) {
  const email = `${key}@comune.milano.it`;
  const id = await createUser(db, { email, name: key === 'editor' ? 'Giulia Neri' : '', role, municipioId }, 'a long enough password');
  people[key] = { id, email, role, municipioId };
}

const mails = async () => (await db.$client.execute('select "to", kind, subject, text from mail_queue order by id')).rows.map((r) => ({ to: String(r.to), kind: String(r.kind), subject: String(r.subject), text: String(r.text) }));
const newMails = async (run: () => Promise<unknown>) => {
  const before = (await mails()).length;
  await run();
  return (await mails()).slice(before);
};
/** A workflow step as workflow.ts records it; returns the mails it queued. */
async function step(who: string, s: 'submit' | 'return' | 'publish', note?: string) {
  const revision = (await editView(db, project.id))!.open!.id;
  return newMails(() =>
    db.transaction(async (tx) => {
      await audit(tx, { actor: people[who], action: `project_${s}`, targetType: 'project', targetId: project.id, detail: { revision, note } });
      await queueStaffNotices(tx, { step: s, project, revisionId: revision, actorId: people[who].id, note, baseUrl: BASE });
    }),
  );
}
/** A new open revision, saved by `who`. */
async function edit(who: string, summary: string) {
  const view = (await editView(db, project.id))!;
  const record = { ...view.record, reasons: {}, translations: { ...view.record.translations, it: { ...view.record.translations.it!, summary } } };
  expect((await saveDraft(db, people[who], project.id, view.project.version, record, null)).ok).toBe(true);
}

beforeAll(async () => {
  db = await memoryDb();
  await seedDemo(db);
  await person('editor', 'editor');
  await person('publisher', 'publisher');
  await person('quiet', 'publisher');
  await person('admin', 'admin');
  await person('away', 'admin');
  await person('m8', 'municipio_editor', 8);
  await saveStaffPreferences(db, people.editor.id, { locale: 'en' });
  await saveStaffPreferences(db, people.quiet.id, { notifyByMail: false });
  await db.update(users).set({ disabled: true }).where(eq(users.id, people.away.id));
  const [row] = (await db.$client.execute("select p.id, p.slug, p.municipio_id, t.title from projects p join project_translations t on t.project_id = p.id and t.locale = 'it' where p.publication = 'published' and p.parent_id is null order by p.id limit 1")).rows;
  project = { id: Number(row.id), slug: String(row.slug), title: String(row.title), municipioId: Number(row.municipio_id) };
  await edit('editor', 'Sommario rivisto per la revisione.');
});

describe('staff notices', () => {
  it('tells everyone who may publish that a revision waits, except who sent it, the disabled and those who turned notices off', async () => {
    const sent = await step('editor', 'submit');
    expect(sent.map((m) => m.to).sort()).toEqual([people.admin.email, people.publisher.email].sort());
    const mail = sent.find((m) => m.to === people.publisher.email)!;
    expect(mail.kind).toBe('staff_submit');
    expect(mail.subject).toBe(`Da rivedere: ${project.title}`);
    expect(mail.text).toContain(`Giulia Neri ha inviato in revisione «${project.title}».`);
    expect(mail.text).toContain(`Apri nell’area riservata: ${BASE}/staff/projects/${project.id}/`);
    expect(mail.text).toContain(`${BASE}/staff/#notices`);
    // No published revision to compare with (the seed published without one): the preview.
    expect(mail.text).toContain(`Anteprima della revisione: ${BASE}/staff/projects/${project.id}/preview/`);
  });

  it('sends the note to the draft’s author in their language, and keeps it for the edit page', async () => {
    const note = 'Manca la foto del cantiere.\nControlla anche la data di fine.';
    const sent = await step('publisher', 'return', note);
    expect(sent.map((m) => m.to)).toEqual([people.editor.email]);
    expect(sent[0].subject).toBe(`Sent back to draft: ${project.title}`);
    expect(sent[0].text).toContain('> Manca la foto del cantiere.\n> Controlla anche la data di fine.');
    expect(sent[0].text).toContain(`Open in the staff area: ${BASE}/staff/projects/${project.id}/`);
    const open = (await editView(db, project.id))!.open!;
    expect(await lastReturn(db, project.id, open.id)).toMatchObject({ by: people.publisher.email, note });
  });

  it('tells the author when the revision is published, with the public page', async () => {
    await step('editor', 'submit');
    const sent = await step('publisher', 'publish');
    expect(sent.map((m) => m.to)).toEqual([people.editor.email]);
    expect(sent[0].subject).toBe(`Published: ${project.title}`);
    expect(sent[0].text).toContain(`Public page: ${BASE}/it/projects/${project.slug}`);
  });

  it('tells the person who sent a revision for review, when someone else saved it last', async () => {
    await edit('admin', 'Un altro sommario.');
    await step('editor', 'submit');
    const sent = await step('publisher', 'return', 'Troppo breve.');
    expect(sent.map((m) => m.to).sort()).toEqual([people.admin.email, people.editor.email].sort());
    expect(sent.find((m) => m.to === people.admin.email)!.subject).toBe(`Rimandato in bozza: ${project.title}`);
  });

  it('shows reviewers what a revision changes from the published one', async () => {
    const published = (await editView(db, project.id))!.open!.id;
    await db.$client.execute({ sql: "update project_revisions set state = 'published' where id = ?", args: [published] });
    await edit('editor', 'Sommario della revisione successiva.');
    const open = (await editView(db, project.id))!.open!.id;
    expect(open).not.toBe(published);
    const [mail] = await step('editor', 'submit');
    expect(mail.text).toContain(`Cosa cambia rispetto alla versione pubblica: ${BASE}/staff/projects/${project.id}/compare/?a=${published}&b=${open}`);
  });
});
