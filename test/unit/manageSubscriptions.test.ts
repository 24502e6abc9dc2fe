/**
 * Residents manage their own subscriptions (issue #7): the page's data, changing how often,
 * stopping one or everything, on a real migrated database. A token acts on its own address only,
 * and keeps doing so after the subscription it came with is stopped (the mails that carried it
 * stand for the whole address).
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { mailQueue, projectEvents, retiredTokens, subscriptions } from '../../db/schema.ts';
import { newToken, tokenHash } from '../../src/server/auth/tokens.ts';
import { changeFrequency } from '../../src/server/residents/changeFrequency.ts';
import { queueDigests } from '../../src/server/residents/digests.ts';
import { manageChange } from '../../src/server/residents/manageChange.ts';
import { managePage } from '../../src/server/residents/managePage.ts';
import { manageView } from '../../src/server/residents/manageView.ts';
import { stopFollowing } from '../../src/server/residents/stopFollowing.ts';
import { addressOfToken } from '../../src/server/residents/subscriberAddress.ts';
import { confirmSubscription, purgeUnconfirmed, subscribe, unsubscribe } from '../../src/server/residents/subscriptions.ts';
import { manageDonePath, parseManageDone, type ManageDone } from '../../src/lib/manageDone.ts';
import { maskEmail } from '../../src/lib/maskEmail.ts';
import { manageSchema } from '../../src/lib/residents.ts';
import { memoryDb } from '../helpers/db.ts';
import { seedCorvetto } from '../helpers/seedCorvetto.ts';

const confirmed = '2026-05-01T00:00:00.000Z';
let db: Db;

/** A subscription row of `email`, with its own token (as subscribe() makes them); returns its id and token. */
async function follow(email: string, scope: 'project' | 'nil' | 'municipio', targetId: number, extra: Partial<typeof subscriptions.$inferInsert> = {}) {
  const token = newToken();
  const [row] = await db
    .insert(subscriptions)
    .values({ email, locale: 'it', scope, targetId, frequency: 'instant', baseUrl: 'https://x.example', confirmedAt: confirmed, unsubscribeHash: tokenHash(token), unsubscribeToken: token, ...extra })
    .returning({ id: subscriptions.id });
  return { id: row.id, token };
}

const rowsOf = (email: string) => db.select().from(subscriptions).where(eq(subscriptions.email, email)).orderBy(subscriptions.id);

beforeEach(async () => {
  db = await memoryDb();
  await seedCorvetto(db);
});

describe('the manage page', () => {
  it('lists everything the address follows, named and linked in the reader’s language, and nothing of other addresses', async () => {
    const mine = await follow('maria.rossi@example.org', 'project', 1);
    await follow('maria.rossi@example.org', 'project', 2, { frequency: 'weekly' });
    await follow('maria.rossi@example.org', 'nil', 7, { confirmedAt: null, confirmHash: 'c', confirmExpiresAt: '2099-01-01T00:00:00.000Z' });
    await follow('maria.rossi@example.org', 'municipio', 4);
    await follow('maria.rossi@example.org', 'project', 3); // unpublished since
    await follow('someone.else@example.org', 'project', 1);
    const view = (await manageView(db, mine.token, 'en'))!;
    expect(view.address).toBe('m•••@example.org');
    expect(view.items.map(({ id: _, ...i }) => i)).toEqual([
      { scope: 'project', frequency: 'instant', pending: false, name: 'Park One', nameLang: undefined, href: '/en/projects/parco-uno' },
      { scope: 'project', frequency: 'weekly', pending: false, name: 'Piazza Due', nameLang: 'it', href: '/en/projects/piazza-due' },
      { scope: 'nil', frequency: 'instant', pending: true, name: 'Corvetto neighbourhood', href: '/en/nil/corvetto' },
      { scope: 'municipio', frequency: 'instant', pending: false, name: 'Municipio 4', href: '/en/municipi/4' },
      { scope: 'project', frequency: 'instant', pending: false, name: 'No longer published on Periferie Milano', href: null },
    ]);
    expect((await manageView(db, mine.token, 'it'))!.items[0]).toMatchObject({ name: 'Parco Uno', nameLang: undefined, href: '/it/projects/parco-uno' });
  });

  it('is nobody’s for a wrong, empty or deleted token', async () => {
    const { token } = await follow('a@example.org', 'project', 1);
    expect(await manageView(db, 'not-a-token', 'it')).toBeNull();
    expect(await manageView(db, '', 'it')).toBeNull();
    await unsubscribe(db, token);
    expect(await manageView(db, token, 'it')).toBeNull();
  });

  it('says what was just done, naming what was stopped from the data, not from the URL', async () => {
    const a = await follow('a@example.org', 'project', 1, { frequency: 'weekly' });
    await follow('a@example.org', 'nil', 7);
    const frequency = await managePage(db, a.token, new URLSearchParams(`done=frequency&item=${a.id}`), 'en');
    expect(frequency.notice).toBe('Done: for “Park One” you chose “One summary a week”.');
    const stopped = await managePage(db, a.token, new URLSearchParams('done=stop&scope=municipio&target=4&name=<evil>'), 'it');
    expect(stopped.notice).toBe('Fatto: non segui più «Municipio 4».');
    expect((await managePage(db, '', new URLSearchParams('done=all'), 'en')).notice).toBe('Done: your address has been deleted and you will get no more e-mails.');
    // A forged "done" with a bad token shows no list and no success.
    expect(await managePage(db, 'nope', new URLSearchParams('done=stop&scope=nil&target=7'), 'it')).toEqual({ view: null, notice: null, gone: false });
  });
});

describe('changing how often', () => {
  it('changes that one subscription of the token’s address', async () => {
    const a = await follow('a@example.org', 'project', 1);
    const b = await follow('a@example.org', 'nil', 7);
    expect(await changeFrequency(db, a.token, b.id, 'weekly')).toEqual({ id: b.id, scope: 'nil', targetId: 7, sent: false });
    expect((await rowsOf('a@example.org')).map((r) => r.frequency)).toEqual(['instant', 'weekly']);
  });

  it('starts the weekly digest at the switch, so news already mailed at once is not told again', async () => {
    const a = await follow('w@example.org', 'project', 1);
    await db.insert(projectEvents).values({ projectId: 1, kind: 'status', detail: { kind: 'status', from: 'design', to: 'works' }, at: '2026-05-10T00:00:00.000Z' });
    await changeFrequency(db, a.token, a.id, 'weekly', new Date('2026-05-12T00:00:00.000Z'));
    expect(await queueDigests(db, new Date('2026-05-13T00:00:00.000Z'))).toBe(0);
    await db.insert(projectEvents).values({ projectId: 1, kind: 'status', detail: { kind: 'status', from: 'works', to: 'completed' }, at: '2026-05-14T00:00:00.000Z' });
    expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(1);
    const [mail] = await db.select().from(mailQueue);
    expect(mail.text).toContain('Lavori conclusi');
    expect(mail.text).not.toContain('Lavori in corso');
    // Every digest leads to the address's manage page, with the address's own token.
    expect(mail.text).toContain(`https://x.example/it/follow/manage?token=${a.token}`);
  });

  it('says so when a switch to “at once” mailed what the weekly digest was keeping', async () => {
    const a = await follow('k@example.org', 'project', 1, { frequency: 'weekly' });
    const b = await follow('k@example.org', 'nil', 7, { frequency: 'weekly' });
    await db.insert(projectEvents).values({ projectId: 1, kind: 'status', detail: { kind: 'status', from: 'design', to: 'works' }, at: '2026-05-10T00:00:00.000Z' });
    const now = new Date('2026-05-12T00:00:00.000Z');
    const done = await manageChange(db, { intent: 'frequency', token: a.token, subscription: a.id, frequency: 'instant' }, now);
    expect(done).toEqual({ done: 'frequency', item: a.id, sent: '1' });
    const page = await managePage(db, a.token, new URLSearchParams(manageDonePath('en', a.token, done as ManageDone).split('?')[1]), 'en');
    expect(page.notice).toBe('Done: for “Park One” you chose “At once, with every change”. The news we were keeping for your weekly summary has been sent to you now.');
    // Nothing kept (the NIL row's week had nothing new once the project's news went out): nothing said.
    await db.delete(projectEvents);
    expect(await manageChange(db, { intent: 'frequency', token: b.token, subscription: b.id, frequency: 'instant' }, now)).toEqual({ done: 'frequency', item: b.id });
  });

  it('refuses a wrong token and another address’s subscription, changing nothing', async () => {
    const mine = await follow('mine@example.org', 'project', 1);
    const theirs = await follow('theirs@example.org', 'project', 1);
    expect(await changeFrequency(db, 'not-a-token', mine.id, 'weekly')).toBe('unknownToken');
    expect(await changeFrequency(db, theirs.token, mine.id, 'weekly')).toBe('notFound');
    expect(await manageChange(db, { intent: 'frequency', token: theirs.token, subscription: mine.id, frequency: 'weekly' })).toBe('notFound');
    expect((await rowsOf('mine@example.org'))[0].frequency).toBe('instant');
  });
});

describe('stopping one', () => {
  it('deletes that one; the mails that carried its token still manage and unsubscribe the rest', async () => {
    const a = await follow('a@example.org', 'project', 1);
    const b = await follow('a@example.org', 'nil', 7);
    expect(await stopFollowing(db, a.token, a.id)).toEqual({ scope: 'project', targetId: 1, last: false });
    expect((await rowsOf('a@example.org')).map((r) => r.id)).toEqual([b.id]);
    // The stopped one's token is still the address's: its page lists what is left.
    expect((await manageView(db, a.token, 'it'))!.items.map((i) => i.id)).toEqual([b.id]);
    expect(await addressOfToken(db, a.token)).toEqual({ email: 'a@example.org', locale: 'it' });
    // Stopped twice (a second tab): not there any more.
    expect(await stopFollowing(db, a.token, a.id)).toBe('notFound');
    // …and its one-click unsubscribe deletes the rest, tokens included.
    expect(await unsubscribe(db, a.token)).toBe(true);
    expect(await rowsOf('a@example.org')).toEqual([]);
    expect(await db.select().from(retiredTokens)).toEqual([]);
    expect(await addressOfToken(db, a.token)).toBeNull();
    expect(await addressOfToken(db, b.token)).toBeNull();
  });

  it('deletes the address with its last subscription, as stopping everything does', async () => {
    const a = await follow('a@example.org', 'project', 1);
    const b = await follow('a@example.org', 'nil', 7);
    expect(await manageChange(db, { intent: 'stop', token: b.token, subscription: a.id })).toEqual({ done: 'stop', scope: 'project', target: 1 });
    expect(await manageChange(db, { intent: 'stop', token: a.token, subscription: b.id })).toEqual({ done: 'all' });
    expect(await rowsOf('a@example.org')).toEqual([]);
    expect(await db.select().from(retiredTokens)).toEqual([]);
  });

  it('refuses a wrong token and another address’s subscription, deleting nothing', async () => {
    const mine = await follow('mine@example.org', 'project', 1);
    const theirs = await follow('theirs@example.org', 'nil', 7);
    expect(await stopFollowing(db, 'not-a-token', mine.id)).toBe('unknownToken');
    expect(await stopFollowing(db, theirs.token, mine.id)).toBe('notFound');
    expect(await manageChange(db, { intent: 'stop', token: theirs.token, subscription: mine.id })).toBe('notFound');
    expect(await rowsOf('mine@example.org')).toHaveLength(1);
    expect(await db.select().from(retiredTokens)).toEqual([]);
  });
});

describe('stopping everything', () => {
  it('deletes every subscription of the token’s address and no one else’s', async () => {
    const a = await follow('a@example.org', 'project', 1);
    await follow('a@example.org', 'municipio', 4);
    await follow('b@example.org', 'project', 1);
    expect(await manageChange(db, { intent: 'stopAll', token: 'not-a-token' })).toBe('unknownToken');
    expect(await manageChange(db, { intent: 'stopAll', token: a.token })).toEqual({ done: 'all' });
    expect(await rowsOf('a@example.org')).toEqual([]);
    expect(await rowsOf('b@example.org')).toHaveLength(1);
  });

  it('forgets the tokens of an address whose last subscription expired unconfirmed', async () => {
    const a = await follow('a@example.org', 'project', 1);
    await follow('a@example.org', 'nil', 7, { confirmedAt: null, confirmHash: 'c', confirmExpiresAt: '2026-05-02T00:00:00.000Z' });
    const other = await follow('b@example.org', 'project', 1);
    await follow('b@example.org', 'nil', 7);
    await stopFollowing(db, a.token, a.id);
    await stopFollowing(db, other.token, other.id);
    await purgeUnconfirmed(db, new Date('2026-05-03T00:00:00.000Z'));
    expect(await rowsOf('a@example.org')).toEqual([]);
    expect((await db.select().from(retiredTokens)).map((r) => r.email)).toEqual(['b@example.org']);
  });
});

describe('following again', () => {
  const input = { email: 'a@example.org', scope: 'project' as const, targetId: 1, consent: 'on' as const };

  it('tells a confirmed address it already follows, with its own manage link, and changes nothing', async () => {
    const a = await follow('a@example.org', 'project', 1);
    expect(await subscribe(db, { ...input, frequency: 'weekly' }, 'en', 'https://y.example')).toBe('queued');
    const [row] = await rowsOf('a@example.org');
    expect(row).toMatchObject({ frequency: 'instant', unsubscribeToken: a.token, confirmedAt: confirmed, confirmHash: null });
    const [mail] = await db.select().from(mailQueue);
    expect(mail).toMatchObject({ kind: 'already', to: 'a@example.org', subject: 'You already follow “Park One”' });
    expect(mail.text).toContain('This address already follows it, with this frequency: “At once, with every change”.');
    expect(mail.text).toContain('The request asked for “One summary a week”');
    expect(mail.text).toContain(`https://y.example/en/follow/manage?token=${a.token}`);
    expect(mail.headers?.['List-Unsubscribe']).toBe(`<https://y.example/unsubscribe?token=${a.token}&lang=en>`);
    // Asked again with the same frequency: said too, without suggesting a change.
    await subscribe(db, { ...input, frequency: 'instant' }, 'it', 'https://y.example');
    const second = (await db.select().from(mailQueue))[1];
    expect(second.subject).toBe('Segui già «Parco Uno»');
    expect(second.text).toContain('Per cambiare frequenza o smettere di seguire');
  });

  it('still sends a pending address a new confirmation, with the manage link in its footer', async () => {
    await subscribe(db, { ...input, frequency: 'weekly' }, 'it', 'https://y.example');
    const [mail] = await db.select().from(mailQueue);
    expect(mail.kind).toBe('confirm');
    const [row] = await rowsOf('a@example.org');
    expect(mail.text).toContain(`https://y.example/it/follow/manage?token=${row.unsubscribeToken}`);
  });

  it('keeps the earlier mail’s unsubscribe and manage links working when asked again before confirming', async () => {
    const confirmLink = (text: string) => decodeURIComponent(text.match(/follow\/confirm\?token=(\S+)/)![1]);
    await subscribe(db, { ...input, frequency: 'instant' }, 'it', 'https://y.example', new Date('2026-05-01T10:00:00.000Z'));
    const [before] = await rowsOf('a@example.org');
    await subscribe(db, { ...input, frequency: 'weekly' }, 'en', 'https://y.example', new Date('2026-05-02T10:00:00.000Z'));
    const [after] = await rowsOf('a@example.org');
    // The same row and token, the new frequency, a new confirmation link valid 48 h from the new request.
    expect(after).toMatchObject({ id: before.id, unsubscribeToken: before.unsubscribeToken, unsubscribeHash: before.unsubscribeHash, frequency: 'weekly', locale: 'en', confirmedAt: null, confirmExpiresAt: '2026-05-04T10:00:00.000Z' });
    const [first, second] = await db.select().from(mailQueue).orderBy(mailQueue.id);
    expect(second.text).toContain(`https://y.example/en/follow/manage?token=${before.unsubscribeToken}`);
    expect([first, second].map((m) => m.headers?.['List-Unsubscribe'])).toEqual([`<https://y.example/unsubscribe?token=${before.unsubscribeToken}&lang=it>`, `<https://y.example/unsubscribe?token=${before.unsubscribeToken}&lang=en>`]);
    expect(await addressOfToken(db, before.unsubscribeToken)).toEqual({ email: 'a@example.org', locale: 'en' });
    // The earlier mail's confirmation link confirms too (the first mail to arrive is the one
    // opened), and the latest then says "already", not "invalid".
    expect(confirmLink(first.text)).not.toBe(confirmLink(second.text));
    expect(await confirmSubscription(db, confirmLink(first.text), new Date('2026-05-02T11:00:00.000Z'))).toMatchObject({ id: before.id });
    expect(await confirmSubscription(db, confirmLink(second.text), new Date('2026-05-02T11:00:00.000Z'))).toBe('already');
    expect(await confirmSubscription(db, confirmLink(first.text), new Date('2026-05-02T11:00:00.000Z'))).toBe('already');
    // The earlier mail's one-click unsubscribe still deletes the address.
    expect(await unsubscribe(db, before.unsubscribeToken)).toBe(true);
    expect(await rowsOf('a@example.org')).toEqual([]);
  });

  it('keeps the two latest confirmation links, each until the latest expiry', async () => {
    const links = async () => (await db.select().from(mailQueue).orderBy(mailQueue.id)).map((m) => decodeURIComponent(m.text.match(/follow\/confirm\?token=(\S+)/)![1]));
    for (const hour of [10, 11, 12]) await subscribe(db, { ...input, frequency: 'instant' }, 'it', 'https://y.example', new Date(`2026-05-01T${hour}:00:00.000Z`));
    const [first, second, third] = await links();
    expect(await confirmSubscription(db, first, new Date('2026-05-01T13:00:00.000Z'))).toBeNull();
    // Past the latest link's 48 hours, neither of the two confirms.
    expect(await confirmSubscription(db, second, new Date('2026-05-03T12:00:01.000Z'))).toBeNull();
    expect(await confirmSubscription(db, third, new Date('2026-05-03T12:00:01.000Z'))).toBeNull();
    const [row] = await rowsOf('a@example.org');
    expect(await confirmSubscription(db, second, new Date('2026-05-03T11:59:00.000Z'))).toMatchObject({ id: row.id });
    expect(await confirmSubscription(db, third, new Date('2026-05-03T12:00:00.000Z'))).toBe('already');
  });
});

describe('the page’s contracts', () => {
  it('accepts the three changes and refuses anything else', () => {
    expect(manageSchema.parse({ intent: 'frequency', token: 't', subscription: '3', frequency: 'weekly' })).toEqual({ intent: 'frequency', token: 't', subscription: 3, frequency: 'weekly' });
    expect(manageSchema.parse({ intent: 'stopAll', token: 't', subscription: '', frequency: '' })).toEqual({ intent: 'stopAll', token: 't' });
    expect(manageSchema.safeParse({ intent: 'frequency', token: 't', subscription: '3', frequency: 'daily' }).error?.issues[0].message).toBe('residents.error.frequency');
    expect(manageSchema.safeParse({ intent: 'stop', token: 't', subscription: '-1' }).success).toBe(false);
    expect(manageSchema.safeParse({ intent: 'stop', token: '', subscription: '3' }).success).toBe(false);
    expect(manageSchema.safeParse({ intent: 'delete', token: 't' }).success).toBe(false);
  });

  it('carries what was done through the redirect, and the token only while the address exists', () => {
    expect(manageDonePath('en', 'a/b', { done: 'frequency', item: 3 })).toBe('/en/follow/manage?token=a%2Fb&done=frequency&item=3');
    expect(manageDonePath('it', 'tok', { done: 'all' })).toBe('/it/follow/manage?done=all');
    expect(parseManageDone(new URLSearchParams('token=x&done=stop&scope=nil&target=7'))).toEqual({ done: 'stop', scope: 'nil', target: 7 });
    expect(parseManageDone(new URLSearchParams('done=stop&scope=street&target=7'))).toBeNull();
    expect(parseManageDone(new URLSearchParams('token=x'))).toBeNull();
  });

  it('masks the address, keeping what tells its owner which one it is', () => {
    expect(maskEmail('maria.rossi@example.org')).toBe('m•••@example.org');
    expect(maskEmail('a@x.it')).toBe('a•••@x.it');
    expect(maskEmail('broken')).toBe('•••');
  });
});
