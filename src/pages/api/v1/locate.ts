import { apiRoute } from '../../../server/api/apiRoute.ts';
import { invalidParameters } from '../../../server/api/problem.ts';
import { pointQuerySchema } from '../../../server/api/schemas.ts';
import { locatePoint } from '../../../server/areaLocator.ts';
import { getDb } from '../../../server/db.ts';

/** `?lat=&lon=` → the NIL and Municipio containing the point (issue #3, point 7). */
export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ url }) => {
  const point = pointQuerySchema.safeParse({ lat: url.searchParams.get('lat') ?? undefined, lon: url.searchParams.get('lon') ?? undefined });
  if (!point.success) return invalidParameters(point.error.issues.map((i) => String(i.path[0])), 'lat and lon must be numbers in range');
  const located = await locatePoint(await getDb(), point.data.lon, point.data.lat);
  return new Response(JSON.stringify(located), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });
}, { rateLimited: false });
