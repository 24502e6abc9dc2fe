/**
 * The first line of every staff page: anonymous visitors go to sign in, signed-in people without
 * the page's permission get a 403. Pages still pass the user to src/server, which checks again
 * where data is touched (STYLE.md habit 5).
 */
import type { AstroGlobal } from 'astro';
import { can, type Operation } from '../lib/permissions.ts';
import { readSessionCookie } from './auth/cookie.ts';
import type { SessionUser } from './auth/sessions.ts';

export function staffGuard(astro: AstroGlobal, operation: Operation = 'staff.access'): { user: SessionUser; response?: undefined } | { user?: undefined; response: Response | Promise<Response> } {
  const user = astro.locals.user;
  const pending = astro.locals.pending;
  // Half signed-in people are sent to the one step left; nothing else is open to them.
  if (!user && pending) return { response: astro.redirect(pendingPage(pending.stage, astro.url.pathname + astro.url.search), 303) };
  if (!user) {
    // A session cookie that no longer signs in: the session ended (idle, or signed out elsewhere).
    // The sign-in page says so, and that a form just sent was not saved.
    const ended = readSessionCookie(astro.cookies, astro.url) !== undefined ? `&ended=${astro.request.method === 'POST' ? 'unsaved' : '1'}` : '';
    return { response: astro.redirect(`/staff/sign-in/?next=${encodeURIComponent(astro.url.pathname + astro.url.search)}${ended}`, 303) };
  }
  if (!can(user, operation)) return { response: astro.rewrite('/staff/forbidden/') };
  return { user };
}

/** The page of the step a pending session still has to take, keeping where the person was going. */
export function pendingPage(stage: string, next: string): string {
  return `${stage === 'enrol' ? '/staff/security/' : '/staff/sign-in/code/'}?next=${encodeURIComponent(safeNext(next))}`;
}

/** Only same-site paths under /staff/ are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && /^\/staff\/[\w\-/.?=&%]*$/.test(next) && !next.startsWith('//') ? next : '/staff/';
}
