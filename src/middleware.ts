/**
 * Per-request setup only: the locale from the path, the signed-in user from the session cookie,
 * the staff language, cross-site and malformed writes refused, a request id and log line, and
 * the headers every response carries (issue #4, point 11; issue #10, points 2 and 6).
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';
import { readSessionCookie } from './server/auth/cookie.ts';
import { sessionUser } from './server/auth/sessions.ts';
import { getDb } from './server/db.ts';
import { staffLocale } from './server/staffLocale.ts';
import { applySecurityHeaders } from './server/securityHeaders.ts';
import { logRequest, requestId } from './server/requestLog.ts';
import { crossSiteWrite } from './server/crossOrigin.ts';
import { malformedJson } from './server/malformedJson.ts';
import { apiMethodNotAllowed } from './server/api/problem.ts';
import { BUSY_RETRY_SECONDS, isBusy } from './server/dbBusy.ts';
import { servePublic } from './server/cache/servePublic.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const started = performance.now();
  const first = context.url.pathname.split('/')[1];
  // A page rewritten to /404 (a project, NIL or Municipio that is not there) keeps the language
  // of the address the reader asked for.
  const asked = context.originPathname.split('/')[1];
  context.locals.locale = isLocale(asked) ? asked : isLocale(first) ? first : defaultLocale;
  // Prerendered pages run this at build time, with no request to read: only the locale applies.
  if (context.isPrerendered) return next();
  const id = requestId(context.request.headers);
  context.locals.staffLocale = staffLocale(context.cookies, context.request.headers.get('accept-language'));
  // Only requests that carry a session cookie touch the sessions table; the public site never does.
  const token = readSessionCookie(context.cookies, context.url);
  const session = token ? await sessionUser(await getDb(), token) : null;
  // Only a full session signs in; a pending one (password given, second factor not yet) reaches
  // the second-factor pages alone, through locals.pending (issue #10, point 1).
  context.locals.user = session?.stage === 'full' ? session : null;
  context.locals.pending = session && session.stage !== 'full' ? session : null;

  const response = apiMethodNotAllowed(context.request, context.url) ?? (crossSiteWrite(context.request, context.url)
    ? new Response('Cross-site write refused', { status: 403, headers: { 'Content-Type': 'text/plain' } })
    : (await malformedJson(context.request, context.url))
      ? Response.json({ error: 'malformed JSON body' }, { status: 400 })
      : // Issue #9: anonymous public GETs go through the page cache (the API's, behind its rate
        // limit, in apiRoute.ts); a session cookie bypasses it.
        await (first === 'api' ? next() : servePublic(context, next).then((served) => served.response)).catch((error) => {
          if (!isBusy(error)) throw error;
          return new Response('The database is busy, try again in a few seconds.', { status: 503, headers: { 'Content-Type': 'text/plain' } });
        }));
  // Pages and Actions that met a busy database say when to come back (issue #10, point 3).
  if (response.status === 503 && !response.headers.has('Retry-After')) response.headers.set('Retry-After', String(BUSY_RETRY_SECONDS));
  applySecurityHeaders(response.headers, context.url, {
    private: first === 'staff' || ((token !== undefined || context.locals.user !== null) && first !== 'media') || (context.request.method !== 'GET' && context.request.method !== 'HEAD'),
  });
  response.headers.set('X-Request-Id', id);
  logRequest({
    t: new Date().toISOString(),
    id,
    method: context.request.method,
    path: context.url.pathname,
    status: response.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
  return response;
});
