/**
 * Working days in Milan (issue #7, point 4): Monday to Friday except the Italian public holidays
 * (L. 260/1949 and later amendments) and Milan's patron day, Sant'Ambrogio (7 December), when the
 * City's offices are closed. Dates are Europe/Rome calendar days, `YYYY-MM-DD`.
 */

/**
 * Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).
 * @example easterSunday(2026) // '2026-04-05'
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day after (or `n` days after) a calendar day. @example addDays('2026-12-31', 1) // '2027-01-01' */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Fixed-date holidays, `MM-DD`: New Year, Epiphany, Liberation, Labour, Republic, Assumption, All Saints, Sant'Ambrogio (Milan), Immaculate Conception, Christmas, St Stephen. */
export const FIXED_HOLIDAYS = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-07', '12-08', '12-25', '12-26'] as const;

/**
 * Every public holiday of `year` in Milan, sorted: the fixed ones and Easter Monday.
 * @example milanHolidays(2026).includes('2026-04-06') // true (Easter Monday)
 */
export function milanHolidays(year: number): string[] {
  return [...FIXED_HOLIDAYS.map((md) => `${year}-${md}`), addDays(easterSunday(year), 1)].sort();
}

const cache = new Map<number, Set<string>>();

/** @example isHoliday('2026-12-07') // true (Sant'Ambrogio) */
export function isHoliday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  let set = cache.get(year);
  if (!set) cache.set(year, (set = new Set(milanHolidays(year))));
  return set.has(iso);
}

/** Monday to Friday and not a holiday. @example isWorkingDay('2026-12-09') // true */
export function isWorkingDay(iso: string): boolean {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6 && !isHoliday(iso);
}
