/**
 * Residents' questions and reports (issue #7, point 3): stored as new, moderated by staff, who
 * reply (the reply is e-mailed through the queue, in the same transaction) and may publish the
 * question with its answer on the project page.
 */
import { invalidateTags, projectCacheTags, purgeAfterCommit } from '../cache/invalidate.ts';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { audit, type AuditBy } from '../audit.ts';
import { feedback, projects } from '../../../db/schema.ts';
import type { FeedbackInput } from '../../lib/residents.ts';
import { isLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { enqueueMail } from '../mail/queue.ts';
import { projectTitles } from './projectTitles.ts';

export async function createFeedback(db: Db, input: FeedbackInput, locale: string, photo: string | null): Promise<number | null> {
  const [p] = await db.select({ id: projects.id }).from(projects).where(and(eq(projects.id, input.projectId), eq(projects.publication, 'published')));
  if (!p) return null;
  const [row] = await db.insert(feedback).values({ projectId: p.id, kind: input.kind, body: input.body, email: input.email, locale, photo }).returning({ id: feedback.id });
  return row.id;
}

export class FeedbackError extends Error {}

/**
 * Replies once (the first reply's time is what the public figure measures) and mails it, audited
 * in the same transaction (the purge of cached pages has to wait for its commit, so it is here).
 */
export async function replyFeedback(db: Db, id: number, reply: string, by: AuditBy & { actor: { id: number } }, publish: boolean, baseUrl: string, now = new Date()) {
  const { item, stale } = await db.transaction(async (tx) => {
    const [item] = await tx.select().from(feedback).where(eq(feedback.id, id));
    if (!item || item.state !== 'new') throw new FeedbackError('residents.error.notOpen');
    // The address was given for this reply only: the queued message keeps its own copy.
    await tx.update(feedback).set({ state: 'answered', reply, repliedBy: by.actor.id, firstReplyAt: now.toISOString(), published: publish, email: null }).where(eq(feedback.id, id));
    await audit(tx, { ...by, action: 'feedback_reply', targetType: 'feedback', targetId: id, detail: { published: publish } });
    if (item.email) {
      const locale = isLocale(item.locale) ? item.locale : 'it';
      const t = useTranslations(locale);
      const [p] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, item.projectId));
      // The project named, in the resident's language where translated: the mail may be read days later.
      const titles = await projectTitles(tx, item.projectId);
      const title = titles[locale] ?? titles.it ?? p.slug;
      await enqueueMail(tx, {
        kind: 'reply',
        to: item.email,
        subject: t('residents.mail.replySubject'),
        text: `${t('residents.mail.replyIntro')}\n\n> ${item.body.replace(/\n/g, '\n> ')}\n\n${reply}\n\n${title}\n${baseUrl}/${locale}/projects/${p.slug}\n\n--\n${t('residents.mail.replyFooter')}\n`,
      });
    }
    // The answer may be shown on the project page, and the Municipio's reply-time figure moved.
    return { item, stale: await invalidateTags(tx, await projectCacheTags(tx, item.projectId)) };
  });
  purgeAfterCommit(stale);
  return item;
}

export async function rejectFeedback(db: Db | Tx, id: number): Promise<boolean> {
  const done = await db.update(feedback).set({ state: 'rejected', email: null }).where(and(eq(feedback.id, id), eq(feedback.state, 'new'))).returning({ id: feedback.id });
  return done.length > 0;
}

/** Answered questions staff chose to publish, newest first (the resident's e-mail is never shown). */
export async function publishedFeedback(db: Db, projectId: number) {
  return db
    .select({ id: feedback.id, kind: feedback.kind, body: feedback.body, reply: feedback.reply, createdAt: feedback.createdAt, firstReplyAt: feedback.firstReplyAt, locale: feedback.locale })
    .from(feedback)
    .where(and(eq(feedback.projectId, projectId), eq(feedback.published, true), eq(feedback.state, 'answered')))
    .orderBy(desc(feedback.firstReplyAt))
    .limit(50);
}

/** Receipt and first-reply instants of a Municipio's items, for the public figure. */
export async function replyTimesIn(db: Db, municipioId: number, sinceIso: string) {
  return db
    .select({ createdAt: feedback.createdAt, firstReplyAt: feedback.firstReplyAt })
    .from(feedback)
    .innerJoin(projects, eq(projects.id, feedback.projectId))
    .where(and(eq(projects.municipioId, municipioId), isNotNull(feedback.firstReplyAt), sql`${feedback.firstReplyAt} > ${sinceIso}`, inArray(feedback.state, ['answered'])));
}
