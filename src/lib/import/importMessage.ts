/**
 * What the importer says about a file or a row, as data (issue #6): a code and its values,
 * never a sentence. The CLI and the back-office screen format the same message in the staff
 * language (`staff.import.msg.<code>` in src/i18n, via formatImportMessage()), so both always
 * say the same thing. A cell problem also names its column and the value found there.
 */
export type ImportMessageParams = Record<string, string | number>;

export interface ImportMessage {
  code: string;
  params?: ImportMessageParams;
  /** The column (or GeoJSON property) the message is about. */
  column?: string;
  /** The value found in that column, quoted as JSON and cut to 60 characters. */
  value?: string;
}

/** @example importMessage('cellCount', { cells: 3, expected: 16 }) */
export function importMessage(code: string, params?: ImportMessageParams, column?: string, value?: string): ImportMessage {
  return { code, ...(params && { params }), ...(column !== undefined && { column }), ...(value !== undefined && { value }) };
}

/** The i18n key of a message. @example importMessageKey({ code: 'noRows' }) // 'staff.import.msg.noRows' */
export function importMessageKey(message: ImportMessage): string {
  return `staff.import.msg.${message.code}`;
}
