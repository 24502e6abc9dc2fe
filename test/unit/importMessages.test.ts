/**
 * Import messages (issue #6) are codes that the CLI and the import screen both format: every
 * code the importer can emit has an Italian and an English text, and both languages fill in
 * the same values.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImportMessage } from '../../src/i18n/formatImportMessage.ts';
import { en } from '../../src/i18n/ui/en.ts';
import { it as itStrings } from '../../src/i18n/ui/it.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import { checkProjectRecord } from '../../src/lib/projectRecordSchema.ts';
import { parseProjectCsv } from '../../src/lib/import/parseProjectCsv.ts';

const root = join(import.meta.dirname, '../..');
const sources = [
  ...readdirSync(join(root, 'src/lib/import')).map((f) => join(root, 'src/lib/import', f)),
  ...readdirSync(join(root, 'db/import')).map((f) => join(root, 'db/import', f)),
  join(root, 'src/lib/projectRecordSchema.ts'),
];

/** Every literal code passed to importMessage() or the schema's m(), and the few chosen otherwise. */
function emittedCodes(): string[] {
  // Codes chosen in a ternary or a table rather than passed as a literal.
  const codes = new Set<string>(['invalid', 'unknownColumns', 'delimiterSemicolon', 'delimiterTab', 'duplicateLines', 'duplicateFeatures', 'outsideMilan', 'outsideMilanSwapped']);
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:importMessage|m)\(\s*'(\w+)'/g)) codes.add(match[1]);
  }
  return [...codes].sort();
}

describe('import messages', () => {
  it('have an Italian and an English text for every code the importer emits', () => {
    const codes = emittedCodes();
    expect(codes.length).toBeGreaterThan(40);
    const missing = codes.flatMap((c) => [`it:${c}`, `en:${c}`]).filter((k) => {
      const [lang, code] = k.split(':');
      return !(`staff.import.msg.${code}` in (lang === 'it' ? itStrings : en));
    });
    expect(missing).toEqual([]);
  });

  it('say the same cell problem in Italian and English, with the column and value', () => {
    const result = checkProjectRecord({ title_it: 'Parco', category: 'green', status: 'design', lat: '41.9', lon: '12.5', progress: '0' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatImportMessage(useTranslations('en'), result.problems[0])).toBe('lat ("41.9"): position 41.9, 12.5 is outside Milan');
    expect(formatImportMessage(useTranslations('it'), result.problems[0])).toBe('lat ("41.9"): la posizione 41.9, 12.5 è fuori Milano');
  });

  it('write limits in the staff language’s numbers, and the file’s own values as the file does', () => {
    const long = formatImportMessage(useTranslations('it'), { code: 'tooLong', params: { max: 200000 }, column: 'body' });
    expect(long).toBe('body: supera i 200.000 caratteri');
    expect(formatImportMessage(useTranslations('en'), { code: 'tooLong', params: { max: 200000 } })).toBe('is longer than 200,000 characters');
    expect(formatImportMessage(useTranslations('it'), { code: 'notUtf8', params: { line: 12345 } })).toContain('la riga 12345 ');
    expect(formatImportMessage(useTranslations('it'), { code: 'atLeast', params: { min: -90 } })).toBe('deve essere almeno -90');
  });

  it('say file problems in either language', () => {
    const parsed = parseProjectCsv('cup,slug,titolo\n1,2,3\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(formatImportMessage(useTranslations('it'), parsed.problems[0])).toBe('riga 1: colonna sconosciuta "titolo"');
    expect(formatImportMessage(useTranslations('en'), parsed.problems[0])).toBe('line 1: unknown column "titolo"');
  });
});
