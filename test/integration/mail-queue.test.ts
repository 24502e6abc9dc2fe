/**
 * The mail queue against a real SMTP server on loopback (issue #7, point 2): while the server is
 * down every message stays queued with its error and a later attempt time; once it is back the
 * queue empties and every message arrives, once.
 */
import { createServer as netServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { mailQueue } from '../../db/schema.ts';
import { drainMailQueue, enqueueMail } from '../../src/server/mail/queue.ts';
import { createSender } from '../../src/server/mail/transport.ts';
import { memoryDb } from '../helpers/db.ts';

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

const received: { to: string; subject: string; unsubscribe: string | undefined }[] = [];
let smtp: SMTPServer | undefined;
afterAll(() => new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r())));

describe('SMTP down, then back', () => {
  it('loses nothing and sends each message once', async () => {
    const db = await memoryDb();
    const port = await freePort();
    const sender = createSender({ from: 'Periferie <noreply@example.org>', outboxDir: '/nonexistent', smtpUrl: `smtp://127.0.0.1:${port}`, smtpPort: port });
    // nodemailer tries STARTTLS only when offered; the fake server offers none.
    await enqueueMail(db, [1, 2, 3].map((n) => ({ kind: 'notify', to: `r${n}@example.org`, subject: `Messaggio ${n}`, text: 'Ciao', headers: { 'List-Unsubscribe': `<https://x.example/unsubscribe?token=t${n}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } })));

    const t0 = new Date();
    expect(await drainMailQueue(db, sender, t0)).toEqual({ sent: 0, failed: 3 });
    let rows = await db.select().from(mailQueue);
    expect(rows.map((r) => [r.status, r.attempts, r.nextAttemptAt > t0.toISOString()])).toEqual([['queued', 1, true], ['queued', 1, true], ['queued', 1, true]]);
    expect(rows.every((r) => /ECONNREFUSED/.test(r.lastError ?? ''))).toBe(true);
    // Backoff: nothing is due a second later.
    expect(await drainMailQueue(db, sender, new Date(t0.getTime() + 1000))).toEqual({ sent: 0, failed: 0 });

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        simpleParser(stream).then((m) => {
          received.push({ to: session.envelope.rcptTo[0].address, subject: m.subject ?? '', unsubscribe: m.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line.replace(/^[^:]+:\s*/, '') });
          done();
        }, done);
      },
    });
    await new Promise<void>((r) => smtp!.listen(port, '127.0.0.1', () => r()));

    expect(await drainMailQueue(db, sender, new Date(t0.getTime() + 61_000))).toEqual({ sent: 3, failed: 0 });
    rows = await db.select().from(mailQueue);
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([['sent', 2, null], ['sent', 2, null], ['sent', 2, null]]);
    expect(received.map((m) => m.to).sort()).toEqual(['r1@example.org', 'r2@example.org', 'r3@example.org']);
    expect(received.every((m) => m.unsubscribe === 'List-Unsubscribe=One-Click')).toBe(true);
    // Sent messages are not sent again.
    expect(await drainMailQueue(db, sender, new Date(t0.getTime() + 3_600_000))).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(3);
  });
});
