/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, generated from its Zod schemas. */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { jsonResponse } from '../../../server/api/http.ts';
import { openApiDocument } from '../../../server/api/openApiDocument.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(({ request, url }) => jsonResponse(request, openApiDocument(url.origin)));
