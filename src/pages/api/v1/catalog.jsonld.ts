/** GET /api/v1/catalog.jsonld: the DCAT-AP_IT catalogue of the datasets (issue #6). */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { catalogJsonLd } from '../../../server/api/catalog.ts';
import { jsonResponse } from '../../../server/api/http.ts';
import { getDb } from '../../../server/db.ts';
import { dataModifiedAt } from '../../../server/api/dataModifiedAt.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) => {
  const modified = await dataModifiedAt(await getDb());
  return jsonResponse(request, catalogJsonLd(url.origin, modified), modified, 'application/ld+json; charset=utf-8');
});
