/** GET /api/v1/municipi (issue #6). */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { apiMunicipi } from '../../../server/api/areasApi.ts';
import { jsonResponse } from '../../../server/api/http.ts';
import { getDb } from '../../../server/db.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) => jsonResponse(request, await apiMunicipi(await getDb(), url)));
