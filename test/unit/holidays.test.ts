/** Milan's working days (issue #7, point 4): Easter for known years, the holiday list, and the reply target across bridges. */
import { describe, expect, it } from 'vitest';
import { easterSunday, isWorkingDay, milanHolidays } from '../../src/lib/holidays.ts';
import { addWorkingDays, byUrgency, isLate } from '../../src/lib/replyTimes.ts';

describe('holidays', () => {
  it('computes Easter Sunday for known years', () => {
    // Published dates (e.g. the Italian Episcopal Conference calendars).
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25'); // the latest possible date
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest possible date
  });

  it('lists the Italian public holidays, Easter Monday and Sant’Ambrogio', () => {
    expect(milanHolidays(2026)).toEqual(['2026-01-01', '2026-01-06', '2026-04-06', '2026-04-25', '2026-05-01', '2026-06-02', '2026-08-15', '2026-11-01', '2026-12-07', '2026-12-08', '2026-12-25', '2026-12-26']);
    expect(milanHolidays(2025)).toContain('2025-04-21');
    expect(milanHolidays(2027)).toContain('2027-03-29');
  });

  it('tells working days from weekends and holidays', () => {
    expect(isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-07')).toBe(false); // Monday, Sant'Ambrogio
    expect(isWorkingDay('2026-12-08')).toBe(false); // Tuesday, Immacolata
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-06-02')).toBe(false); // Tuesday, Festa della Repubblica
  });
});

describe('reply target over holidays', () => {
  it('skips the Sant’Ambrogio–Immacolata bridge', () => {
    // Thursday 3 December 2026, 10:00 in Milan: Fri 4, Wed 9, Thu 10, Fri 11, Mon 14.
    expect(addWorkingDays('2026-12-03T09:00:00.000Z', 5)).toBe('2026-12-14T09:00:00.000Z');
  });

  it('skips Easter Monday and Liberation Day, Christmas to Epiphany', () => {
    // Thursday 2 April 2026: Fri 3, (Easter Monday 6), Tue 7, Wed 8, Thu 9, Fri 10.
    expect(addWorkingDays('2026-04-02T08:00:00.000Z', 5)).toBe('2026-04-10T08:00:00.000Z');
    // Wednesday 23 December 2026: Thu 24, Mon 28, Tue 29, Wed 30, Thu 31.
    expect(addWorkingDays('2026-12-23T10:00:00.000Z', 5)).toBe('2026-12-31T10:00:00.000Z');
    // Monday 4 January 2027: Tue 5, (Epiphany Wed 6), Thu 7, Fri 8, Mon 11, Tue 12.
    expect(addWorkingDays('2027-01-04T10:00:00.000Z', 5)).toBe('2027-01-12T10:00:00.000Z');
  });

  it('counts the day in Milan and keeps the wall-clock time over the summer-time change', () => {
    // 23:30 UTC on Friday 27 March 2026 is 00:30 on Saturday in Milan: the count starts from Saturday.
    // Mon 30, Tue 31 March, Wed 1, Thu 2, Fri 3 April, at 00:30 summer time (22:30 UTC).
    expect(addWorkingDays('2026-03-27T23:30:00.000Z', 5)).toBe('2026-04-02T22:30:00.000Z');
    expect(addWorkingDays('2026-03-06T10:00:12.345Z', 1)).toBe('2026-03-09T10:00:12.345Z');
  });

  it('is not late during a holiday bridge, and late the working day after', () => {
    const item = { createdAt: '2026-12-03T09:00:00.000Z', firstReplyAt: null };
    // Weekdays alone would have made it late from Thursday 10 December.
    expect(isLate(item, new Date('2026-12-11T12:00:00Z'), 5)).toBe(false);
    expect(isLate(item, new Date('2026-12-14T09:00:01Z'), 5)).toBe(true);
    const older = { createdAt: '2026-11-30T09:00:00.000Z', firstReplyAt: null }; // Tue 1 … Fri 4, then Wed 9
    expect(addWorkingDays(older.createdAt, 5)).toBe('2026-12-09T09:00:00.000Z');
    expect(byUrgency([item, older], new Date('2026-12-11T12:00:00Z'), 5)).toEqual([older, item]);
  });
});
