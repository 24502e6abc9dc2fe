/**
 * The mail queue (issue #7, point 2): `enqueueMail` writes inside the caller's transaction,
 * `drainMailQueue` sends what is due. A row is claimed (queued → sending) before it is sent, so
 * two workers (two instances, or a test beside the server) never send it twice; a claim older
 * than five minutes is taken as a crashed worker's and released.
 */
import { and, asc, eq, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { mailQueue } from '../../../db/schema.ts';
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from '../../lib/backoff.ts';
import type { MailSender } from './transport.ts';


export interface NewMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

export async function enqueueMail(db: Db | Tx, mail: NewMail | NewMail[]): Promise<void> {
  const rows = Array.isArray(mail) ? mail : [mail];
  if (rows.length === 0) return;
  await db.insert(mailQueue).values(rows.map((m) => ({ ...m, headers: m.headers ?? null })));
}

/**
 * Messages whose text carries a one-time link: one that opens a staff account (an invitation, a
 * password reset) or confirms a resident's address. The queue keeps their text only until sent,
 * then keeps that they were sent, not what they said, so a copy of the database never holds a
 * live link (only hashes of these tokens are stored anywhere else).
 */
export const oneTimeLinkKinds: ReadonlySet<string> = new Set(['staff_invite', 'staff_reset', 'confirm']);
export const SENT_TEXT_WITHHELD = '(sent; not kept: it carried a one-time link)';

export interface DrainResult {
  sent: number;
  failed: number;
}

/** Sends every due message (at most `limit`); `now` is a parameter so tests can step over backoff. */
export async function drainMailQueue(db: Db, sender: MailSender, now = new Date(), limit = 50): Promise<DrainResult> {
  const at = now.toISOString();
  const stale = new Date(now.getTime() - 5 * 60_000).toISOString();
  // Due: queued and its time has come, or claimed by a worker that has not finished in 5 minutes.
  const isDue = or(and(eq(mailQueue.status, 'queued'), lte(mailQueue.nextAttemptAt, at)), and(eq(mailQueue.status, 'sending'), lt(mailQueue.nextAttemptAt, stale)));
  const due = await db.select({ id: mailQueue.id }).from(mailQueue).where(isDue).orderBy(asc(mailQueue.id)).limit(limit);
  const result = { sent: 0, failed: 0 };
  for (const { id } of due) {
    const [row] = await db
      .update(mailQueue)
      .set({ status: 'sending', nextAttemptAt: at })
      // The claim re-checks that the row is still due: a row another worker claimed since our
      // select is 'sending' with a fresh time, so it no longer matches (scale-out.test.ts).
      .where(and(eq(mailQueue.id, id), isDue))
      .returning();
    if (!row) continue; // another worker took it
    try {
      await sender.send(row);
      const withheld = oneTimeLinkKinds.has(row.kind) ? { text: SENT_TEXT_WITHHELD } : {};
      await db.update(mailQueue).set({ status: 'sent', sentAt: new Date().toISOString(), attempts: row.attempts + 1, lastError: null, ...withheld }).where(eq(mailQueue.id, id));
      result.sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      await db
        .update(mailQueue)
        .set({
          status: attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'queued',
          attempts,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
          lastError: String((error as Error)?.message ?? error).slice(0, 500),
        })
        .where(eq(mailQueue.id, id));
      result.failed++;
    }
  }
  return result;
}

/** Counts by status and the newest rows, for the admins' queue page. */
export async function queueState(db: Db) {
  const counts = await db.select({ status: mailQueue.status, n: sql<number>`count(*)` }).from(mailQueue).groupBy(mailQueue.status);
  const rows = await db
    .select({ id: mailQueue.id, kind: mailQueue.kind, to: mailQueue.to, subject: mailQueue.subject, status: mailQueue.status, attempts: mailQueue.attempts, nextAttemptAt: mailQueue.nextAttemptAt, lastError: mailQueue.lastError, createdAt: mailQueue.createdAt, sentAt: mailQueue.sentAt })
    .from(mailQueue)
    .orderBy(sql`${mailQueue.id} desc`)
    .limit(100);
  return { counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])) as Partial<Record<string, number>>, rows };
}

/** An admin puts a failed message back in the queue, to be tried at once. */
export async function requeueMail(db: Db | Tx, id: number): Promise<boolean> {
  const done = await db.update(mailQueue).set({ status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString() }).where(and(eq(mailQueue.id, id), eq(mailQueue.status, 'failed'))).returning({ id: mailQueue.id });
  return done.length > 0;
}

/**
 * Retention: a sent message, or one given up, is deleted `days` after (it holds an address and
 * what was said to it). Returns how many rows went.
 */
export async function purgeMailQueue(db: Db, now: Date, days: number): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  const gone = await db
    .delete(mailQueue)
    .where(or(and(eq(mailQueue.status, 'sent'), lt(mailQueue.sentAt, before)), and(eq(mailQueue.status, 'failed'), lt(mailQueue.nextAttemptAt, before))))
    .returning({ id: mailQueue.id });
  return gone.length;
}
