/**
 * Per-request setup only: the locale from the path, and the headers every response carries.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';
import { logRequest, requestId } from './server/requestLog.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const first = context.url.pathname.split('/')[1];
  context.locals.locale = isLocale(first) ? first : defaultLocale;
  const started = performance.now();
  const id = requestId(context.request.headers);
  const response = await next();
  const headers = response.headers;
  headers.set('X-Request-Id', id);
  logRequest({
    t: new Date().toISOString(),
    id,
    method: context.request.method,
    path: context.url.pathname,
    status: response.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  if (context.url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  return response;
});
