import type { ImportMessage } from '../lib/import/importMessage.ts';
import { importMessageKey } from '../lib/import/importMessage.ts';
import { translateKey } from './translateKey.ts';
import type { Translate } from './useTranslations.ts';

/**
 * An import message (src/lib/import/importMessage.ts) in the staff language, as the CLI prints
 * it and the import screen shows it: `column ("value"): text` for a cell, else the text.
 * @example formatImportMessage(useTranslations('en'), { code: 'noRows' }) // 'the file has a header but no rows'
 */
export function formatImportMessage(t: Translate, message: ImportMessage): string {
  const text = translateKey(t, importMessageKey(message), message.params);
  if (message.column === undefined) return text;
  return `${message.column}${message.value ? ` (${message.value})` : ''}: ${text}`;
}
