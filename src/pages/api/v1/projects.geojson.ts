import type { APIRoute } from 'astro';
import { apiProblem } from '../../../server/apiProblem.ts';
import { getDb } from '../../../server/db.ts';
import { geoJsonResponse } from '../../../server/geoJsonResponse.ts';
import { projectsGeoJson } from '../../../server/projectsGeoJson.ts';

/** Published projects as RFC 7946 GeoJSON, under the same filters as the list (issue #3, point 3). */
export const GET: APIRoute = async ({ request, url }) => {
  const asked = projectsGeoJson(await getDb(), url.searchParams);
  if (!asked.ok) return apiProblem(400, 'Some query parameters are not valid', asked.invalid);
  return geoJsonResponse(request, asked.source);
};
