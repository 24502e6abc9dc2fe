/**
 * The working day's reminder to those who answer residents (issue #7, point 4's reply target):
 * at DIGEST_HOUR on each working day, every moderator with notices on gets one mail if, in their
 * scope (a Municipio editor's own Municipio, the whole city for the others, as the start page
 * counts), reports arrived since their last reminder or reports are past the target. Each person
 * is claimed (`last_daily_at` moved only if nobody moved it meanwhile) in the transaction that
 * queues the mail, so two ticks or two instances never send it twice.
 */
import { and, asc, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { can } from '../../lib/permissions.ts';
import { roles } from '../../lib/vocabulary.ts';
import { byUrgency, isLate } from '../../lib/replyTimes.ts';
import { enqueueMail } from '../mail/queue.ts';
import { openFeedback } from './openFeedback.ts';
import { moderatorDailyMail } from './moderatorDailyMail.ts';

/** The roles that moderate somewhere (a Municipio editor in their own Municipio). */
const moderating = roles.filter((role) => can({ role, municipioId: 1 }, 'feedback.moderate'));

/** Queues the reminders due at `slot` (the latest working day's moment); returns how many. */
export async function queueModeratorDailies(db: Db, now: Date, slot: Date, targetDays: number): Promise<number> {
  // Only those who moderate are read: anyone else would be due at every tick, never claimed.
  const moderators = await db
    .select({ id: users.id, email: users.email, role: users.role, municipioId: users.municipioId, locale: users.locale, baseUrl: users.baseUrl, lastDailyAt: users.lastDailyAt })
    .from(users)
    .where(and(inArray(users.role, moderating), eq(users.disabled, false), eq(users.notifyByMail, true), isNotNull(users.passwordHash), isNotNull(users.baseUrl), or(isNull(users.lastDailyAt), lt(users.lastDailyAt, slot.toISOString()))))
    .orderBy(asc(users.id));
  if (moderators.length === 0) return 0;
  const open = await openFeedback(db);
  let queued = 0;
  for (const person of moderators) {
    queued += await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(users)
        .set({ lastDailyAt: now.toISOString() })
        .where(and(eq(users.id, person.id), person.lastDailyAt === null ? isNull(users.lastDailyAt) : eq(users.lastDailyAt, person.lastDailyAt)))
        .returning({ id: users.id });
      if (!claimed) return 0; // another tick or instance took it
      const mine = open.filter((i) => can(person, 'feedback.moderate', { municipioId: i.municipioId }));
      const arrived = mine.filter((i) => person.lastDailyAt === null || i.createdAt > person.lastDailyAt).length;
      const late = mine.filter((i) => isLate(i, now, targetDays)).length;
      if (arrived === 0 && late === 0) return 0;
      const items = byUrgency(mine, now, targetDays).map((i) => ({ ...i, late: isLate(i, now, targetDays) }));
      await enqueueMail(tx, moderatorDailyMail({ email: person.email, locale: person.locale }, { waiting: mine.length, arrived, late, targetDays, items, baseUrl: person.baseUrl! }));
      return 1;
    });
  }
  return queued;
}
