import type { APIRoute } from 'astro';
import { apiProblem } from '../../../server/apiProblem.ts';
import { areaLevelSchema, areasGeoJson } from '../../../server/areasGeoJson.ts';
import { getDb } from '../../../server/db.ts';
import { geoJsonResponse } from '../../../server/geoJsonResponse.ts';

/** The official NIL or Municipi boundaries, simplified for maps: `?level=nil|municipi`. */
export const GET: APIRoute = async ({ request, url }) => {
  const level = areaLevelSchema.safeParse(url.searchParams.get('level') ?? 'nil');
  if (!level.success) return apiProblem(400, 'level must be nil or municipi', ['level']);
  return geoJsonResponse(request, areasGeoJson(await getDb(), level.data));
};
