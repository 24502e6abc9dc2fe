/**
 * A project as open data and as bulk import see it (issue #6): one flat record with stable
 * snake_case columns. The CSV export, the full GeoJSON export and the importer all use these
 * columns, so an exported file imports back into the same records.
 */
import type { Category, FundingSource, Status } from './vocabulary.ts';

export interface ProjectRecord {
  cup: string | null;
  slug: string;
  titleIt: string;
  titleEn: string | null;
  summaryIt: string;
  summaryEn: string | null;
  category: Category;
  status: Status;
  municipio: number | null;
  nil: number | null;
  lat: number;
  lon: number;
  budgetCents: number | null;
  budgetBaselineCents: number | null;
  fundingSource: FundingSource | null;
  startDate: string | null;
  startBaseline: string | null;
  endDate: string | null;
  endBaseline: string | null;
  progress: number;
}

/** Columns an import file must have (the list), in export order. */
export const requiredColumns = [
  'cup', 'slug', 'title_it', 'title_en', 'summary_it', 'category', 'status', 'municipio', 'nil',
  'lat', 'lon', 'budget_eur', 'funding_source', 'start_date', 'end_date', 'progress',
] as const;

/** Columns an import file may have; the export writes them all. */
export const optionalColumns = ['summary_en', 'budget_baseline_eur', 'start_baseline', 'end_baseline'] as const;

/** Written by the exports for readers, accepted and ignored by the importer. */
export const readOnlyColumns = ['url', 'updated_at'] as const;

export type RecordColumn = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];
export type ExportColumn = RecordColumn | (typeof readOnlyColumns)[number];

export const exportColumns: readonly ExportColumn[] = [
  'cup', 'slug', 'title_it', 'title_en', 'summary_it', 'summary_en', 'category', 'status', 'municipio', 'nil',
  'lat', 'lon', 'budget_eur', 'budget_baseline_eur', 'funding_source', 'start_date', 'start_baseline',
  'end_date', 'end_baseline', 'progress', 'url', 'updated_at',
];

export const knownColumns: ReadonlySet<string> = new Set<string>(exportColumns);

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

/**
 * The record as export cells: numbers stay numbers (the CSV dialect formats them), absent
 * values are null.
 * @example recordCells(record, { url: 'https://…/it/projects/x', updated_at: '2026-03-02T08:00:00.000Z' }).budget_eur // 1250000
 */
export function recordCells(
  r: ProjectRecord,
  extra: { url: string; updated_at: string },
): Record<ExportColumn, string | number | null> {
  return {
    cup: r.cup,
    slug: r.slug,
    title_it: r.titleIt,
    title_en: r.titleEn,
    summary_it: r.summaryIt,
    summary_en: r.summaryEn,
    category: r.category,
    status: r.status,
    municipio: r.municipio,
    nil: r.nil,
    lat: r.lat,
    lon: r.lon,
    budget_eur: euros(r.budgetCents),
    budget_baseline_eur: euros(r.budgetBaselineCents),
    funding_source: r.fundingSource,
    start_date: r.startDate,
    start_baseline: r.startBaseline,
    end_date: r.endDate,
    end_baseline: r.endBaseline,
    progress: r.progress,
    ...extra,
  };
}
