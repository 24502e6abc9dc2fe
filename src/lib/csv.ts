/**
 * CSV for spreadsheets and scripts alike (RFC 4180): UTF-8 with a byte-order mark so that Excel
 * reads "Città" correctly, CRLF line ends, fields quoted only when they must be. Numbers are
 * written as plain JavaScript numbers (dot decimal, no grouping), whatever the reader's locale.
 */

export type CsvCell = string | number | null;

/** Text that a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection). */
function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * @example toCsv(['name', 'euros'], [['Città', 1250.5]]) // '\uFEFFname,euros\r\nCittà,1250.5\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
