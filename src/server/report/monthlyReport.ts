/**
 * The Direzione's monthly report (issue #8): what changed in the month, the new delays with
 * their reasons, overdue milestones, stale records, and how residents' reports were answered. Activity is the month's; the state lists
 * are as of the month's last day, or today for the current month. The data keeps no history
 * of checks, so for a past month "stale" means not checked between then and 60 days before
 * as the record stands today. `today` is a parameter so that tests can pin it.
 */
import type { Db } from '../../../db/client.ts';
import { daysBetween, todayIso } from '../../lib/dates.ts';
import { addDays, monthRange, type MonthRange } from '../../lib/month.ts';
import { monthReplies } from '../../lib/replyTimes.ts';
import { changesBetween, overdueMilestones, repliesUntil, staleRecords, updatesBetween } from './reportQueries.ts';

/** A record not checked for longer than this is listed as stale. */
export const STALE_AFTER_DAYS = 60;

export interface ReportOptions {
  /** ISO date standing for today; defaults to the real one. */
  today?: string;
  /** Working days to a first reply to residents (FEEDBACK_TARGET_DAYS). */
  targetDays?: number;
}

/** The month before or after, as `YYYY-MM`. @example shiftMonth('2026-01', -1) // '2025-12' */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** Null when the month is not a valid `YYYY-MM` or has not started yet. */
export async function monthlyReport(db: Db, month: string, locale: string, { today = todayIso(), targetDays = 5 }: ReportOptions = {}) {
  const range: MonthRange | null = monthRange(month);
  if (!range || range.first > today) return null;
  const asOf = range.last < today ? range.last : today;
  const [changes, updates, overdue, stale, feedback] = await Promise.all([
    changesBetween(db, locale, range.first, range.last),
    updatesBetween(db, locale, range.first, range.last),
    overdueMilestones(db, locale, asOf),
    staleRecords(db, locale, asOf, addDays(asOf, -STALE_AFTER_DAYS)),
    repliesUntil(db, range.last),
  ]);
  const delays = changes
    .filter((c) => c.field === 'end' && c.from !== null && c.to > c.from)
    .map((c) => ({ ...c, days: daysBetween(c.from!, c.to) }));
  const next = shiftMonth(range.month, 1);
  return {
    range,
    asOf,
    changes,
    updates,
    delays,
    overdue: overdue.map((m) => ({ ...m, daysOverdue: daysBetween(m.plannedOn, asOf) })),
    stale: stale.map((s) => ({ ...s, daysSince: s.lastVerifiedOn === null ? null : daysBetween(s.lastVerifiedOn, asOf) })),
    replies: { ...monthReplies(feedback, { first: range.first, last: range.last, asOf, targetDays }), targetDays },
    previous: shiftMonth(range.month, -1),
    next: `${next}-01` <= today ? next : null,
  };
}

export type MonthlyReport = NonNullable<Awaited<ReturnType<typeof monthlyReport>>>;
