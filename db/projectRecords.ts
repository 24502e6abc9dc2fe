/**
 * Reads projects as flat open-data records (src/lib/projectRecord.ts), a page at a time in id
 * order: the CSV and GeoJSON exports stream them, the importer compares a file against them.
 * Keyset paging (`id > afterId`) keeps every page as cheap as the first at 50,000 projects.
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ProjectRecord } from '../src/lib/projectRecord.ts';
import type { FundingSource, PublicationState } from '../src/lib/vocabulary.ts';
import type { Db, Tx } from './client.ts';
import { funding, projects, projectTranslations } from './schema.ts';
import { qualified } from './qualified.ts';
import { shownProgress } from './shownProgress.ts';


export interface StoredRecord {
  id: number;
  updatedAt: string;
  publication: PublicationState;
  record: ProjectRecord;
}

export const it = alias(projectTranslations, 'text_it');
export const en = alias(projectTranslations, 'text_en');

// The libSQL client defines two properties per column on every row object, which at 50,000 rows
// × 23 columns costs seconds; SQLite packs the whole record into one JSON array per row in C and
// JSON.parse unpacks it natively (about 5× faster). SQLite's JSON prints reals with 15
// significant digits, so coordinates travel as 17-digit text, which always reads back to the
// same double.
const packed = [
  projects.id, sql`printf('%.17g', ${projects.lat})`, sql`printf('%.17g', ${projects.lon})`,
  projects.updatedAt, projects.publication, projects.cup, projects.slug, it.title, en.title, it.summary, en.summary,
  projects.category, projects.status, projects.municipioId, projects.nilId, projects.budgetCurrentCents,
  projects.budgetBaselineCents, projects.startCurrent, projects.startBaseline, projects.endCurrent, projects.endBaseline,
  shownProgress,
] as const;
// The main source: the largest share. The full breakdown is in the API's project detail.
export const mainSource = sql`(select ${funding.source} from ${funding} where ${funding.projectId} = ${qualified(projects.id)} order by ${funding.amountCents} desc, ${funding.id} limit 1)`;

type Packed = [
  number, string, string, string, PublicationState, string | null, string, string | null, string | null, string | null, string | null,
  ProjectRecord['category'], ProjectRecord['status'], number | null, number | null, number | null,
  number | null, string | null, string | null, string | null, string | null, number, FundingSource | null,
];

/** @example await selectProjectRecords(db, { where: projectConditions(filters), afterId: 0, limit: 1000 }) */
export async function selectProjectRecords(
  db: Db | Tx,
  { where, afterId = 0, limit = 1000 }: { where?: SQL; afterId?: number; limit?: number },
): Promise<StoredRecord[]> {
  const rows = await db
    .select({ packed: sql<string>`json_array(${sql.join([...packed, mainSource], sql`, `)})` })
    .from(projects)
    .leftJoin(it, and(eq(it.projectId, projects.id), eq(it.locale, 'it')))
    .leftJoin(en, and(eq(en.projectId, projects.id), eq(en.locale, 'en')))
    .where(and(gt(projects.id, afterId), where))
    .orderBy(asc(projects.id))
    .limit(limit);
  return rows.map(({ packed: json }) => {
    const [id, latText, lonText, updatedAt, publication, cup, slug, titleIt, titleEn, summaryIt, summaryEn, category, status, municipio, nil,
      budgetCents, budgetBaselineCents, startDate, startBaseline, endDate, endBaseline, progress, fundingSource] = JSON.parse(json) as Packed;
    return {
      id,
      updatedAt,
      publication,
      record: {
        cup, slug, titleIt: titleIt ?? slug, titleEn, summaryIt: summaryIt ?? '',
        // An English row with an empty summary and no summary at all read the same.
        summaryEn: summaryEn || null,
        category, status, municipio, nil, lat: Number(latText), lon: Number(lonText), budgetCents, budgetBaselineCents, fundingSource,
        startDate, startBaseline, endDate, endBaseline, progress,
      },
    };
  });
}
