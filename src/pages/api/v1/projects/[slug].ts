/** GET /api/v1/projects/{slug}: one published project with funding, milestones, changes (issue #6). */
import { apiRoute } from '../../../../server/api/apiRoute.ts';
import { jsonResponse } from '../../../../server/api/http.ts';
import { invalidParameters, problem } from '../../../../server/api/problem.ts';
import { apiProject } from '../../../../server/api/projectsApi.ts';
import { getDb } from '../../../../server/db.ts';
import { dataModifiedAt } from '../../../../server/api/dataModifiedAt.ts';

export { OPTIONS } from '../../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url, params }) => {
  const db = await getDb();
  const result = await apiProject(db, url, params.slug ?? '');
  if (!result) return problem(404, `No published project has the slug "${params.slug}".`);
  if (!result.ok) return invalidParameters(result.invalid);
  return jsonResponse(request, result.body, await dataModifiedAt(db));
});
