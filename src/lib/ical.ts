/**
 * iCalendar (RFC 5545), pure: text escaping (§3.3.11), line folding at 75 octets without
 * splitting a UTF-8 character (§3.1), CRLF line ends, all-day events as DTSTART;VALUE=DATE.
 */

/** @example escapeIcalText('a, b; c\\d\ne') // 'a\\, b\\; c\\\\d\\ne' */
export function escapeIcalText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets; continuations start with a space. */
export function foldIcalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** @example icalDate('2026-12-05') // '20261205' */
export const icalDate = (iso: string) => iso.slice(0, 10).replace(/-/g, '');

/** @example icalInstant('2026-11-29T10:00:00.000Z') // '20261129T100000Z' */
export const icalInstant = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const nextDay = (iso: string) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface IcalEvent {
  uid: string;
  /** When this event's data last changed (ISO instant). */
  stamp: string;
  /** The day, YYYY-MM-DD: an all-day event. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

/** A whole VCALENDAR; `name` is shown by calendar apps (RFC 7986 NAME and the common X-WR-CALNAME). */
export function icalCalendar({ name, lang, events }: { name: string; lang: string; events: IcalEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Comune di Milano//Periferie Milano//IT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME;LANGUAGE=${lang}:${escapeIcalText(name)}`,
    `X-WR-CALNAME:${escapeIcalText(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icalInstant(e.stamp)}`,
      `DTSTART;VALUE=DATE:${icalDate(e.date)}`,
      `DTEND;VALUE=DATE:${icalDate(nextDay(e.date))}`,
      `SUMMARY;LANGUAGE=${lang}:${escapeIcalText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION;LANGUAGE=${lang}:${escapeIcalText(e.description)}`] : []),
      ...(e.url ? [`URL;VALUE=URI:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcalLine).join('\r\n') + '\r\n';
}
