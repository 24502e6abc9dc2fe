/**
 * One entry point for import files: bytes in, raw rows or file-level problems out. CSV or
 * GeoJSON is told by the name's extension, else by the first character of the text.
 */
import { decodeText } from './decodeText.ts';
import type { ParsedFile } from './importRows.ts';
import { parseProjectCsv } from './parseProjectCsv.ts';
import { parseProjectGeoJson } from './parseProjectGeoJson.ts';

/** @example parseImportFile(readFileSync('progetti.csv'), 'progetti.csv') */
export function parseImportFile(bytes: Uint8Array, name: string): ParsedFile {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const geojson = extension === 'geojson' || extension === 'json' || (extension !== 'csv' && decoded.text.trimStart().startsWith('{'));
  const parsed = geojson ? parseProjectGeoJson(decoded.text) : parseProjectCsv(decoded.text);
  return parsed.ok ? { ...parsed, notes: [...decoded.notes, ...parsed.notes] } : parsed;
}
