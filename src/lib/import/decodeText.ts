/**
 * Bytes of an uploaded or given import file to text, refusing what is not UTF-8 with a message
 * that says how to fix it (issue #6, "hostile files"). Excel's "CSV UTF-8" adds a byte-order
 * mark: it is accepted and removed.
 */

import { importMessage, type ImportMessage } from './importMessage.ts';

/** Larger files are refused before they are read: 10,000 projects take about 3 MB of CSV. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string; notes: ImportMessage[] } | { ok: false; problem: ImportMessage };

/** @example tooLarge(100 * 1024 * 1024) // { code: 'tooLarge', params: { size: '100 MB', max: '20 MB' } } */
export function tooLarge(size: number): ImportMessage | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return importMessage('tooLarge', { size: mb(size), max: mb(MAX_IMPORT_BYTES) });
}

/**
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { ok: true, text: 'a', notes: [{ code: 'bomRemoved' }] }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const large = tooLarge(bytes.byteLength);
  if (large) return { ok: false, problem: large };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, problem: importMessage('utf16') };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { ok: false, problem: importMessage('zip') };
  const notes: ImportMessage[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    notes.push(importMessage('bomRemoved'));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const loose = new TextDecoder('utf-8').decode(body);
    const before = loose.slice(0, loose.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    return { ok: false, problem: importMessage('notUtf8', { line }) };
  }
  if (text.includes('\u0000')) return { ok: false, problem: importMessage('nulBytes') };
  return { ok: true, text, notes };
}
