/** GET /api/v1/projects: published projects, filtered and paged (issue #6). */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { jsonResponse } from '../../../server/api/http.ts';
import { invalidParameters } from '../../../server/api/problem.ts';
import { apiProjectList } from '../../../server/api/projectsApi.ts';
import { getDb } from '../../../server/db.ts';
import { dataModifiedAt } from '../../../server/api/dataModifiedAt.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) => {
  const db = await getDb();
  const result = await apiProjectList(db, url);
  if (!result.ok) return invalidParameters(result.invalid);
  return jsonResponse(request, result.body, await dataModifiedAt(db));
});
