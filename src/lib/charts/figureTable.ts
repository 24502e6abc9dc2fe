/**
 * One table per figure, read by the page (data table and chart) and by the CSV download alike,
 * so that what people see and what they download cannot drift apart (issue #8). Values stay
 * raw here: money in cents, dates ISO; `formatCell` writes them for a reader's locale and
 * `csvCell` for a machine.
 */
import { formatDate } from '../dates.ts';
import { formatEuro } from '../money.ts';
import type { CsvCell } from '../csv.ts';

export type CellKind = 'key' | 'text' | 'money' | 'count' | 'days' | 'date' | 'year';

export interface FigureColumn {
  /** The CSV header: stable, lower-case English, whatever the page's language. */
  key: string;
  label: string;
  kind: CellKind;
}

export interface FigureRow {
  /** Stable id of the row (Municipio number, status code, …), also a `data-key` in the page. */
  key: string;
  cells: (string | number | null)[];
  /** Link for the row's label, when it has a page. */
  href?: string;
  /** Language of the label when it differs from the page's (untranslated titles). */
  lang?: string;
}

export interface FigureTable {
  caption: string;
  /** CSV header of a first column holding each row's `key`, when the label alone is not stable. */
  keyName?: string;
  columns: FigureColumn[];
  rows: FigureRow[];
}

/**
 * @example formatCell(125000000, 'money', 'it-IT') // '1.250.000 €'
 * @example formatCell(2_000_000_000, 'money', 'en-GB', true) // '€20m'
 * @example formatCell(62.5, 'days', 'en-GB') // '62.5'
 */
export function formatCell(value: string | number | null, kind: CellKind, intl: string, compact = false): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'string') return kind === 'date' ? formatDate(value, intl, 'short') : value;
  switch (kind) {
    case 'money':
      // Compact for axes and bars: "€20m", not "€20.0m" (currency style asks for 2 decimals).
      return compact
        ? new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value / 100)
        : formatEuro(value, intl);
    case 'days':
      return new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(value);
    case 'year':
      return String(value);
    default:
      return new Intl.NumberFormat(intl).format(value);
  }
}

/**
 * A number of days in words, with the locale's own plural rules.
 * @example formatDays(1, 'it-IT') // '1 giorno'
 * @example formatDays(257.5, 'en-GB') // '257.5 days'
 */
export function formatDays(days: number, intl: string): string {
  return new Intl.NumberFormat(intl, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(days);
}

/** Money leaves as euros with a dot decimal; everything else as is. @example csvCell(125050, 'money') // 1250.5 */
export function csvCell(value: string | number | null, kind: CellKind): CsvCell {
  if (kind === 'money' && typeof value === 'number') return value / 100;
  return value;
}

/**
 * The table as CSV rows: the row key first when the table names one, then every column.
 * @example tableCsvRows({ caption: '', keyName: 'status', columns: [{ key: 'works', label: '', kind: 'count' }], rows: [{ key: 'open', cells: [3] }] })
 * // { header: ['status', 'works'], rows: [['open', 3]] }
 */
export function tableCsvRows(table: FigureTable): { header: string[]; rows: CsvCell[][] } {
  const withKey = table.keyName !== undefined;
  return {
    header: [...(withKey ? [table.keyName!] : []), ...table.columns.map((c) => c.key)],
    rows: table.rows.map((r) => [...(withKey ? [r.key] : []), ...r.cells.map((v, i) => csvCell(v, table.columns[i].kind))]),
  };
}
