/** Scheduled times are typed and shown as Milan wall-clock time, stored as UTC instants. */

/** @example romeLocalToIso('2026-12-01T09:00') // '2026-12-01T08:00:00.000Z' */
export function romeLocalToIso(local: string): string {
  const guess = Date.parse(`${local}:00Z`);
  if (Number.isNaN(guess)) return local;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(new Date(guess))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const asRome = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
  return new Date(guess - (asRome - guess)).toISOString();
}

/** The inverse, for the `datetime-local` input. @example isoToRomeLocal('2026-12-01T08:00:00.000Z') // '2026-12-01T09:00' */
export function isoToRomeLocal(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
