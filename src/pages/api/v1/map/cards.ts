import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../../../../i18n/locales.ts';
import { apiRoute } from '../../../../server/api/apiRoute.ts';
import { invalidParameters } from '../../../../server/api/problem.ts';
import { getDb } from '../../../../server/db.ts';
import { mapCards } from '../../../../server/mapCards.ts';

export { OPTIONS } from '../../../../server/api/apiRoute.ts';

const MAX_IDS = 60;
const cardsQuery = z.object({
  ids: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9})*$/, 'comma-separated project ids')
    .transform((s) => [...new Set(s.split(',').map(Number))])
    .pipe(z.array(z.number().int().positive()).min(1).max(MAX_IDS)),
  locale: z.enum(localeCodes as [Locale, ...Locale[]]).default('it'),
});

/** `?ids=1,2&locale=en` → titles, statuses and links for the map's popups and visible list. */
export const GET = apiRoute(async ({ url }) => {
  const query = cardsQuery.safeParse({ ids: url.searchParams.get('ids') ?? undefined, locale: url.searchParams.get('locale') || undefined });
  if (!query.success) return invalidParameters(query.error.issues.map((i) => String(i.path[0])), `ids must list 1 to ${MAX_IDS} project ids`);
  const cards = await mapCards(await getDb(), query.data.ids, query.data.locale);
  return new Response(JSON.stringify(cards), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}, { rateLimited: false });
