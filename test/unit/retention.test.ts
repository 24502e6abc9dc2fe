/**
 * Retention as stated to residents (issue #7): unconfirmed addresses go when their link expires,
 * sent or abandoned messages and their .eml copies after MAIL_RETENTION_DAYS.
 */
import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mailQueue, subscriptions } from '../../db/schema.ts';
import { MAIL_RETENTION_DAYS } from '../../src/lib/residents.ts';
import { purgeOutbox } from '../../src/server/mail/outbox.ts';
import { purgeMailQueue } from '../../src/server/mail/queue.ts';
import { purgeUnconfirmed } from '../../src/server/residents/subscriptions.ts';
import { memoryDb } from '../helpers/db.ts';

const DAY = 86_400_000;
const now = new Date('2026-06-30T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

describe('retention', () => {
  it('deletes unconfirmed addresses once their link has expired, never confirmed ones', async () => {
    const db = await memoryDb();
    const base = { locale: 'it', scope: 'project' as const, targetId: 1, frequency: 'instant' as const, baseUrl: 'https://x.example' };
    await db.insert(subscriptions).values([
      { ...base, email: 'expired@example.org', confirmHash: 'c1', confirmExpiresAt: ago(1), unsubscribeHash: 'u1', unsubscribeToken: 't1' },
      { ...base, email: 'pending@example.org', confirmHash: 'c2', confirmExpiresAt: ago(-1), unsubscribeHash: 'u2', unsubscribeToken: 't2' },
      { ...base, email: 'confirmed@example.org', confirmedAt: ago(400), unsubscribeHash: 'u3', unsubscribeToken: 't3' },
    ]);
    await purgeUnconfirmed(db, now);
    expect((await db.select({ email: subscriptions.email }).from(subscriptions)).map((r) => r.email).sort()).toEqual(['confirmed@example.org', 'pending@example.org']);
  });

  it('deletes sent and abandoned messages after the retention period, never queued ones', async () => {
    const db = await memoryDb();
    const mail = (to: string, extra: Partial<typeof mailQueue.$inferInsert>) => ({ kind: 'notify', to, subject: 's', text: 't', ...extra });
    await db.insert(mailQueue).values([
      mail('old-sent@example.org', { status: 'sent', sentAt: ago(MAIL_RETENTION_DAYS + 1) }),
      mail('new-sent@example.org', { status: 'sent', sentAt: ago(MAIL_RETENTION_DAYS - 1) }),
      mail('old-failed@example.org', { status: 'failed', nextAttemptAt: ago(MAIL_RETENTION_DAYS + 1) }),
      mail('old-queued@example.org', { status: 'queued', nextAttemptAt: ago(MAIL_RETENTION_DAYS + 5) }),
    ]);
    expect(await purgeMailQueue(db, now, MAIL_RETENTION_DAYS)).toBe(2);
    expect((await db.select({ to: mailQueue.to }).from(mailQueue)).map((r) => r.to).sort()).toEqual(['new-sent@example.org', 'old-queued@example.org']);
  });

  it('deletes old .eml files from the outbox and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    for (const name of ['old-1.eml', 'new-2.eml', 'notes.txt']) await writeFile(join(dir, name), 'x');
    const old = new Date(now.getTime() - (MAIL_RETENTION_DAYS + 1) * DAY);
    await utimes(join(dir, 'old-1.eml'), old, old);
    await utimes(join(dir, 'notes.txt'), old, old);
    await utimes(join(dir, 'new-2.eml'), now, now);
    expect(await purgeOutbox(dir, now, MAIL_RETENTION_DAYS)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['new-2.eml', 'notes.txt']);
  });
});
