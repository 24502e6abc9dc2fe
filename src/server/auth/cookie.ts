/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure with the `__Host-` prefix whenever the
 * site is served over https or, in production, on any non-loopback host (a TLS-terminating proxy
 * may forward plain http). Plain http on loopback (tests, local runs) cannot keep a Secure cookie.
 */
import type { AstroCookies } from 'astro';
import { isLoopbackHost } from '../../lib/isLoopbackHost.ts';
import { ABSOLUTE_MS } from './sessions.ts';

const NAME = 'pm_session';
const IN_HEADER = new RegExp(`(?:^|;)\\s*(?:__Host-)?${NAME}=`);

export function cookieSecure(url: URL): boolean {
  return url.protocol === 'https:' || (import.meta.env.PROD && !isLoopbackHost(url.hostname));
}

export function sessionCookieName(url: URL): string {
  return cookieSecure(url) ? `__Host-${NAME}` : NAME;
}

/** Either name in a raw Cookie header: for the page cache's fast path, before any URL is known. */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean {
  return IN_HEADER.test(cookieHeader ?? '');
}

export function readSessionCookie(cookies: AstroCookies, url: URL): string | undefined {
  return cookies.get(sessionCookieName(url))?.value;
}

export function setSessionCookie(cookies: AstroCookies, url: URL, token: string): void {
  cookies.set(sessionCookieName(url), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(url),
    path: '/', // required by the __Host- prefix, with no Domain
    maxAge: ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(cookies: AstroCookies, url: URL): void {
  cookies.delete(sessionCookieName(url), { path: '/', secure: cookieSecure(url), httpOnly: true, sameSite: 'lax' });
}
