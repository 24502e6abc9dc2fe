/** GET /api/v1/projects.csv: the projects matching the site's filters, streamed as CSV (issue #6). */
import { apiRoute } from '../../../server/api/apiRoute.ts';
import { invalidParameters } from '../../../server/api/problem.ts';
import { getDb } from '../../../server/db.ts';
import { auditExport } from '../../../server/auditExport.ts';
import { exportResponse } from '../../../server/export/exportResponse.ts';
import { projectsCsvEncoder } from '../../../server/export/projectsCsv.ts';
import { csvDialects, type CsvDialect } from '../../../lib/csvCell.ts';

export { OPTIONS } from '../../../server/api/apiRoute.ts';

export const GET = apiRoute(async (context) => {
  const { request, url } = context;
  const dialect = (url.searchParams.get('dialect') ?? 'excel-it') as CsvDialect;
  if (!csvDialects.includes(dialect)) return invalidParameters(['dialect'], `dialect must be one of: ${csvDialects.join(', ')}`);
  const response = await exportResponse(await getDb(), request, url, {
    contentType: `text/csv; charset=utf-8; header=present`,
    fileName: 'periferie-milano-progetti.csv',
    encoder: (origin) => projectsCsvEncoder(dialect, origin),
  });
  return auditExport(context, 'projects.csv', response);
});
