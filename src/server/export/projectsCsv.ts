/**
 * The projects CSV (issue #6) in the columns of src/lib/projectRecord.ts, in either dialect of
 * src/lib/csvCell.ts: `excel-it` by default (opens correctly with a double click in Excel with
 * Italian settings), `rfc4180` for programs. Text is formula-guarded by csvCell.
 */
import { selectProjectRecords } from '../../../db/projectRecords.ts';
import { CSV_BOM, csvLine, type CsvDialect } from '../../lib/csvCell.ts';
import { exportColumns, recordCells } from '../../lib/projectRecord.ts';
import type { RecordEncoder } from './recordStream.ts';

export const projectUrl = (origin: string, slug: string) => `${origin}/it/projects/${slug}`;

export function projectsCsvEncoder(dialect: CsvDialect, origin: string): RecordEncoder {
  return {
    head: (dialect === 'excel-it' ? CSV_BOM : '') + csvLine([...exportColumns], dialect),
    page: async (db, where, afterId, limit) => {
      const records = await selectProjectRecords(db, { where, afterId, limit });
      const text = records
        .map(({ record, updatedAt }) => {
          const cells = recordCells(record, { url: projectUrl(origin, record.slug), updated_at: updatedAt });
          return csvLine(exportColumns.map((c) => cells[c]), dialect);
        })
        .join('');
      return { text, count: records.length, lastId: records.at(-1)?.id ?? afterId };
    },
    between: '',
    tail: '',
  };
}
