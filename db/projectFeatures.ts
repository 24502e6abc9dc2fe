/**
 * The full GeoJSON export's features (issue #6, "streams 50,000 projects in under 2 s"), a page
 * at a time in id order, as ready text. SQLite writes every string and integer of a feature with
 * json_quote() in C, so no record object is built, parsed or stringified per row in JavaScript;
 * JavaScript only prints the reals (coordinates and euros), as JSON.stringify would, because
 * SQLite's JSON prints 15 digits and the export keeps every bit of a position. The text is the
 * same, byte for byte, as recordCells() + JSON.stringify (test/unit/projectFeatures.test.ts).
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { en, it, mainSource } from './projectRecords.ts';
import { projects } from './schema.ts';

const q = (value: unknown) => sql`json_quote(${value})`;
// char(1) cannot occur in json_quote() output (control characters are escaped), so it splits safely.
const SEP = sql`char(1)`;

/** One text per row: id, lon, lat, budget, baseline (raw), then slug and two property runs as JSON. */
const packed = (origin: string) => sql.join([
  projects.id,
  sql`printf('%.17g', ${projects.lon})`,
  sql`printf('%.17g', ${projects.lat})`,
  sql`coalesce(${projects.budgetCurrentCents}, '')`,
  sql`coalesce(${projects.budgetBaselineCents}, '')`,
  q(projects.slug),
  // exportColumns' order (src/lib/projectRecord.ts) up to nil; lat and lon live in the geometry.
  sql`'{"cup":' || ${q(projects.cup)} || ',"slug":' || ${q(projects.slug)}
    || ',"title_it":' || ${q(sql`coalesce(${it.title}, ${projects.slug})`)} || ',"title_en":' || ${q(en.title)}
    || ',"summary_it":' || ${q(sql`coalesce(${it.summary}, '')`)} || ',"summary_en":' || ${q(sql`nullif(${en.summary}, '')`)}
    || ',"category":' || ${q(projects.category)} || ',"status":' || ${q(projects.status)}
    || ',"municipio":' || ${q(projects.municipioId)} || ',"nil":' || ${q(projects.nilId)}`,
  sql`',"funding_source":' || ${q(mainSource)}
    || ',"start_date":' || ${q(projects.startCurrent)} || ',"start_baseline":' || ${q(projects.startBaseline)}
    || ',"end_date":' || ${q(projects.endCurrent)} || ',"end_baseline":' || ${q(projects.endBaseline)}
    || ',"progress":' || ${q(projects.progress)}
    || ',"url":' || ${q(sql`${origin} || '/it/projects/' || ${projects.slug}`)}
    || ',"updated_at":' || ${q(projects.updatedAt)} || '}'`,
], sql` || ${SEP} || `);

const euros = (cents: string) => (cents === '' ? 'null' : String(Number(cents) / 100));

export interface FeaturePage {
  /** The features joined by ",\n", or '' when the page is empty. */
  text: string;
  count: number;
  lastId: number;
}

/** @example await selectProjectFeatures(db, { where, afterId: 0, limit: 2000, origin: 'https://…' }) */
export async function selectProjectFeatures(
  db: Db,
  { where, afterId, limit, origin }: { where?: SQL; afterId: number; limit: number; origin: string },
): Promise<FeaturePage> {
  const rows = await db
    .select({ t: sql<string>`${packed(origin)}` })
    .from(projects)
    .leftJoin(it, and(eq(it.projectId, projects.id), eq(it.locale, 'it')))
    .leftJoin(en, and(eq(en.projectId, projects.id), eq(en.locale, 'en')))
    .where(and(gt(projects.id, afterId), where))
    .orderBy(asc(projects.id))
    .limit(limit);
  let lastId = afterId;
  const features = rows.map(({ t }) => {
    const [id, lon, lat, budget, baseline, slug, head, rest] = t.split('\u0001');
    lastId = Number(id);
    return `{"type":"Feature","id":${slug},"geometry":{"type":"Point","coordinates":[${Number(lon)},${Number(lat)}]},"properties":${head},"budget_eur":${euros(budget)},"budget_baseline_eur":${euros(baseline)}${rest}}`;
  });
  return { text: features.join(',\n'), count: rows.length, lastId };
}
