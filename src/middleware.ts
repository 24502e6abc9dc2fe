/**
 * Per-request setup only: the locale from the path, and the headers every response carries.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const first = context.url.pathname.split('/')[1];
  context.locals.locale = isLocale(first) ? first : defaultLocale;
  const response = await next();
  const headers = response.headers;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  if (context.url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  return response;
});
