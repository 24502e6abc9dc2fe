/**
 * The server's `.eml` outbox (issue #7) read the way a mail client would: every file parsed,
 * filtered by recipient and subject.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/** Every message in the outbox folder to `to` whose subject matches. */
export async function mailsTo(dir: string, to: string, subject: RegExp = /./): Promise<ParsedMail[]> {
  const found: ParsedMail[] = [];
  for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort()) {
    const mail = await simpleParser(await readFile(join(dir, name)));
    const address = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    if (address?.value[0]?.address === to && subject.test(mail.subject ?? '')) found.push(mail);
  }
  return found;
}

/** Waits for the worker to write a message to `to` whose subject matches. */
export async function waitForMail(dir: string, to: string, subject: RegExp, timeout = 15_000): Promise<ParsedMail> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [mail] = await mailsTo(dir, to, subject);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A raw header's value (mailparser folds the List-* headers into one structured `list`). */
export const rawHeader = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
