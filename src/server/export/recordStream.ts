/**
 * Streams every project matching a filter as export text, one page of records at a time
 * (keyset paging in db/projectRecords.ts): the first bytes leave before the last page is read,
 * and memory stays flat at 50,000 projects (issue #6, "streams in under 2 s").
 */
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { selectProjectRecords, type StoredRecord } from '../../../db/projectRecords.ts';

const PAGE = 2000;

export interface RecordEncoder {
  head: string;
  /** Text of one page; `first` is true for the first page only. */
  page: (records: StoredRecord[], first: boolean) => string;
  tail: string;
}

export function recordStream(db: Db, where: SQL, encoder: RecordEncoder): ReadableStream<Uint8Array> {
  const encode = new TextEncoder();
  let afterId = 0;
  let first = true;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encode.encode(encoder.head));
    },
    async pull(controller) {
      if (done) return;
      const records = await selectProjectRecords(db, { where, afterId, limit: PAGE });
      if (records.length > 0) {
        controller.enqueue(encode.encode(encoder.page(records, first)));
        first = false;
        afterId = records[records.length - 1].id;
      }
      if (records.length < PAGE) {
        done = true;
        controller.enqueue(encode.encode(encoder.tail));
        controller.close();
      }
    },
  });
}
