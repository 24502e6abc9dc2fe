/**
 * The dry run of a project import (issue #6): every row is validated with the one row schema,
 * placed in its NIL and Municipio, matched to a project by CUP, else by slug, and given an
 * action (create, update, unchanged or refuse) with the reasons. Nothing is written here;
 * commitProjectImport() writes a plan that has no refused row.
 */
import { and, inArray } from 'drizzle-orm';
import { importMessage, type ImportMessage } from '../../src/lib/import/importMessage.ts';
import type { ImportRow } from '../../src/lib/import/importRows.ts';
import type { ProjectRecord } from '../../src/lib/projectRecord.ts';
import { checkProjectRecord } from '../../src/lib/projectRecordSchema.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { PublicationState } from '../../src/lib/vocabulary.ts';
import type { Db } from '../client.ts';
import { selectProjectRecords, type StoredRecord } from '../projectRecords.ts';
import { projectRevisions, projects } from '../schema.ts';
import { placeImportRows } from './placeImportRows.ts';

export type RowAction = 'create' | 'update' | 'unchanged' | 'refuse';

export interface PlannedRow {
  where: string;
  line: number;
  action: RowAction;
  slug: string;
  /** Why a row is refused. */
  problems: ImportMessage[];
  /** What a person should know about a row that goes ahead. */
  notes: ImportMessage[];
  /** Columns an update changes. */
  changes: string[];
  record?: ProjectRecord;
  target?: StoredRecord;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<RowAction, number>;
  publish: boolean;
}

const chunks = <T>(list: T[], size = 500) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Compared on update; baselines are never rewritten once set (they are the original promise). */
const compared: [keyof ProjectRecord, string][] = [
  ['cup', 'cup'], ['titleIt', 'title_it'], ['titleEn', 'title_en'], ['summaryIt', 'summary_it'], ['summaryEn', 'summary_en'],
  ['category', 'category'], ['status', 'status'], ['municipio', 'municipio'], ['nil', 'nil'], ['lat', 'lat'], ['lon', 'lon'],
  ['budgetCents', 'budget_eur'], ['startDate', 'start_date'], ['endDate', 'end_date'], ['progress', 'progress'],
];
const baselines: [keyof ProjectRecord, string][] = [
  ['budgetBaselineCents', 'budget_baseline_eur'], ['startBaseline', 'start_baseline'], ['endBaseline', 'end_baseline'],
];
/**
 * An empty cell never erases on update: it keeps what is stored, so a spreadsheet without
 * English titles or budgets cannot wipe them. NIL and Municipio follow the point when boundaries are loaded.
 */
const keptWhenEmpty: (keyof ProjectRecord)[] = ['cup', 'titleEn', 'summaryIt', 'summaryEn', 'budgetCents', 'startDate', 'endDate'];

const current: Partial<Record<keyof ProjectRecord, keyof ProjectRecord>> = {
  budgetBaselineCents: 'budgetCents', startBaseline: 'startDate', endBaseline: 'endDate',
};

/** Refuses every row that shares a CUP or a slug with another row of the file. */
function refuseDuplicates(rows: PlannedRow[], key: 'cup' | 'slug') {
  const first = new Map<string, PlannedRow[]>();
  for (const row of rows) {
    const value = row.record?.[key];
    if (value) first.set(value, [...(first.get(value) ?? []), row]);
  }
  for (const [value, same] of first)
    if (same.length > 1)
      for (const row of same)
        row.problems.push(importMessage(row.where.startsWith('feature') ? 'duplicateFeatures' : 'duplicateLines', {
          value, lines: same.filter((s) => s !== row).map((s) => s.line).join(', '),
        }, key));
}

async function loadTargets(db: Db, rows: PlannedRow[]) {
  const cups = [...new Set(rows.map((r) => r.record!.cup).filter((c): c is string => c !== null))];
  const slugs = [...new Set(rows.map((r) => r.record!.slug))];
  const keys: { id: number; slug: string; cup: string | null }[] = [];
  for (const part of chunks(cups)) keys.push(...(await db.select({ id: projects.id, slug: projects.slug, cup: projects.cup }).from(projects).where(inArray(projects.cup, part))));
  for (const part of chunks(slugs)) keys.push(...(await db.select({ id: projects.id, slug: projects.slug, cup: projects.cup }).from(projects).where(inArray(projects.slug, part))));
  const stored = new Map<number, StoredRecord>();
  for (const part of chunks([...new Set(keys.map((k) => k.id))]))
    for (const s of await selectProjectRecords(db, { where: inArray(projects.id, part), limit: part.length })) stored.set(s.id, s);
  const byCup = new Map(keys.filter((k) => k.cup).map((k) => [k.cup!, stored.get(k.id)!]));
  const bySlug = new Map(keys.map((k) => [k.slug, stored.get(k.id)!]));
  const drafted = new Set<number>();
  for (const part of chunks([...stored.keys()]))
    for (const { id } of await db
      .selectDistinct({ id: projectRevisions.projectId })
      .from(projectRevisions)
      .where(and(inArray(projectRevisions.projectId, part), inArray(projectRevisions.state, ['draft', 'in_review']))))
      drafted.add(id);
  return { byCup, bySlug, drafted };
}

interface Targets {
  byCup: Map<string, StoredRecord>;
  bySlug: Map<string, StoredRecord>;
  /** Projects with a revision waiting (draft or in review). */
  drafted: Set<number>;
}

function decide(row: PlannedRow, { byCup, bySlug, drafted }: Targets, publish: boolean, mayPublish: boolean, slugGiven: boolean, derived: boolean) {
  const r = row.record!;
  const cupMatch = r.cup ? byCup.get(r.cup) : undefined;
  const slugMatch = bySlug.get(r.slug);
  if (cupMatch && slugMatch && slugMatch.id !== cupMatch.id)
    return row.problems.push(importMessage('slugOtherProject', { slug: r.slug, cup: r.cup!, other: cupMatch.record.slug }, 'slug'));
  if (!cupMatch && slugMatch?.record.cup && r.cup)
    return row.problems.push(importMessage('cupMismatch', { slug: r.slug, stored: slugMatch.record.cup, given: r.cup }, 'cup'));
  const target = cupMatch ?? slugMatch;
  if (!target) {
    row.action = 'create';
    row.record = { ...r, budgetBaselineCents: r.budgetBaselineCents ?? r.budgetCents, startBaseline: r.startBaseline ?? r.startDate, endBaseline: r.endBaseline ?? r.endDate };
    return;
  }
  row.target = target;
  const merged: ProjectRecord = { ...r, slug: target.record.slug, fundingSource: target.record.fundingSource ?? r.fundingSource };
  for (const field of [...keptWhenEmpty, ...(derived ? [] : (['nil', 'municipio'] as const))])
    if (r[field] === null || r[field] === '') (merged as unknown as Record<string, unknown>)[field] = target.record[field];
  if (slugGiven && r.slug !== target.record.slug) row.notes.push(importMessage('slugKept', { slug: target.record.slug }));
  if (target.record.fundingSource && r.fundingSource && r.fundingSource !== target.record.fundingSource)
    row.notes.push(importMessage('fundingKept', { source: target.record.fundingSource }));
  if (!target.record.fundingSource && r.fundingSource) row.changes.push('funding_source');
  for (const [field, column] of baselines) {
    const stored = target.record[field];
    if (stored !== null) {
      if (r[field] !== null && r[field] !== stored) row.notes.push(importMessage('baselineKept', { column, value: stored }));
      (merged as unknown as Record<string, unknown>)[field] = stored;
    } else {
      (merged as unknown as Record<string, unknown>)[field] = r[field] ?? r[current[field]!];
      if ((merged as unknown as Record<string, unknown>)[field] !== null) row.changes.push(column);
    }
  }
  for (const [field, column] of compared) if (merged[field] !== target.record[field]) row.changes.push(column);
  const drafts: PublicationState[] = ['draft', 'in_review'];
  if (publish && drafts.includes(target.publication)) row.changes.push('publication');
  row.record = merged;
  row.slug = merged.slug;
  row.action = row.changes.length ? 'update' : 'unchanged';
  if (row.action !== 'update') return;
  // An update is written to the project's rows, which the public reads: for a published project
  // it is a publication, for a project with a waiting draft a change that draft would undo.
  if (!mayPublish && (target.publication === 'published' || target.publication === 'archived'))
    row.problems.push(importMessage('publishedNeedsPublisher', { slug: target.record.slug }));
  if (drafted.has(target.id)) row.problems.push(importMessage('openDraft', { slug: target.record.slug }));
}

/**
 * `publish`: new projects arrive published. `mayPublish`: the person may publish, so may update
 * a published project (the CLI's operator may; the back office asks the permission).
 * @example const plan = await planProjectImport(db, parsed.rows, { publish: false, mayPublish: false })
 */
export async function planProjectImport(db: Db, rows: ImportRow[], { publish = false, mayPublish = true } = {}): Promise<ImportPlan> {
  const slugGiven = new Set<PlannedRow>();
  const planned: PlannedRow[] = rows.map((row) => {
    const out: PlannedRow = { where: row.where, line: row.line, action: 'refuse', slug: '', problems: [...row.problems], notes: [], changes: [] };
    if (out.problems.length) return out;
    const checked = checkProjectRecord(row.raw);
    if (!checked.ok) out.problems.push(...checked.problems);
    else out.record = { ...checked.record, slug: checked.record.slug || slugify(checked.record.titleIt).slice(0, 120) };
    out.slug = out.record?.slug ?? String(row.raw.slug ?? '');
    if (typeof row.raw.slug === 'string' && row.raw.slug.trim() !== '') slugGiven.add(out);
    return out;
  });
  const valid = () => planned.filter((r) => r.record && r.problems.length === 0);
  refuseDuplicates(valid(), 'cup');
  refuseDuplicates(valid(), 'slug');
  const derived = await placeImportRows(db, valid());
  const targets = await loadTargets(db, valid());
  for (const row of valid()) decide(row, targets, publish, mayPublish, slugGiven.has(row), derived);
  for (const row of planned) if (row.problems.length) row.action = 'refuse';
  const counts = { create: 0, update: 0, unchanged: 0, refuse: 0 };
  for (const row of planned) counts[row.action]++;
  return { rows: planned, counts, publish };
}
