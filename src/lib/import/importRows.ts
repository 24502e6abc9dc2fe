import type { ImportMessage } from './importMessage.ts';

/** What the file parsers hand to the import planner: one raw row per CSV line or GeoJSON feature. */
export interface ImportRow {
  /** Where the row is, for people: "line 12" or "feature 3". */
  where: string;
  /** 1-based CSV line (of the row's last physical line) or feature number. */
  line: number;
  raw: Record<string, unknown>;
  /** Problems found while parsing, before the row schema runs. */
  problems: ImportMessage[];
}

export type ParsedFile =
  | { ok: true; format: 'csv' | 'geojson'; rows: ImportRow[]; notes: ImportMessage[] }
  | { ok: false; problems: ImportMessage[] };
