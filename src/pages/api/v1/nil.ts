/** GET /api/v1/nil[?municipio=N] (issue #6). */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { apiNil } from '../../../server/api/areasApi.ts';
import { jsonResponse } from '../../../server/api/http.ts';
import { invalidParameters } from '../../../server/api/problem.ts';
import { getDb } from '../../../server/db.ts';
import { dataModifiedAt } from '../../../server/api/dataModifiedAt.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) => {
  const db = await getDb();
  const result = await apiNil(db, url);
  if (!result.ok) return invalidParameters(result.invalid);
  return jsonResponse(request, result.body, await dataModifiedAt(db));
});
