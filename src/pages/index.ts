import type { APIRoute } from 'astro';
import { pickLocale } from '../lib/acceptLanguage.ts';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';

/** `/` sends each reader to the home page in their browser's language (issue #5). */
export const GET: APIRoute = ({ request, redirect }) => {
  const locale = pickLocale(request.headers.get('accept-language'), localeCodes, defaultLocale);
  const response = redirect(`/${locale}/`, 302);
  response.headers.set('Vary', 'Accept-Language');
  return response;
};
