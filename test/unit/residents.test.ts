/** Pure rules of the residents' features (issue #7): reply times, backoff, events, stamps, digests. */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, byUrgency, isLate, medianReplyDays, monthReplies } from '../../src/lib/replyTimes.ts';
import { retryDelayMs } from '../../src/lib/backoff.ts';
import { publicationEvents } from '../../src/lib/publicationEvents.ts';
import { eventText } from '../../src/server/residents/messages.ts';
import { feedbackSchema, subscribeSchema } from '../../src/lib/residents.ts';
import { checkStamp, stampForm, withinRate } from '../../src/server/residents/formStamp.ts';
import { queueDigests } from '../../src/server/residents/digests.ts';
import { lastDigestSlot, lastWorkingDaySlot, weekdayName } from '../../src/lib/digestSlot.ts';
import { mailQueue, projectEvents, subscriptions } from '../../db/schema.ts';
import { memoryDb } from '../helpers/db.ts';

const DAY = 86_400_000;

describe('reply times', () => {
  it('counts working days, skipping weekends', () => {
    expect(addWorkingDays('2026-03-06T10:00:00.000Z', 1)).toBe('2026-03-09T10:00:00.000Z'); // Fri → Mon
    expect(addWorkingDays('2026-03-02T10:00:00.000Z', 5)).toBe('2026-03-09T10:00:00.000Z'); // Mon → next Mon
    expect(addWorkingDays('2026-03-07T10:00:00.000Z', 1)).toBe('2026-03-09T10:00:00.000Z'); // Sat → Mon
  });

  it('marks late only what has no reply past its target, and puts it first', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const old = { id: 1, createdAt: '2026-03-02T09:00:00Z', firstReplyAt: null };
    const fresh = { id: 2, createdAt: '2026-03-19T09:00:00Z', firstReplyAt: null };
    const lateTwo = { id: 3, createdAt: '2026-03-10T09:00:00Z', firstReplyAt: null };
    expect(isLate(old, now, 5)).toBe(true);
    expect(isLate(fresh, now, 5)).toBe(false);
    expect(isLate({ ...old, firstReplyAt: '2026-03-03T00:00:00Z' }, now, 5)).toBe(false);
    expect(byUrgency([fresh, lateTwo, old], now, 5).map((i) => i.id)).toEqual([1, 3, 2]);
  });

  it('agrees with a direct computation of the median over the last 90 days', () => {
    const now = new Date('2026-06-30T00:00:00Z');
    // Durations in days; the replies' instants decide whether they fall in the window.
    const fixtures = [
      { d: 1, replyDaysAgo: 5 }, { d: 4, replyDaysAgo: 10 }, { d: 2.5, replyDaysAgo: 30 }, { d: 10, replyDaysAgo: 89 },
      { d: 0.5, replyDaysAgo: 91 }, { d: 30, replyDaysAgo: 200 }, // outside
    ];
    const items: { createdAt: string; firstReplyAt: string | null }[] = fixtures.map((f) => {
      const reply = now.getTime() - f.replyDaysAgo * DAY;
      return { createdAt: new Date(reply - f.d * DAY).toISOString(), firstReplyAt: new Date(reply).toISOString() };
    });
    items.push({ createdAt: '2026-06-01T00:00:00Z', firstReplyAt: null }); // open: not a reply time
    // Direct: in the window 1, 4, 2.5, 10 → sorted 1, 2.5, 4, 10 → (2.5 + 4) / 2
    expect(medianReplyDays(items, now, 90)).toBe(3.3);
    expect(medianReplyDays(items.slice(0, 3), now, 90)).toBe(2.5);
    expect(medianReplyDays([], now, 90)).toBeNull();
  });
});

describe('mail backoff', () => {
  it('doubles from one minute and stops at six hours', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });
});

describe('publication events', () => {
  const update = (title: string, publishAt: string | null = null) => ({ publishedOn: '2026-05-01', publishAt, title: { it: title }, body: { it: 'testo' } });
  const milestone = (title: string, done: boolean) => ({ title: { it: title }, plannedOn: '2026-04-01', actualOn: done ? '2026-04-03' : null, done });
  it('reports a status change and newly reached milestones, nothing else (updates have their own claim)', () => {
    const before = { status: 'design' as const, updates: [update('vecchia')], milestones: [milestone('gara', true), milestone('cantiere', false)] };
    const after = { status: 'works' as const, updates: [update('vecchia'), update('nuova'), update('futura', '2099-01-01T08:00:00.000Z')], milestones: [milestone('gara', true), milestone('cantiere', true)] };
    const events = publicationEvents(before, after);
    expect(events.map((e) => e.kind)).toEqual(['status', 'milestone']);
    expect(events[1]).toMatchObject({ title: { it: 'cantiere' }, on: '2026-04-03' });
    expect(publicationEvents(after, after)).toEqual([]);
  });

  it('tells a new expected end with its reason, in the reader’s language and dates', () => {
    const before = { status: 'works' as const, milestones: [], endCurrent: '2027-03-31', reasons: {} };
    const after = { ...before, endCurrent: '2027-06-30', reasons: { end: { it: 'Ritardo nelle forniture', en: 'Late deliveries' } } };
    const events = publicationEvents(before, after);
    expect(events).toEqual([{ kind: 'end', from: '2027-03-31', to: '2027-06-30', reason: { it: 'Ritardo nelle forniture', en: 'Late deliveries' } }]);
    expect(eventText(events[0], 'en')).toBe('The works are now expected to end later: 30 June 2027 instead of 31 March 2027. Why: Late deliveries');
    expect(eventText(events[0], 'it')).toBe('La fine dei lavori è prevista più tardi: dal 31 marzo 2027 al 30 giugno 2027. Perché: Ritardo nelle forniture');
    // The first publication sets the end: nothing moved.
    expect(publicationEvents(null, after).map((e) => e.kind)).toEqual(['status']);
  });
});

describe('form schemas', () => {
  it('refuses a subscription without consent or with a bad address', () => {
    const ok = { email: ' Ada@Example.org ', scope: 'project', targetId: '3', frequency: 'weekly', consent: 'on' };
    expect(subscribeSchema.parse(ok).email).toBe('ada@example.org');
    expect(subscribeSchema.safeParse({ ...ok, consent: '' }).error?.issues[0].message).toBe('residents.error.consent');
    expect(subscribeSchema.safeParse({ ...ok, email: 'nope' }).error?.issues[0].message).toBe('residents.error.email');
  });
  it('keeps feedback e-mail optional', () => {
    expect(feedbackSchema.parse({ projectId: '1', kind: 'noise', body: 'Rumore alle sei di mattina', email: '' }).email).toBeNull();
    expect(feedbackSchema.safeParse({ projectId: '1', kind: 'spam', body: 'x', email: '' }).success).toBe(false);
  });
});

describe('abuse defence', () => {
  it('refuses a form sent too fast, a forged stamp and an old one', () => {
    const t0 = new Date('2026-05-01T10:00:00Z');
    const stamp = stampForm('s', t0);
    expect(checkStamp('s', stamp, new Date(t0.getTime() + 1000))).toBe('tooFast');
    expect(checkStamp('s', stamp, new Date(t0.getTime() + 5000))).toBe('ok');
    expect(checkStamp('other', stamp, new Date(t0.getTime() + 5000))).toBe('invalid');
    expect(checkStamp('s', `${t0.getTime() - 10_000}.${stamp.split('.')[1]}`, new Date(t0.getTime() + 5000))).toBe('invalid');
    expect(checkStamp('s', stamp, new Date(t0.getTime() + 2 * DAY))).toBe('invalid');
  });
  it('allows `limit` hits per window and key', async () => {
    const db = await memoryDb();
    const now = new Date('2026-05-01T10:00:00Z');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await withinRate(db, 'k', 3, 3_600_000, now));
    expect(results).toEqual([true, true, true, false]);
    expect(await withinRate(db, 'other', 3, 3_600_000, now)).toBe(true);
    expect(await withinRate(db, 'k', 3, 3_600_000, new Date(now.getTime() + 3_600_001))).toBe(true);
  });
});

describe('weekly digest', () => {
  it('goes out at the weekly moment, Milan time', () => {
    // Wednesday 2 December 2026: the latest Monday 8:00 in Milan is 30 November, 7:00 UTC.
    expect(lastDigestSlot(new Date('2026-12-02T12:00:00Z'), 1, 8).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    // Monday 30 November at 7:59 Milan time: still the week before.
    expect(lastDigestSlot(new Date('2026-11-30T06:59:00Z'), 1, 8).toISOString()).toBe('2026-11-23T07:00:00.000Z');
    // Staff's daily reminder: working days only, Milan's holidays skipped, summer time followed.
    expect(lastWorkingDaySlot(new Date('2026-12-02T12:00:00Z'), 8).toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(lastWorkingDaySlot(new Date('2026-12-02T06:59:00Z'), 8).toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(lastWorkingDaySlot(new Date('2026-12-07T12:00:00Z'), 8).toISOString()).toBe('2026-12-04T07:00:00.000Z');
    expect(lastWorkingDaySlot(new Date('2026-11-29T12:00:00Z'), 8).toISOString()).toBe('2026-11-27T07:00:00.000Z');
    expect(lastWorkingDaySlot(new Date('2026-07-15T06:30:00Z'), 8).toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(lastDigestSlot(new Date('2026-11-30T07:00:00Z'), 1, 8).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    // Summer time: Friday 18:00 in Milan is 16:00 UTC.
    expect(lastDigestSlot(new Date('2026-07-05T00:00:00Z'), 5, 18).toISOString()).toBe('2026-07-03T16:00:00.000Z');
    // Sunday is 7, and 00:30 UTC on Monday is already Monday in Milan.
    expect(lastDigestSlot(new Date('2026-12-07T00:30:00Z'), 7, 23).toISOString()).toBe('2026-12-06T22:00:00.000Z');
    expect(weekdayName(1, 'it-IT')).toBe('lunedì');
    expect(weekdayName(7, 'en-GB')).toBe('Sunday');
  });

  it('sends one message a week with what was published, and none for an empty week', async () => {
    const db = await memoryDb();
    await db.$client.execute("insert into municipi (id, name) values (4, 'Municipio 4')");
    await db.$client.execute("insert into projects (id, slug, category, status, lat, lon, municipio_id, publication) values (1, 'p-uno', 'green', 'works', 45.45, 9.2, 4, 'published')");
    await db.$client.execute("insert into project_translations (project_id, locale, title) values (1, 'it', 'Parco Uno'), (1, 'en', 'Park One')");
    const slot = (at: Date) => lastDigestSlot(at, 1, 8);
    const now = new Date('2026-05-20T08:00:00Z'); // a Wednesday
    await db.insert(subscriptions).values({ email: 'w@example.org', locale: 'en', scope: 'municipio', targetId: 4, frequency: 'weekly', baseUrl: 'https://x.example', confirmedAt: '2026-05-10T00:00:00.000Z', unsubscribeHash: 'h', unsubscribeToken: 'tok' });
    await db.insert(projectEvents).values({ projectId: 1, kind: 'status', detail: { kind: 'status', from: 'design', to: 'works' }, at: '2026-05-15T00:00:00.000Z' });
    expect(await queueDigests(db, now, slot(now))).toBe(1);
    const [mail] = await db.select().from(mailQueue);
    expect(mail.subject).toBe('Periferie Milano: this week’s news');
    expect(mail.text).toContain('Park One');
    expect(mail.text).toContain('https://x.example/en/projects/p-uno');
    expect(mail.headers?.['List-Unsubscribe']).toBe('<https://x.example/unsubscribe?token=tok&lang=en>');
    await db.insert(projectEvents).values({ projectId: 1, kind: 'status', detail: { kind: 'status', from: 'works', to: 'completed' }, at: '2026-05-21T00:00:00.000Z' });
    const friday = new Date('2026-05-22T08:00:00Z');
    expect(await queueDigests(db, friday, slot(friday))).toBe(0); // the next Monday has not come yet
    const monday = new Date('2026-05-25T07:00:00Z');
    expect(await queueDigests(db, monday, slot(monday))).toBe(1);
    const second = (await db.select().from(mailQueue))[1].text;
    expect(second).toContain('Works completed');
    expect(second).not.toContain('Works in progress'); // only the news since the last digest
    const later = new Date('2026-06-01T07:30:00Z');
    expect(await queueDigests(db, later, slot(later))).toBe(0); // a week with nothing new
    expect(await queueDigests(db, later)).toBe(0); // "send now" has nothing new either
    expect((await db.select().from(mailQueue)).length).toBe(2);
  });
});

describe('a month of replies', () => {
  const month = { first: '2026-12-01', last: '2026-12-31', asOf: '2026-12-31', targetDays: 5 };
  it('counts what arrived and what was answered in the month, on time by working days', () => {
    const r = monthReplies([
      { createdAt: '2026-11-30T09:00:00.000Z', firstReplyAt: '2026-12-01T09:00:00.000Z' }, // received before, answered in
      { createdAt: '2026-12-03T09:00:00.000Z', firstReplyAt: '2026-12-14T08:00:00.000Z' }, // 7 and 8 December are holidays: on time
      { createdAt: '2026-12-03T09:00:00.000Z', firstReplyAt: '2026-12-14T10:00:00.000Z' }, // an hour past the target
      { createdAt: '2026-12-28T09:00:00.000Z', firstReplyAt: null }, // waiting, not yet late on the 31st
      { createdAt: '2026-12-10T09:00:00.000Z', firstReplyAt: '2027-01-20T09:00:00.000Z' }, // answered after the month: late then
    ], month);
    expect(r).toEqual({ received: 4, replied: 3, onTime: 2, medianDays: 11, waitingLate: 1 });
  });
});
