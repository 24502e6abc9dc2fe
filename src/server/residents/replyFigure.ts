/** The public figure of a Municipio page: median days to first reply over the last 90 days. */
import type { Db } from '../../../db/client.ts';
import { medianReplyDays } from '../../lib/replyTimes.ts';
import { replyTimesIn } from './feedback.ts';

export async function replyFigure(db: Db, municipioId: number, now = new Date()) {
  const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  const rows = await replyTimesIn(db, municipioId, since);
  return { days: medianReplyDays(rows, now, 90), replies: rows.length };
}
