/**
 * Per-request setup only: the locale from the path, the signed-in user from the session cookie,
 * the staff language, and the headers every response carries (issue #4, point 11).
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';
import { readSessionCookie } from './server/auth/cookie.ts';
import { sessionUser } from './server/auth/sessions.ts';
import { getDb } from './server/db.ts';
import { staffLocale } from './server/staffLocale.ts';

// Endpoints (JSON, photos, redirects) get Astro no CSP of their own; pages get Astro's hashes.
const ENDPOINT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const onRequest = defineMiddleware(async (context, next) => {
  const first = context.url.pathname.split('/')[1];
  context.locals.locale = isLocale(first) ? first : defaultLocale;
  context.locals.staffLocale = staffLocale(context.cookies, context.request.headers.get('accept-language'));
  // Only requests that carry a session cookie touch the sessions table; the public site never does.
  const token = readSessionCookie(context.cookies, context.url);
  context.locals.user = token ? await sessionUser(await getDb(), token) : null;

  const response = await next();
  const headers = response.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', ENDPOINT_CSP);
  if (context.url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // Staff pages and anything answering a signed-in person are never stored by a cache.
  if (first === 'staff' || (context.locals.user && first !== 'media') || context.request.method !== 'GET') {
    headers.set('Cache-Control', 'no-store, private');
    headers.append('Vary', 'Cookie');
  }
  return response;
});
