/**
 * One answer for every streamed export: filters from the shared contract (400 on a bad one),
 * validators from a cheap fingerprint of the matching projects and the time public data last
 * changed (so a 304 reads no records), then the stream.
 */
import { count, max, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { projects } from '../../../db/schema.ts';
import { parseProjectFilters } from '../../lib/projectFilters.ts';
import { dataModifiedAt } from '../api/dataModifiedAt.ts';
import { conditional, etagOf } from '../api/http.ts';
import { invalidParameters } from '../api/problem.ts';
import { projectConditions } from '../projectConditions.ts';
import { recordStream, type RecordEncoder } from './recordStream.ts';

export interface ExportKind {
  contentType: string;
  fileName: string;
  encoder: (origin: string) => RecordEncoder;
}

export async function exportResponse(db: Db, request: Request, url: URL, kind: ExportKind): Promise<Response> {
  const { filters, invalid } = parseProjectFilters(url.searchParams);
  if (invalid.length) return invalidParameters(invalid);
  const where = projectConditions(filters);
  // Any edit bumps updated_at and version; publishing or withdrawing one changes the count. A
  // programme's progress comes from its works, which the filter may leave out: any publication
  // (dataModifiedAt) changes the tag too.
  const [print] = await db
    .select({ n: count(), latest: max(projects.updatedAt), versions: sql<number>`total(${projects.version})` })
    .from(projects)
    .where(where);
  const changed = await dataModifiedAt(db);
  const etag = etagOf(kind.fileName, url.search, String(print.n), print.latest ?? '', String(print.versions), changed ?? '');
  return conditional(request, { etag, lastModified: changed }, kind.contentType, () => recordStream(db, where, kind.encoder(url.origin)), {
    'Content-Disposition': `attachment; filename="${kind.fileName}"`,
  });
}
