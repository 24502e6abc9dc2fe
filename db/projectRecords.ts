/**
 * Reads projects as flat open-data records (src/lib/projectRecord.ts), a page at a time in id
 * order: the CSV and GeoJSON exports stream them, the importer compares a file against them.
 * Keyset paging (`id > afterId`) keeps every page as cheap as the first at 50,000 projects.
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ProjectRecord } from '../src/lib/projectRecord.ts';
import type { FundingSource, PublicationState } from '../src/lib/vocabulary.ts';
import type { Db } from './client.ts';
import { funding, projects, projectTranslations } from './schema.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface StoredRecord {
  id: number;
  updatedAt: string;
  publication: PublicationState;
  record: ProjectRecord;
}

const it = alias(projectTranslations, 'text_it');
const en = alias(projectTranslations, 'text_en');

/** @example await selectProjectRecords(db, { where: projectConditions(filters), afterId: 0, limit: 1000 }) */
export async function selectProjectRecords(
  db: Db | Tx,
  { where, afterId = 0, limit = 1000 }: { where?: SQL; afterId?: number; limit?: number },
): Promise<StoredRecord[]> {
  const rows = await db
    .select({
      id: projects.id,
      updatedAt: projects.updatedAt,
      publication: projects.publication,
      cup: projects.cup,
      slug: projects.slug,
      titleIt: it.title,
      titleEn: en.title,
      summaryIt: it.summary,
      summaryEn: en.summary,
      category: projects.category,
      status: projects.status,
      municipio: projects.municipioId,
      nil: projects.nilId,
      lat: projects.lat,
      lon: projects.lon,
      budgetCents: projects.budgetCurrentCents,
      budgetBaselineCents: projects.budgetBaselineCents,
      // The main source: the largest share. The full breakdown is in the API's project detail.
      fundingSource: sql<FundingSource | null>`(select ${funding.source} from ${funding} where ${funding.projectId} = ${projects.id} order by ${funding.amountCents} desc, ${funding.id} limit 1)`,
      startDate: projects.startCurrent,
      startBaseline: projects.startBaseline,
      endDate: projects.endCurrent,
      endBaseline: projects.endBaseline,
      progress: projects.progress,
    })
    .from(projects)
    .leftJoin(it, and(eq(it.projectId, projects.id), eq(it.locale, 'it')))
    .leftJoin(en, and(eq(en.projectId, projects.id), eq(en.locale, 'en')))
    .where(and(gt(projects.id, afterId), where))
    .orderBy(asc(projects.id))
    .limit(limit);
  return rows.map(({ id, updatedAt, publication, titleIt, summaryIt, ...r }) => ({
    id,
    updatedAt,
    publication,
    // An English row with an empty summary and no summary at all read the same.
    record: { ...r, titleIt: titleIt ?? r.slug, summaryIt: summaryIt ?? '', summaryEn: r.summaryEn || null },
  }));
}
