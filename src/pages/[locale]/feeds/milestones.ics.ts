/** GET /[locale]/feeds/milestones.ics[?municipio=N|nil=N|project=slug]: upcoming milestones (issue #6). */
import type { APIRoute } from 'astro';
import { isLocale } from '../../../i18n/locales.ts';
import { conditional, etagOf } from '../../../server/api/http.ts';
import { problem } from '../../../server/api/problem.ts';
import { getDb } from '../../../server/db.ts';
import { feedScope } from '../../../server/feeds/feedScope.ts';
import { milestonesCalendar } from '../../../server/feeds/milestonesCalendar.ts';

export const GET: APIRoute = async ({ params, url, request, rewrite }) => {
  if (!isLocale(params.locale)) return rewrite('/404');
  const db = await getDb();
  const scope = await feedScope(db, url.searchParams, params.locale, 'milestones');
  if (scope === 'invalid') return problem(400, 'Use at most one of municipio (1–9), nil (a NIL number) or project (a slug).');
  if (!scope) return rewrite('/404');
  const { text, lastModified } = await milestonesCalendar(db, scope, params.locale, url.origin);
  return conditional(request, { etag: etagOf(text), lastModified }, 'text/calendar; charset=utf-8', () => text, {
    'Content-Disposition': `inline; filename="periferie-milano-${scope.key}.ics"`,
  });
};
