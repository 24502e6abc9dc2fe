/**
 * When the weekly digests go out (issue #7, point 1): one fixed moment a week in Milan, e.g.
 * Monday at 8:00, so residents get them at a predictable time and staff know when to expect
 * them. A subscriber is due when their last digest (or their confirmation) is older than the
 * latest such moment.
 */
import { addDays, isWorkingDay } from './holidays.ts';
import { isoToRomeLocal, romeLocalToIso } from './romeTime.ts';

/**
 * The latest digest moment at or before `now`: `weekday` 1 (Monday) … 7 (Sunday) at `hour`:00,
 * Europe/Rome wall-clock time.
 * @example lastDigestSlot(new Date('2026-12-02T12:00:00Z'), 1, 8) // 2026-11-30T07:00:00.000Z (Monday 8:00 in Milan)
 */
export function lastDigestSlot(now: Date, weekday: number, hour: number): Date {
  const today = isoToRomeLocal(now.toISOString()).slice(0, 10);
  const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const day = addDays(today, -((todayWeekday - weekday + 7) % 7));
  const slot = new Date(romeLocalToIso(`${day}T${String(hour).padStart(2, '0')}:00`));
  return slot.getTime() <= now.getTime() ? slot : new Date(romeLocalToIso(`${addDays(day, -7)}T${String(hour).padStart(2, '0')}:00`));
}

/**
 * The latest working day's `hour`:00 in Milan at or before `now` (weekends and Milan's holidays
 * skipped): when staff get the day's reminder of residents waiting for an answer.
 * @example lastWorkingDaySlot(new Date('2026-12-07T12:00:00Z'), 8) // 2026-12-04T07:00:00.000Z (Sant'Ambrogio is a holiday, so Friday)
 */
export function lastWorkingDaySlot(now: Date, hour: number): Date {
  const at = (day: string) => new Date(romeLocalToIso(`${day}T${String(hour).padStart(2, '0')}:00`));
  let day = isoToRomeLocal(now.toISOString()).slice(0, 10);
  while (!isWorkingDay(day) || at(day).getTime() > now.getTime()) day = addDays(day, -1);
  return at(day);
}

/** The weekday's name (1 = Monday). @example weekdayName(1, 'it-IT') // 'lunedì' */
export function weekdayName(weekday: number, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday))); // 1 January 2024 was a Monday
}
