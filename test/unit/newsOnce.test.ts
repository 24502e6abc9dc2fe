/**
 * Each piece of news reaches an address once, by the fastest way the address asked for it, on a
 * real migrated database: one notice per address for a publication, naming every subscription
 * it is sent for; a weekly digest that leaves out what the address was already mailed at once
 * (also through a subscription switched or stopped since) or in a digest of another of its weekly
 * subscriptions, and still tells what it was not (what a weekly row kept goes out when it is switched to "at once"). What
 * was told is kept only while a digest could repeat it, and goes with the address.
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { mailQueue, subscriptions, toldEvents } from '../../db/schema.ts';
import { newToken, tokenHash } from '../../src/server/auth/tokens.ts';
import { changeFrequency } from '../../src/server/residents/changeFrequency.ts';
import { queueDigests } from '../../src/server/residents/digests.ts';
import { notifyPublication } from '../../src/server/residents/notify.ts';
import { stopFollowing } from '../../src/server/residents/stopFollowing.ts';
import { unsubscribe } from '../../src/server/residents/subscriptions.ts';
import type { PublicationEvent } from '../../src/lib/publicationEvents.ts';
import { memoryDb } from '../helpers/db.ts';
import { seedCorvetto } from '../helpers/seedCorvetto.ts';

let db: Db;
const parco = { id: 1, slug: 'parco-uno', titles: { it: 'Parco Uno' }, nilId: 7, municipioId: 4 };
const piazza = { id: 2, slug: 'piazza-due', titles: { it: 'Piazza Due' }, nilId: 7, municipioId: 4 };
const status = (to: string): PublicationEvent => ({ kind: 'status', from: null, to });

/** A confirmed subscription of `email` (as subscribe() and confirm make them); returns its id and token. */
async function follow(email: string, scope: 'project' | 'nil' | 'municipio', targetId: number, frequency: 'instant' | 'weekly', confirmedAt = '2026-05-01T00:00:00.000Z') {
  const token = newToken();
  const [row] = await db
    .insert(subscriptions)
    .values({ email, locale: 'it', scope, targetId, frequency, baseUrl: 'https://x.example', confirmedAt, unsubscribeHash: tokenHash(token), unsubscribeToken: token })
    .returning({ id: subscriptions.id });
  return { id: row.id, token };
}

const publish = (project: typeof parco, event: PublicationEvent, at: string) => db.transaction((tx) => notifyPublication(tx, project, [event], new Date(at)));
const mailsTo = (email: string, kind: string) => db.select().from(mailQueue).where(and(eq(mailQueue.to, email), eq(mailQueue.kind, kind))).orderBy(mailQueue.id);
const footerOf = (text: string) => text.slice(text.lastIndexOf('\n--\n') + 4);
const toldTo = async (email: string) => (await db.select().from(toldEvents).where(eq(toldEvents.email, email))).length;

beforeEach(async () => {
  db = await memoryDb();
  await seedCorvetto(db);
});

describe('a publication told at once', () => {
  it('is one mail per address, naming everything the address follows at once that it concerns', async () => {
    const first = await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'nil', 7, 'instant');
    await follow('a@example.org', 'municipio', 4, 'weekly'); // not at once: not what this mail is for
    await follow('b@example.org', 'nil', 7, 'instant');
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');

    const [mail, ...more] = await mailsTo('a@example.org', 'notify');
    expect(more).toEqual([]);
    expect(footerOf(mail.text).split('\n').slice(0, 4)).toEqual(['Ricevi questo messaggio perché su Periferie Milano segui:', '- il progetto «Parco Uno»', '- il quartiere Corvetto', `Per scegliere quando ricevere le notizie o smettere di seguire una cosa sola: https://x.example/it/follow/manage?token=${first.token}`]);
    expect(mail.headers?.['List-Unsubscribe']).toBe(`<https://x.example/unsubscribe?token=${first.token}&lang=it>`);
    const [other] = await mailsTo('b@example.org', 'notify');
    expect(footerOf(other.text).split('\n').slice(0, 3)).toEqual(['Ricevi questo messaggio perché su Periferie Milano segui:', '- il quartiere Corvetto', expect.stringMatching(/^Per scegliere quando ricevere le notizie/)]);
  });
});

describe('the weekly digest', () => {
  it('leaves out what the address was mailed at once, and keeps the rest of what it follows weekly', async () => {
    await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'nil', 7, 'weekly');
    await follow('c@example.org', 'nil', 7, 'weekly'); // nothing at once: everything in the digest
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    await publish(piazza, status('completed'), '2026-05-11T00:00:00.000Z');
    expect((await mailsTo('a@example.org', 'notify')).map((m) => m.subject)).toEqual(['Novità: Parco Uno']);

    expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(2);
    const [digest] = await mailsTo('a@example.org', 'digest');
    expect(digest.text).toContain('Piazza Due');
    expect(digest.text).toContain('Lavori conclusi');
    expect(digest.text).not.toContain('Parco Uno');
    expect(digest.text).not.toContain('Lavori in corso');
    const [everything] = await mailsTo('c@example.org', 'digest');
    expect(everything.text).toContain('Parco Uno');
    expect(everything.text).toContain('Piazza Due');
  });

  it('is not sent when everything in it went out at once', async () => {
    await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'municipio', 4, 'weekly');
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(0);
    expect(await mailsTo('a@example.org', 'digest')).toEqual([]);
  });

  it('sends what a weekly subscription was keeping when it is switched to “at once”, and then nothing twice', async () => {
    const a = await follow('a@example.org', 'project', 1, 'weekly');
    await follow('a@example.org', 'nil', 7, 'weekly');
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z'); // weekly then: waits for the digest
    await changeFrequency(db, a.token, a.id, 'instant', new Date('2026-05-12T00:00:00.000Z'));
    const [kept, ...more] = await mailsTo('a@example.org', 'digest');
    expect(more).toEqual([]);
    expect(kept.text).toContain('Lavori in corso'); // sent at the switch, not lost
    // Saying why it comes now: not "this week's news", which it need not be.
    expect(kept.subject).toBe('Periferie Milano: le novità tenute per il riepilogo settimanale');
    expect(kept.text).toMatch(/^Da ora ti scriviamo a ogni novità\. Ecco quelle che tenevamo per il tuo riepilogo settimanale\.\n/);
    expect(footerOf(kept.text).split('\n').slice(0, 2)).toEqual(['Ricevi questo messaggio perché su Periferie Milano segui:', '- il progetto «Parco Uno»']);
    await publish(parco, status('completed'), '2026-05-14T00:00:00.000Z'); // at once now
    expect((await mailsTo('a@example.org', 'notify')).map((m) => m.text)).toEqual([expect.stringContaining('Lavori conclusi')]);

    // The NIL's digest has nothing left that the address was not sent.
    expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(0);
    expect(await mailsTo('a@example.org', 'digest')).toHaveLength(1);
  });

  it('sends nothing at the switch when the week had nothing new', async () => {
    const a = await follow('a@example.org', 'project', 1, 'weekly');
    await changeFrequency(db, a.token, a.id, 'instant', new Date('2026-05-12T00:00:00.000Z'));
    expect(await mailsTo('a@example.org', 'digest')).toEqual([]);
    expect((await db.select().from(subscriptions).where(eq(subscriptions.id, a.id)))[0].frequency).toBe('instant');
  });

  it('does not repeat what was mailed at once through a subscription switched to weekly since', async () => {
    const a = await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'nil', 7, 'weekly');
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    expect(await mailsTo('a@example.org', 'notify')).toHaveLength(1);
    await changeFrequency(db, a.token, a.id, 'weekly', new Date('2026-05-12T00:00:00.000Z'));
    await publish(piazza, status('completed'), '2026-05-13T00:00:00.000Z');

    expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(1);
    const [digest] = await mailsTo('a@example.org', 'digest');
    expect(digest.text).toContain('Piazza Due');
    expect(digest.text).not.toContain('Lavori in corso');
  });

  it('does not repeat what was mailed at once through a subscription stopped since', async () => {
    const a = await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'nil', 7, 'weekly');
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    expect(await stopFollowing(db, a.token, a.id)).toMatchObject({ last: false });

    expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(0);
    expect(await mailsTo('a@example.org', 'digest')).toEqual([]);
  });

  it('does not repeat to a weekly subscription confirmed after the weekly moment what the address’s digest just told', async () => {
    await follow('a@example.org', 'nil', 7, 'weekly');
    // The worker's tick comes a few seconds after the weekly moment; meanwhile the address
    // confirms a second weekly subscription and staff publish.
    await follow('a@example.org', 'municipio', 4, 'weekly', '2026-05-18T07:00:05.000Z');
    await publish(parco, status('works'), '2026-05-18T07:00:07.000Z');
    expect(await queueDigests(db, new Date('2026-05-18T07:00:10.000Z'), new Date('2026-05-18T07:00:00.000Z'))).toBe(1);
    expect((await mailsTo('a@example.org', 'digest'))[0].text).toContain('Lavori in corso');

    await publish(piazza, status('completed'), '2026-05-20T00:00:00.000Z');
    expect(await queueDigests(db, new Date('2026-05-25T07:00:10.000Z'), new Date('2026-05-25T07:00:00.000Z'))).toBe(1);
    const [, next] = await mailsTo('a@example.org', 'digest');
    expect(next.text).toContain('Lavori conclusi');
    expect(next.text).not.toContain('Lavori in corso');
  });
});

describe('what an address was told', () => {
  it('is written down only while one of its digests could repeat it', async () => {
    await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'nil', 7, 'weekly');
    await follow('b@example.org', 'project', 1, 'instant'); // no digest to leave anything out of
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    expect([await toldTo('a@example.org'), await toldTo('b@example.org')]).toEqual([1, 0]);

    await queueDigests(db, new Date('2026-05-18T07:00:00.000Z')); // the NIL's digest passes the news
    await queueDigests(db, new Date('2026-05-18T07:00:15.000Z')); // the worker's next tick
    expect(await toldTo('a@example.org')).toBe(0);
  });

  it('is forgotten for an address whose digest passed it, and kept for one whose digest has not yet', async () => {
    for (const [email, confirmed] of [['a@example.org', '2026-05-01T00:00:00.000Z'], ['d@example.org', '2026-05-09T00:00:00.000Z']]) {
      await follow(email, 'project', 1, 'instant');
      await follow(email, 'nil', 7, 'weekly', confirmed);
    }
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    // Only a's NIL row is due (its last digest is before the 5th); d's digest is still to come.
    const dueBefore = new Date('2026-05-05T00:00:00.000Z');
    await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'), dueBefore);
    await queueDigests(db, new Date('2026-05-18T07:00:15.000Z'), dueBefore);
    expect([await toldTo('a@example.org'), await toldTo('d@example.org')]).toEqual([0, 1]);
  });

  it('goes with the address', async () => {
    const a = await follow('a@example.org', 'project', 1, 'instant');
    await follow('a@example.org', 'nil', 7, 'weekly');
    await publish(parco, status('works'), '2026-05-10T00:00:00.000Z');
    expect(await toldTo('a@example.org')).toBe(1);
    expect(await unsubscribe(db, a.token)).toBe(true);
    expect(await toldTo('a@example.org')).toBe(0);
  });
});
