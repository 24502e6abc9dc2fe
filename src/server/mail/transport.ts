/**
 * The two ways a message leaves (issue #7, point 2), over nodemailer:
 * - SMTP, when configured;
 * - otherwise an `.eml` file per message in the outbox folder, so the whole flow works on a
 *   fresh clone and staff can read what would have been sent.
 * Imports nothing from astro:* so tests build the same senders. https://nodemailer.com/transports/stream/
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string> | null;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export interface MailConfig {
  from: string;
  outboxDir: string;
  smtpUrl?: string;
  smtpHost?: string;
  smtpPort?: number;
  smtpUser?: string;
  smtpPass?: string;
}

const message = (from: string, mail: OutgoingMail) => ({
  from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  headers: mail.headers ?? {},
  // Stable Message-ID: a retry after a lost acknowledgement is recognisably the same message.
  messageId: `<mail-${mail.id}@periferie.comune.milano.it>`,
});

/** True when the settings name an SMTP server. */
export const usesSmtp = (c: MailConfig) => Boolean(c.smtpUrl || c.smtpHost);

export function createSender(config: MailConfig): MailSender {
  if (usesSmtp(config)) {
    const transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({
          host: config.smtpHost,
          port: config.smtpPort ?? 587,
          auth: config.smtpUser ? { user: config.smtpUser, pass: config.smtpPass ?? '' } : undefined,
        });
    return { send: async (mail) => void (await transport.sendMail(message(config.from, mail))) };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(mail) {
      const info = await transport.sendMail(message(config.from, mail));
      await mkdir(config.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`;
      const tmp = join(config.outboxDir, `.${name}.tmp`);
      await writeFile(tmp, info.message as Buffer);
      await rename(tmp, join(config.outboxDir, name)); // a reader never sees half a file
    },
  };
}
