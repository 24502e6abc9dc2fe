/**
 * Invitations by e-mail (src/server/auth/invites.ts, accountLinkMail.ts) on a real database: the mail is
 * queued with the invitation, in the language chosen, and once sent the queue no longer holds
 * the link that opens the account; a message that failed keeps it for the retry.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailQueue, users } from '../../db/schema.ts';
import { inviteUser } from '../../src/server/auth/invites.ts';
import { createUser } from '../../src/server/auth/users.ts';
import { drainMailQueue, SENT_TEXT_WITHHELD } from '../../src/server/mail/queue.ts';
import type { OutgoingMail } from '../../src/server/mail/transport.ts';
import { memoryDb } from '../helpers/db.ts';

let db: Db;
let admin: number;
const BASE = 'https://periferie.example.it';
const queued = () => db.select().from(mailQueue).orderBy(mailQueue.id);

beforeEach(async () => {
  db = await memoryDb();
  admin = await createUser(db, { email: 'admin@comune.milano.it', name: 'Anna Rossi', role: 'admin', municipioId: null }, 'a long enough password');
});

describe('invitations by e-mail', () => {
  it('queues the link with the invitation, in the language chosen for it', async () => {
    const { userId, token } = await inviteUser(db, { email: 'new@comune.milano.it', name: '', role: 'publisher', municipioId: null }, admin, new Date(), { baseUrl: BASE, locale: 'en' });
    const [mail] = await queued();
    expect(mail).toMatchObject({ kind: 'staff_invite', to: 'new@comune.milano.it', subject: 'Periferie Milano: your access to the staff area' });
    expect(mail.text).toContain('Anna Rossi invited you to the Periferie Milano staff area, with the role “Publisher”.');
    expect(mail.text).toContain(`\n${BASE}/staff/invite/${token}\n`);
    expect((await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)))[0].locale).toBe('en');
  });

  it('queues nothing when the admin hands the link over themselves', async () => {
    await inviteUser(db, { email: 'new@comune.milano.it', name: '', role: 'editor', municipioId: null }, admin);
    expect(await queued()).toEqual([]);
  });

  it('keeps that the invitation was sent, not its link; a failed one keeps it for the retry', async () => {
    const { token } = await inviteUser(db, { email: 'new@comune.milano.it', name: '', role: 'editor', municipioId: null }, admin, new Date(), { baseUrl: BASE, locale: 'it' });
    await db.insert(mailQueue).values({ kind: 'notify', to: 'resident@example.org', subject: 'Novità', text: 'Il testo resta.' });
    await db.insert(mailQueue).values({ kind: 'confirm', to: 'resident@example.org', subject: 'Conferma', text: 'https://x.example/it/follow/confirm?token=secret-confirm' });
    const failing = { send: async () => { throw new Error('smtp down'); } };
    expect(await drainMailQueue(db, failing)).toEqual({ sent: 0, failed: 3 });
    expect((await queued())[0].text).toContain(token);

    const sent: OutgoingMail[] = [];
    expect(await drainMailQueue(db, { send: async (m) => void sent.push(m) }, new Date(Date.now() + 3_600_000))).toEqual({ sent: 3, failed: 0 });
    expect(sent[0].text).toContain(token); // the person got the link
    const [invite, notify, confirm] = await queued();
    expect(invite).toMatchObject({ status: 'sent', text: SENT_TEXT_WITHHELD });
    expect(notify).toMatchObject({ status: 'sent', text: 'Il testo resta.' });
    expect(confirm).toMatchObject({ status: 'sent', text: SENT_TEXT_WITHHELD }); // a resident's confirmation link too
  });
});
