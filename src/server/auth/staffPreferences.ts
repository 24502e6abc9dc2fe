/**
 * What a member of staff chose for the mail the back office sends them (staffNotices.ts,
 * moderatorDaily.ts): the language, saved whenever they pick the back office's, whether they want
 * notices at all, and the site's address their links use.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import type { StaffLocale } from '../staffLocale.ts';

export interface StaffPreferences {
  locale?: StaffLocale;
  notifyByMail?: boolean;
  /** The site's address as they signed in to it: the links of mails the worker sends them. */
  baseUrl?: string;
}

export async function saveStaffPreferences(db: Db, userId: number, preferences: StaffPreferences): Promise<void> {
  if (Object.values(preferences).every((v) => v === undefined)) return;
  await db.update(users).set(preferences).where(eq(users.id, userId));
}

export async function staffPreferences(db: Db, userId: number) {
  const [row] = await db.select({ locale: users.locale, notifyByMail: users.notifyByMail }).from(users).where(eq(users.id, userId));
  return row ?? null;
}
