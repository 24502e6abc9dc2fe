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
