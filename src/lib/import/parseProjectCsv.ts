/**
 * A project CSV to raw rows (issue #6). The delimiter is detected from the header (`,` from
 * programs, `;` from Excel with Italian settings, tab), the header must name every required
 * column and nothing unknown, and each row keeps its line number for the dry-run report.
 * Parsing itself is csv-parse's: quoted cells, doubled quotes and line breaks inside cells.
 */
import { parse } from 'csv-parse/sync';
import { knownColumns, requiredColumns } from '../projectRecord.ts';
import { importMessage, type ImportMessage } from './importMessage.ts';
import type { ImportRow, ParsedFile } from './importRows.ts';

const candidates = [',', ';', '\t'] as const;

/** The candidate that splits the header line (outside quotes) into the most known columns. */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '""');
  let best: string = ',';
  let bestScore = -1;
  for (const d of candidates) {
    const cells = unquoted.split(d).map((c) => c.replace(/"/g, '').trim().toLowerCase());
    const score = cells.filter((c) => knownColumns.has(c)).length * 1000 + cells.length;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

const delimiterNote: Record<string, string> = { ';': 'delimiterSemicolon', '\t': 'delimiterTab' };

/** A known column a person probably meant. @example suggest('title') // 'title_it' */
function suggest(column: string): string | null {
  const base = column.replace(/[^a-z]/g, '');
  for (const known of knownColumns) if (known.replace(/[^a-z]/g, '').startsWith(base) && base.length >= 3) return known;
  return null;
}

export function parseProjectCsv(text: string): ParsedFile {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  if (headerLine.trim() === '') return { ok: false, problems: [importMessage('headerEmpty')] };
  const delimiter = detectDelimiter(headerLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    return { ok: false, problems: [importMessage('notCsv', { detail: (error as Error).message })] };
  }
  const [header, ...rows] = records;
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const problems: ImportMessage[] = [];
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) problems.push(importMessage('columnTwice', { column: c }));
    seen.add(c);
  }
  const unknown = columns.filter((c) => !knownColumns.has(c));
  for (const c of unknown) {
    const hint = suggest(c);
    problems.push(hint ? importMessage('unknownColumnHint', { column: c, hint }) : importMessage('unknownColumn', { column: c }));
  }
  const missing = requiredColumns.filter((c) => !seen.has(c));
  if (missing.length) problems.push(importMessage('missingColumns', { columns: missing.join(', ') }));
  if (columns.length === 1 && unknown.length)
    problems.push(importMessage('oneColumn'));
  if (problems.length) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [importMessage('noRows')] };

  const notes = delimiter === ',' ? [] : [importMessage(delimiterNote[delimiter])];
  const parsed: ImportRow[] = rows.map(({ record, info }) => {
    const line = info.lines;
    const rowProblems =
      record.length === columns.length ? [] : [importMessage('cellCount', { cells: record.length, expected: columns.length })];
    const raw: Record<string, unknown> = {};
    columns.forEach((c, i) => (raw[c] = record[i] ?? ''));
    return { where: `line ${line}`, line, raw, problems: rowProblems };
  });
  return { ok: true, format: 'csv', rows: parsed, notes };
}
