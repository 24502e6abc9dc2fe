/**
 * The working day's reminder to moderators (src/server/residents/moderatorDaily.ts) on a real
 * seeded database: who gets it, in their scope and language, only when reports arrived or are
 * late, once per working day however many ticks or instances ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { seedDemo } from '../../db/seed.ts';
import { lastWorkingDaySlot } from '../../src/lib/digestSlot.ts';
import type { Role } from '../../src/lib/vocabulary.ts';
import { inviteUser } from '../../src/server/auth/invites.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { saveStaffPreferences } from '../../src/server/auth/staffPreferences.ts';
import { queueModeratorDailies } from '../../src/server/residents/moderatorDaily.ts';
import { tempFileDb } from '../helpers/db.ts';

const BASE = 'https://periferie.example.it';
let db: Db;
/** A second instance's connection to the same database file. */
let other: Db;
let cleanup: () => void;
const ids: Record<string, number> = {};
const feedbackIds: Record<string, number> = {};
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const dailies = async () => (await rows("select \"to\", subject, text from mail_queue where kind = 'staff_daily' order by id")).map((r) => ({ to: String(r.to), subject: String(r.subject), text: String(r.text) }));
/** The reminders one tick at `iso` queues. */
async function tick(iso: string) {
  const before = (await dailies()).length;
  const now = new Date(iso);
  const n = await queueModeratorDailies(db, now, lastWorkingDaySlot(now, 8), 5);
  const sent = (await dailies()).slice(before);
  expect(sent).toHaveLength(n);
  return sent;
}
const email = (key: string) => `${key}@comune.milano.it`;

async function person(key: string, role: Role, municipioId: number | null, prefs: { locale?: 'it' | 'en'; notifyByMail?: boolean } = {}) {
  ids[key] = await createUser(db, { email: email(key), name: '', role, municipioId }, 'a long enough password');
  await saveStaffPreferences(db, ids[key], { baseUrl: BASE, ...prefs });
}

async function report(key: string, municipioId: number, createdAt: string) {
  const [p] = await rows("select id from projects where publication = 'published' and municipio_id = ? and parent_id is null order by id limit 1", [municipioId]);
  const [r] = await rows("insert into feedback (project_id, kind, body, locale, created_at) values (?, 'noise', 'Rumore di notte.', 'it', ?) returning id", [Number(p.id), createdAt]);
  feedbackIds[key] = Number(r.id);
}

beforeAll(async () => {
  const temp = await tempFileDb();
  ({ db, cleanup } = temp);
  other = await createDb(temp.url);
  await seedDemo(db);
  await person('m3', 'municipio_editor', 3);
  await person('editor', 'editor', null, { locale: 'en' });
  await person('quiet', 'publisher', null, { notifyByMail: false });
  await person('viewer', 'viewer', null);
  // Invited, never signed in: no password yet, so nothing to remind them of.
  await inviteUser(db, { email: email('invited'), name: '', role: 'editor', municipioId: null }, ids.editor);
  await report('old', 3, '2026-11-20T09:00:00.000Z'); // past 5 working days by 2 December
  await report('fresh', 5, '2026-12-01T15:00:00.000Z');
});

afterAll(() => {
  other.$client.close();
  cleanup();
});

describe('moderators’ working-day reminder', () => {
  it('tells each moderator what waits in their scope, late first, in their language', async () => {
    const sent = await tick('2026-12-02T07:30:00.000Z'); // Wednesday, 8:30 in Milan
    expect(sent.map((m) => m.to).sort()).toEqual([email('editor'), email('m3')]);
    const m3 = sent.find((m) => m.to === email('m3'))!;
    expect(m3.subject).toBe('Periferie Milano: segnalazioni in attesa di risposta (1, in ritardo 1)');
    expect(m3.text).toContain('In attesa di risposta: 1. Arrivate dal promemoria precedente: 1. In ritardo sul termine di 5 giorni lavorativi: 1.');
    expect(m3.text).toContain(`- #${feedbackIds.old} · Rumore · `);
    expect(m3.text).not.toContain(`#${feedbackIds.fresh} `); // Municipio 5 is not theirs
    expect(m3.text).toContain(`Rispondi dalla coda: ${BASE}/staff/feedback/`);
    const editor = sent.find((m) => m.to === email('editor'))!;
    expect(editor.subject).toBe('Periferie Milano: reports waiting for an answer (2, 1 late)');
    expect(editor.text.indexOf(`#${feedbackIds.old} `)).toBeLessThan(editor.text.indexOf(`#${feedbackIds.fresh} `));
    expect(editor.text).toContain('received on 20 November 2026 · LATE');
  });

  it('sends it once per working day, however many ticks or instances ask', async () => {
    expect(await tick('2026-12-02T09:00:00.000Z')).toEqual([]);
    const now = new Date('2026-12-03T07:05:00.000Z');
    const [a, b] = await Promise.all([db, other].map((instance) => queueModeratorDailies(instance, now, lastWorkingDaySlot(now, 8), 5)));
    // Nothing arrived since, but the late report is still waiting: reminded again, once each.
    expect(a + b).toBe(2);
    expect(await tick('2026-12-03T10:00:00.000Z')).toEqual([]);
  });

  it('says nothing when nothing arrived and nothing is late', async () => {
    await db.$client.execute({ sql: "update feedback set state = 'answered', first_reply_at = '2026-12-03T11:00:00.000Z' where id = ?", args: [feedbackIds.old] });
    // Friday 4 December: the fresh report is not late yet (5 working days from 1 December).
    expect(await tick('2026-12-04T07:30:00.000Z')).toEqual([]);
    // Monday 7 and Tuesday 8 December are holidays in Milan: no reminder until Wednesday.
    expect(await tick('2026-12-08T12:00:00.000Z')).toEqual([]);
    expect(await tick('2026-12-09T07:30:00.000Z')).toEqual([]);
    // Five working days after 1 December at 16:00 is 10 December at 16:00: late on the 11th.
    const late = await tick('2026-12-11T07:30:00.000Z');
    expect(late.map((m) => m.to)).toEqual([email('editor')]);
    expect(late[0].text).toContain('Arrived since the previous reminder: 0. Past the 5-working-day target: 1.');
  });
});
