/**
 * The moderation queue's items (issue #7, point 3): residents' reports with no reply yet and not
 * rejected, with their project; read by the staff pages and the moderators' daily reminder.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { feedback, projects, projectTranslations } from '../../../db/schema.ts';
import { can, type Actor } from '../../lib/permissions.ts';

/** Open items (no reply yet, not rejected) with their project, for the moderation queue. */
export async function openFeedback(db: Db) {
  return db
    .select({ id: feedback.id, projectId: feedback.projectId, slug: projects.slug, title: projectTranslations.title, municipioId: projects.municipioId, kind: feedback.kind, body: feedback.body, photo: feedback.photo, email: feedback.email, locale: feedback.locale, createdAt: feedback.createdAt, firstReplyAt: feedback.firstReplyAt })
    .from(feedback)
    .innerJoin(projects, eq(projects.id, feedback.projectId))
    .leftJoin(projectTranslations, and(eq(projectTranslations.projectId, projects.id), eq(projectTranslations.locale, 'it')))
    .where(eq(feedback.state, 'new'))
    .orderBy(asc(feedback.createdAt));
}

/** The open items `user` may moderate: a Municipio editor's own Municipio, everything for the others. */
export async function openFeedbackFor(db: Db, user: Actor) {
  return (await openFeedback(db)).filter((i) => can(user, 'feedback.moderate', { municipioId: i.municipioId }));
}
