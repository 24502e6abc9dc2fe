import { apiRoute } from '../../../server/api/apiRoute.ts';
import { invalidParameters } from '../../../server/api/problem.ts';
import { areaLevelSchema, areasGeoJson } from '../../../server/areasGeoJson.ts';
import { getDb } from '../../../server/db.ts';
import { geoJsonResponse } from '../../../server/geoJsonResponse.ts';

/** The official NIL or Municipi boundaries, simplified for maps: `?level=nil|municipi`. */
export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) => {
  const level = areaLevelSchema.safeParse(url.searchParams.get('level') ?? 'nil');
  if (!level.success) return invalidParameters(['level'], 'level must be nil or municipi');
  return geoJsonResponse(request, areasGeoJson(await getDb(), level.data));
}, { rateLimited: false });
