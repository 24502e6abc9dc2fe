/** GET /api/v1/municipi (issue #6). */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { apiMunicipi } from '../../../server/api/areasApi.ts';
import { jsonResponse } from '../../../server/api/http.ts';
import { getDb } from '../../../server/db.ts';
import { dataModifiedAt } from '../../../server/api/dataModifiedAt.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) => {
  const db = await getDb();
  return jsonResponse(request, await apiMunicipi(db, url), await dataModifiedAt(db));
});
