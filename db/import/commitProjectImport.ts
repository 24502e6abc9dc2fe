/**
 * Writes a checked import plan (issue #6) all-or-nothing: every insert, update, change record
 * and the import_runs row share one transaction, so a failure or a killed process leaves the
 * database as it was. Refuses a plan with any refused row.
 */
import { sql } from 'drizzle-orm';
import type { ProjectRecord } from '../../src/lib/projectRecord.ts';
import type { TrackedField } from '../../src/lib/vocabulary.ts';
import { todayIso } from '../../src/lib/dates.ts';
import type { Db, Tx } from '../client.ts';
import { auditLog, funding, importRuns, projectChanges, projects, projectTranslations } from '../schema.ts';
import type { ImportPlan, PlannedRow } from './planProjectImport.ts';
import { bumpCacheTags } from '../cacheVersions.ts';


export interface ImportRunInfo {
  fileName: string;
  fileSha256: string;
  format: 'csv' | 'geojson';
  actor: string;
  /** The staff account and address, when the import comes from the back office. */
  userId?: number;
  ip?: string | null;
}

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const BATCH = 200;

const projectColumns = (r: ProjectRecord) => ({
  cup: r.cup,
  category: r.category,
  status: r.status,
  progress: r.progress,
  lat: r.lat,
  lon: r.lon,
  municipioId: r.municipio,
  nilId: r.nil,
  budgetCurrentCents: r.budgetCents,
  budgetBaselineCents: r.budgetBaselineCents,
  startCurrent: r.startDate,
  startBaseline: r.startBaseline,
  endCurrent: r.endDate,
  endBaseline: r.endBaseline,
});

const texts = (projectId: number, r: ProjectRecord) => [
  { projectId, locale: 'it', title: r.titleIt, summary: r.summaryIt },
  ...(r.titleEn ? [{ projectId, locale: 'en', title: r.titleEn, summary: r.summaryEn ?? '' }] : []),
];

/** A test hook: pause inside the transaction so a test can kill the process mid-commit. */
async function pauseForTests() {
  const ms = Number(process.env.IMPORT_TEST_PAUSE_MS ?? 0);
  if (!ms) return;
  process.stderr.write('import: paused inside the transaction\n');
  await new Promise((r) => setTimeout(r, ms));
}

async function createAll(tx: Tx, rows: PlannedRow[], publish: boolean) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((row) => row.record!);
    const ids = await tx
      .insert(projects)
      .values(batch.map((r) => ({ slug: r.slug, ...projectColumns(r), publication: publish ? 'published' as const : 'draft' as const, publishedAt: publish ? now : null })))
      .returning({ id: projects.id });
    await tx.insert(projectTranslations).values(batch.flatMap((r, j) => texts(ids[j].id, r)));
    const money = batch.flatMap((r, j) => (r.fundingSource ? [{ projectId: ids[j].id, source: r.fundingSource, amountCents: r.budgetCents ?? 0 }] : []));
    if (money.length) await tx.insert(funding).values(money);
    if (i === 0) await pauseForTests();
  }
}

/** Tracked fields whose current value drifts get a change row with the reason (issue #2). */
function changeRows(row: PlannedRow, reason: { it: string; en: string }) {
  const before = row.target!.record;
  const after = row.record!;
  const pairs: [TrackedField, unknown, unknown][] = [
    ['budget', before.budgetCents, after.budgetCents],
    ['start', before.startDate, after.startDate],
    ['end', before.endDate, after.endDate],
    ['status', before.status, after.status],
  ];
  const today = todayIso();
  return pairs
    .filter(([, from, to]) => from !== to && to !== null)
    .map(([field, from, to]) => ({ projectId: row.target!.id, field, fromValue: from === null ? null : String(from), toValue: String(to), reason, changedOn: today }));
}

const textColumns = ['title_it', 'title_en', 'summary_it', 'summary_en'];

/**
 * Updates in batches: one UPDATE … FROM a VALUES list per 200 projects (SQLite ≥ 3.33), and
 * multi-row inserts for texts, funding and change records, so 10,000 updated rows are a few
 * hundred statements rather than 40,000.
 */
async function updateAll(tx: Tx, rows: PlannedRow[], reason: { it: string; en: string }) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const values = batch.map((row) => {
      const c = projectColumns(row.record!);
      const publish = row.changes.includes('publication') ? 1 : 0;
      return sql`(${row.target!.id}, ${c.cup}, ${c.category}, ${c.status}, ${c.progress}, ${c.lat}, ${c.lon}, ${c.municipioId}, ${c.nilId}, ${c.budgetCurrentCents}, ${c.budgetBaselineCents}, ${c.startCurrent}, ${c.startBaseline}, ${c.endCurrent}, ${c.endBaseline}, ${publish})`;
    });
    await tx.run(sql`with v(id, cup, category, status, progress, lat, lon, municipio_id, nil_id, budget_current_cents, budget_baseline_cents, start_current, start_baseline, end_current, end_baseline, publish)
      as (values ${sql.join(values, sql`, `)})
      update projects set cup = v.cup, category = v.category, status = v.status, progress = v.progress, lat = v.lat, lon = v.lon,
        municipio_id = v.municipio_id, nil_id = v.nil_id, budget_current_cents = v.budget_current_cents,
        budget_baseline_cents = v.budget_baseline_cents, start_current = v.start_current, start_baseline = v.start_baseline,
        end_current = v.end_current, end_baseline = v.end_baseline,
        publication = case when v.publish = 1 then 'published' else projects.publication end,
        published_at = case when v.publish = 1 then ${now} else projects.published_at end,
        version = projects.version + 1, updated_at = ${now}
      from v where projects.id = v.id`);
    const textRows = batch.filter((row) => row.changes.some((c) => textColumns.includes(c))).flatMap((row) => texts(row.target!.id, row.record!));
    if (textRows.length)
      await tx.insert(projectTranslations).values(textRows).onConflictDoUpdate({
        target: [projectTranslations.projectId, projectTranslations.locale],
        set: { title: sql`excluded.title`, summary: sql`excluded.summary` },
      });
    const money = batch.filter((row) => row.changes.includes('funding_source'))
      .map((row) => ({ projectId: row.target!.id, source: row.record!.fundingSource!, amountCents: row.record!.budgetCents ?? 0 }));
    if (money.length) await tx.insert(funding).values(money);
    const changes = batch.flatMap((row) => changeRows(row, reason));
    if (changes.length) await tx.insert(projectChanges).values(changes);
  }
}

/** @example await commitProjectImport(db, plan, { fileName: 'progetti.csv', fileSha256, format: 'csv', actor: 'cli:mrossi' }) */
export async function commitProjectImport(db: Db, plan: ImportPlan, run: ImportRunInfo) {
  if (plan.counts.refuse > 0) throw new Error(`${plan.counts.refuse} row(s) are refused: nothing was written`);
  const reason = { it: `Aggiornato dall’importazione del file ${run.fileName}`, en: `Updated by the import of ${run.fileName}` };
  return db.transaction(async (tx) => {
    await createAll(tx, plan.rows.filter((r) => r.action === 'create'), plan.publish);
    await updateAll(tx, plan.rows.filter((r) => r.action === 'update'), reason);
    const [saved] = await tx
      .insert(importRuns)
      .values({ fileName: run.fileName, fileSha256: run.fileSha256, format: run.format, actor: run.actor, published: plan.publish, created: plan.counts.create, updated: plan.counts.update, unchanged: plan.counts.unchanged })
      .returning({ id: importRuns.id });
    // Every import is in the audit log (issues #4 and #6), written in the same transaction.
    await tx.insert(auditLog).values({
      userId: run.userId ?? null,
      userEmail: run.actor,
      ip: run.ip ?? null,
      action: 'import',
      targetType: 'import_run',
      targetId: String(saved.id),
      detail: { file: run.fileName, sha256: run.fileSha256, published: plan.publish, ...plan.counts },
    });
    // Any page may show an imported project: every instance's page cache drops all (issue #9).
    await bumpCacheTags(tx, ['all']);
    return { runId: saved.id, ...plan.counts };
  });
}
