/** GET /[locale]/feeds/updates.xml[?municipio=N|nil=N|project=slug]: Atom feed of updates (issue #6). */
import type { APIRoute } from 'astro';
import { isLocale } from '../../../i18n/locales.ts';
import { conditional, etagOf } from '../../../server/api/http.ts';
import { problem } from '../../../server/api/problem.ts';
import { getDb } from '../../../server/db.ts';
import { feedScope } from '../../../server/feeds/feedScope.ts';
import { updatesFeed } from '../../../server/feeds/updatesFeed.ts';

export const GET: APIRoute = async ({ params, url, request, rewrite }) => {
  if (!isLocale(params.locale)) return rewrite('/404');
  const db = await getDb();
  const scope = await feedScope(db, url.searchParams, params.locale, 'updates');
  if (scope === 'invalid') return problem(400, 'Use at most one of municipio (1–9), nil (a NIL number) or project (a slug).');
  if (!scope) return rewrite('/404');
  const xml = await updatesFeed(db, scope, params.locale, url.origin, url.href);
  return conditional(request, { etag: etagOf(xml) }, 'application/atom+xml; charset=utf-8', () => xml);
};
