/**
 * Answering residents on time (issue #7, point 4). Pure: the staff queue's deadlines and the
 * public figure "median days to first reply over the last 90 days" are computed here from
 * plain rows, so tests check them against a direct computation.
 */
import { median } from './median.ts';

const DAY = 86_400_000;

/**
 * The instant `days` working days (Monday to Friday, in UTC) after `from`. Public holidays are
 * not counted out: the City's calendar is not in the data yet, so the deadline errs early.
 * @example addWorkingDays('2026-03-06T10:00:00Z', 1) // '2026-03-09T10:00:00.000Z' (Friday → Monday)
 */
export function addWorkingDays(from: string, days: number): string {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setTime(d.getTime() + DAY);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString();
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
