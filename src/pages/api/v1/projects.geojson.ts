/**
 * GET /api/v1/projects.geojson: the published projects under the site's filters, RFC 7946.
 * By default the lean form the map reads (issue #3: id and plain status, ≤ 20 bytes a point
 * gzipped); `?properties=full` is the open-data export with every property (issue #6).
 */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { invalidParameters } from '../../../server/api/problem.ts';
import { getDb } from '../../../server/db.ts';
import { auditExport } from '../../../server/auditExport.ts';
import { exportResponse } from '../../../server/export/exportResponse.ts';
import { projectsGeoJsonFullEncoder } from '../../../server/export/projectsGeoJsonFull.ts';
import { geoJsonResponse } from '../../../server/geoJsonResponse.ts';
import { projectsGeoJson } from '../../../server/projectsGeoJson.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async (context) => {
  const { request, url } = context;
  const db = await getDb();
  if (url.searchParams.get('properties') === 'full')
    return auditExport(
      context,
      'projects.geojson',
      await exportResponse(db, request, url, {
        contentType: 'application/geo+json',
        fileName: 'periferie-milano-progetti.geojson',
        encoder: projectsGeoJsonFullEncoder,
      }),
    );
  const asked = projectsGeoJson(db, url.searchParams);
  if (!asked.ok) return invalidParameters(asked.invalid);
  return geoJsonResponse(request, asked.source);
});
