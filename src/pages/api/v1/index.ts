/** GET /api/v1/: where everything is, for people who start at the root. */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { jsonResponse } from '../../../server/api/http.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(({ request, url }) => {
  const at = (path: string) => `${url.origin}${path}`;
  return jsonResponse(request, {
    openapi: at('/api/v1/openapi.json'),
    docs: { it: at('/it/open-data'), en: at('/en/open-data') },
    catalog: at('/api/v1/catalog.jsonld'),
    projects: at('/api/v1/projects'),
    municipi: at('/api/v1/municipi'),
    nil: at('/api/v1/nil'),
    milestones: at('/api/v1/milestones'),
    licence: 'https://creativecommons.org/licenses/by/4.0/',
  });
});
