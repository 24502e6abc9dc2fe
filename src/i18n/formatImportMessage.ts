import type { ImportMessage, ImportMessageParams } from '../lib/import/importMessage.ts';
import { importMessageKey } from '../lib/import/importMessage.ts';
import { translateKey } from './translateKey.ts';
import type { Translate } from './useTranslations.ts';

// Limits and counts the importer states, said in the staff language's numbers ("200.000
// caratteri"). Not the file's own values: line numbers and positions are left as the file and
// the spreadsheet show them ("riga 12345", "45.12, 9.18").
const QUANTITIES = new Set(['max', 'min', 'cells', 'expected']);

/**
 * An import message (src/lib/import/importMessage.ts) in the staff language, as the CLI prints
 * it and the import screen shows it: `column ("value"): text` for a cell, else the text.
 * @example formatImportMessage(useTranslations('en'), { code: 'noRows' }) // 'the file has a header but no rows'
 */
export function formatImportMessage(t: Translate, message: ImportMessage): string {
  const text = translateKey(t, importMessageKey(message), message.params && quantitiesIn(message.params, t.intl));
  if (message.column === undefined) return text;
  return `${message.column}${message.value ? ` (${message.value})` : ''}: ${text}`;
}

function quantitiesIn(params: ImportMessageParams, intlLocale: string): ImportMessageParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, QUANTITIES.has(name) && typeof value === 'number' ? value.toLocaleString(intlLocale) : value]));
}
