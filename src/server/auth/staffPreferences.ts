/**
 * What a member of staff chose for the mail the back office sends them (staffNotices.ts): the
 * language, saved whenever they pick the back office's, and whether they want work notices.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import type { StaffLocale } from '../staffLocale.ts';

export interface StaffPreferences {
  locale?: StaffLocale;
  notifyByMail?: boolean;
}

export async function saveStaffPreferences(db: Db, userId: number, preferences: StaffPreferences): Promise<void> {
  if (preferences.locale === undefined && preferences.notifyByMail === undefined) return;
  await db.update(users).set(preferences).where(eq(users.id, userId));
}

export async function staffPreferences(db: Db, userId: number) {
  const [row] = await db.select({ locale: users.locale, notifyByMail: users.notifyByMail }).from(users).where(eq(users.id, userId));
  return row ?? null;
}
