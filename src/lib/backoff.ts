/**
 * When a failed e-mail is tried again (issue #7, point 2): one minute after the first failure,
 * doubling each time, never more than six hours apart, so an SMTP outage of a day costs a few
 * dozen attempts and the queue catches up within minutes of the server coming back.
 * @example retryDelayMs(1) // 60_000
 * @example retryDelayMs(3) // 240_000
 */
export function retryDelayMs(attempts: number, baseMs = 60_000, maxMs = 6 * 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** After this many failures a message is marked failed and waits for an admin to requeue it. */
export const MAX_MAIL_ATTEMPTS = 12;
