/**
 * Bytes of an uploaded or given import file to text, refusing what is not UTF-8 with a message
 * that says how to fix it (issue #6, "hostile files"). Excel's "CSV UTF-8" adds a byte-order
 * mark: it is accepted and removed.
 */

/** Larger files are refused before they are read: 10,000 projects take about 3 MB of CSV. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; problem: string };

export function tooLarge(size: number): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return `the file is ${mb(size)}, more than the ${mb(MAX_IMPORT_BYTES)} an import accepts: split it into smaller files`;
}

/**
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { ok: true, text: 'a', notes: ['byte-order mark removed'] }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const large = tooLarge(bytes.byteLength);
  if (large) return { ok: false, problem: large };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, problem: 'the file is UTF-16 ("Unicode text"), not UTF-8: save it as "CSV UTF-8" or GeoJSON in UTF-8' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return { ok: false, problem: 'the file is a ZIP archive (an Excel .xlsx?), not CSV or GeoJSON: save the sheet as "CSV UTF-8"' };
  const notes: string[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    notes.push('byte-order mark removed');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const loose = new TextDecoder('utf-8').decode(body);
    const before = loose.slice(0, loose.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    return {
      ok: false,
      problem: `the file is not UTF-8 text: line ${line} has a byte that is not UTF-8 (saved as Windows-1252 or Latin-1?); save it as "CSV UTF-8"`,
    };
  }
  if (text.includes('\u0000')) return { ok: false, problem: 'the file has NUL bytes: it is a binary file, not CSV or GeoJSON text' };
  return { ok: true, text, notes };
}
