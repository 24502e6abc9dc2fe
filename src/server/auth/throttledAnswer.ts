/**
 * The answer of a throttled sign-in step, password or code (issue #4, point 2; issue #10), or of
 * too many password-reset requests:
 * 429 with Retry-After, and a message that says in minutes when to try again. One place, so
 * both steps refuse alike.
 */
import type { useTranslations } from '../../i18n/useTranslations.ts';

/** @example message = throttledAnswer(Astro.response, Astro.locals.retryAfter, t) */
export function throttledAnswer(
  response: { status?: number; headers: Headers },
  retryAfter: number | undefined,
  t: ReturnType<typeof useTranslations>,
  key: 'staff.signIn.throttled' | 'staff.reset.throttled' = 'staff.signIn.throttled',
): string {
  // The action sets locals.retryAfter; 900 s is the throttle window if it could not.
  const seconds = retryAfter ?? 900;
  response.status = 429;
  response.headers.set('Retry-After', String(seconds));
  return t(key, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}
