/**
 * The server's mail settings (astro:env) and its worker: started lazily once the database is
 * open, it drains the queue every MAIL_INTERVAL_MS, announces scheduled updates whose time has
 * come, queues the weekly digests at their weekly moment and moderators' reminders each working
 * day at the same hour. The timer is
 * unref'd so it never keeps the process alive on shutdown.
 */
import { resolve } from 'node:path';
import { DATA_DIR, DIGEST_HOUR, DIGEST_WEEKDAY, FEEDBACK_TARGET_DAYS, MAIL_FROM, MAIL_INTERVAL_MS, SMTP_HOST, SMTP_PASS, SMTP_PORT, SMTP_URL, SMTP_USER } from 'astro:env/server';
import type { Db } from '../../../db/client.ts';
import { drainMailQueue, purgeMailQueue } from './queue.ts';
import { purgeOutbox } from './outbox.ts';
import { MAIL_RETENTION_DAYS } from '../../lib/residents.ts';
import { createSender, type MailConfig } from './transport.ts';
import { queueDigests } from '../residents/digests.ts';
import { lastDigestSlot, lastWorkingDaySlot } from '../../lib/digestSlot.ts';
import { queueModeratorDailies } from '../residents/moderatorDaily.ts';
import { announceScheduledUpdates } from '../residents/announceUpdates.ts';

export function outboxDir(): string {
  return resolve(DATA_DIR, 'outbox');
}

export function mailConfig(): MailConfig {
  return { from: MAIL_FROM, outboxDir: outboxDir(), smtpUrl: SMTP_URL, smtpHost: SMTP_HOST, smtpPort: SMTP_PORT, smtpUser: SMTP_USER, smtpPass: SMTP_PASS };
}

let timer: ReturnType<typeof setInterval> | undefined;
let running = false;
let lastPurge = 0;

/** One pass: scheduled updates whose time has come, weekly digests and moderators' reminders that are due, then every due message. Never throws. */
export async function mailTick(db: Db): Promise<void> {
  if (running) return;
  running = true;
  try {
    const now = new Date();
    await announceScheduledUpdates(db, now);
    await queueDigests(db, now, lastDigestSlot(now, DIGEST_WEEKDAY, DIGEST_HOUR));
    await queueModeratorDailies(db, now, lastWorkingDaySlot(now, DIGEST_HOUR), FEEDBACK_TARGET_DAYS);
    await drainMailQueue(db, createSender(mailConfig()));
    if (now.getTime() - lastPurge >= 3_600_000) {
      // Retention (README, Residents): sent mail and its .eml copies go after MAIL_RETENTION_DAYS.
      lastPurge = now.getTime();
      await purgeMailQueue(db, now, MAIL_RETENTION_DAYS);
      await purgeOutbox(outboxDir(), now, MAIL_RETENTION_DAYS);
    }
  } catch (error) {
    console.error(JSON.stringify({ t: new Date().toISOString(), level: 'error', msg: 'mail worker', error: String(error) }));
  } finally {
    running = false;
  }
}

export function startMailWorker(db: Db): void {
  if (timer) return;
  timer = setInterval(() => void mailTick(db), Math.max(100, MAIL_INTERVAL_MS));
  timer.unref();
  void mailTick(db);
}
