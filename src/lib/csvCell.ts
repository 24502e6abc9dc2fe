/**
 * Writing CSV cells that are safe to open in a spreadsheet. Two dialects (README "Open data"):
 * `excel-it` is what Excel with Italian settings opens correctly on a double click (UTF-8 BOM,
 * `;` between cells, decimal comma), `rfc4180` is plain RFC 4180 for programs (`,`, decimal
 * point, no BOM). Both end lines with CRLF, as RFC 4180 says.
 */

export const csvDialects = ['excel-it', 'rfc4180'] as const;
export type CsvDialect = (typeof csvDialects)[number];

export const CSV_BOM = '\uFEFF';

export function csvDelimiter(dialect: CsvDialect): ';' | ',' {
  return dialect === 'excel-it' ? ';' : ',';
}

// OWASP "CSV injection": a cell starting with one of these may run as a formula (=cmd|' /C calc'!A0).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: numbers in the dialect's decimal style, text made inert (a leading `'` before a
 * formula character, which the importer strips again) and quoted when it has to be.
 * @example csvCell('=cmd|"/C calc"!A0', 'rfc4180') // '"\'=cmd|""/C calc""!A0"'
 * @example csvCell(45.4642, 'excel-it') // '45,4642'
 */
export function csvCell(value: string | number | null | undefined, dialect: CsvDialect): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return dialect === 'excel-it' ? text.replace('.', ',') : text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const delimiter = csvDelimiter(dialect);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @example csvLine(['a', 1.5], 'excel-it') // 'a;1,5\r\n' */
export function csvLine(values: (string | number | null | undefined)[], dialect: CsvDialect): string {
  return values.map((v) => csvCell(v, dialect)).join(csvDelimiter(dialect)) + '\r\n';
}

/** Undoes csvCell's formula guard, for the importer. @example unguardCell("'=1+1") // '=1+1' */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
