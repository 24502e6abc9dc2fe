/**
 * Answering residents on time (issue #7, point 4). Pure: the staff queue's deadlines and the
 * public figure "median days to first reply over the last 90 days" are computed here from
 * plain rows, so tests check them against a direct computation.
 */
import { addDays, isWorkingDay } from './holidays.ts';
import { median } from './median.ts';
import { isoToRomeLocal, romeLocalToIso } from './romeTime.ts';

const DAY = 86_400_000;

/**
 * The instant `days` working days after `from`: the same Milan wall-clock time on the `days`-th
 * working day (Monday to Friday, not a public holiday, src/lib/holidays.ts) after the day the
 * item arrived in Milan. Counting in Europe/Rome keeps a message received at 00:30 on a Tuesday
 * a Tuesday one, and keeps the time across the change to and from summer time.
 * @example addWorkingDays('2026-12-03T09:00:00Z', 5) // '2026-12-14T09:00:00.000Z' (7–8 December are holidays)
 */
export function addWorkingDays(from: string, days: number): string {
  const local = isoToRomeLocal(from); // YYYY-MM-DDTHH:MM
  const extra = Date.parse(from) - Date.parse(romeLocalToIso(local)); // seconds and milliseconds
  let day = local.slice(0, 10);
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return new Date(Date.parse(romeLocalToIso(`${day}${local.slice(10)}`)) + extra).toISOString();
}

export interface ReplyItem {
  createdAt: string;
  firstReplyAt: string | null;
}

/** Waiting for a first reply past its target. */
export function isLate(item: ReplyItem, now: Date, targetDays: number): boolean {
  return item.firstReplyAt === null && Date.parse(addWorkingDays(item.createdAt, targetDays)) < now.getTime();
}

/** Open items, late ones first, then the oldest first (the staff queue's order). */
export function byUrgency<T extends ReplyItem>(items: readonly T[], now: Date, targetDays: number): T[] {
  return [...items].sort((a, b) => Number(isLate(b, now, targetDays)) - Number(isLate(a, now, targetDays)) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Median calendar days from receipt to first reply, over the first replies given in the
 * `windowDays` before `now`, rounded to one decimal; null when there were none.
 * @example medianReplyDays([{ createdAt: '2026-03-01T00:00:00Z', firstReplyAt: '2026-03-03T12:00:00Z' }], new Date('2026-03-10T00:00:00Z')) // 2.5
 */
export function medianReplyDays(items: readonly ReplyItem[], now: Date, windowDays = 90): number | null {
  const since = now.getTime() - windowDays * DAY;
  const days = items
    .filter((i) => i.firstReplyAt !== null && Date.parse(i.firstReplyAt) > since && Date.parse(i.firstReplyAt) <= now.getTime())
    .map((i) => (Date.parse(i.firstReplyAt!) - Date.parse(i.createdAt)) / DAY);
  const m = median(days);
  return m === null ? null : Math.round(m * 10) / 10;
}

export interface MonthReplies {
  /** Reports received in the month. */
  received: number;
  /** First replies given in the month. */
  replied: number;
  /** Of those, given within the target (working days). */
  onTime: number;
  /** Median calendar days to those first replies, one decimal; null with none. */
  medianDays: number | null;
  /** Reports still without a reply at the end of `asOf`, past their target. */
  waitingLate: number;
}

/**
 * The monthly report's reply figures. `first` and `last` are the month's ISO dates, `asOf` the
 * day the state is taken (the month's last day, or today); rejected reports are left out by the
 * caller, since they get no reply.
 * @example monthReplies([{ createdAt: '2026-11-02T09:00:00Z', firstReplyAt: '2026-11-03T09:00:00Z' }], { first: '2026-11-01', last: '2026-11-30', asOf: '2026-11-30', targetDays: 5 }).onTime // 1
 */
export function monthReplies(
  items: readonly ReplyItem[],
  { first, last, asOf, targetDays }: { first: string; last: string; asOf: string; targetDays: number },
): MonthReplies {
  const end = new Date(Date.parse(`${last}T00:00:00Z`) + DAY).toISOString();
  const state = new Date(Date.parse(`${asOf}T00:00:00Z`) + DAY);
  // As things stood at the end of `asOf`: a reply given later did not exist yet.
  const thenItem = (i: ReplyItem): ReplyItem => ({ ...i, firstReplyAt: i.firstReplyAt !== null && Date.parse(i.firstReplyAt) < state.getTime() ? i.firstReplyAt : null });
  const inMonth = (iso: string | null) => iso !== null && iso >= first && iso < end;
  const replied = items.filter((i) => inMonth(i.firstReplyAt));
  const days = replied.map((i) => (Date.parse(i.firstReplyAt!) - Date.parse(i.createdAt)) / DAY);
  const m = median(days);
  return {
    received: items.filter((i) => inMonth(i.createdAt)).length,
    replied: replied.length,
    onTime: replied.filter((i) => i.firstReplyAt! <= addWorkingDays(i.createdAt, targetDays)).length,
    medianDays: m === null ? null : Math.round(m * 10) / 10,
    waitingLate: items.filter((i) => Date.parse(i.createdAt) < state.getTime() && isLate(thenItem(i), state, targetDays)).length,
  };
}
