/**
 * GET /api/v1/projects.geojson: the projects matching the site's filters as a GeoJSON
 * FeatureCollection with every property (issue #6). The map's lean form (issue #3) lives on
 * another branch; when both meet, the lean one stays the default and this serializer answers
 * `?properties=full`.
 */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { getDb } from '../../../server/db.ts';
import { exportResponse } from '../../../server/export/exportResponse.ts';
import { projectsGeoJsonFullEncoder } from '../../../server/export/projectsGeoJsonFull.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async ({ request, url }) =>
  exportResponse(await getDb(), request, url, {
    contentType: 'application/geo+json',
    fileName: 'periferie-milano-progetti.geojson',
    encoder: projectsGeoJsonFullEncoder,
  }),
);
