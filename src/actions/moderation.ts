/** Back-office side of the residents' features (issue #7): replies, rejections, impacts, the mail queue. */
import { ActionError, defineAction } from 'astro:actions';
import { and, eq } from 'drizzle-orm';
import { feedback, projects, worksiteImpacts } from '../../db/schema.ts';
import { can } from '../lib/permissions.ts';
import { fieldErrors, impactSchema, replySchema } from '../lib/residents.ts';
import { invalidateTags, projectCacheTags, purgeAfterCommit } from '../server/cache/invalidate.ts';
import { getDb } from '../server/db.ts';
import { requeueMail } from '../server/mail/queue.ts';
import { queueDigests } from '../server/residents/digests.ts';
import { addImpact } from '../server/residents/addImpact.ts';
import { FeedbackError, rejectFeedback, replyFeedback } from '../server/residents/feedback.ts';
import { audit, audited } from '../server/audit.ts';
import { clientIp, idField, requireConfirmed, requireUser, siteUrl } from './context.ts';

/** The Municipio of the project a feedback item is about, for the scoped permission. */
async function feedbackScope(id: number) {
  const db = await getDb();
  const [row] = await db.select({ municipioId: projects.municipioId }).from(feedback).innerJoin(projects, eq(projects.id, feedback.projectId)).where(eq(feedback.id, id));
  if (!row) throw new ActionError({ code: 'NOT_FOUND', message: 'staff.error.notFound' });
  return { db, scope: row };
}

export const moderation = {
  reply: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'feedback.moderate');
      const id = idField(form, 'id');
      const typed = String(form.get('reply') ?? '');
      const parsed = replySchema.safeParse({ reply: typed });
      if (!parsed.success) return { ok: false as const, id, errors: fieldErrors(parsed.error.issues), values: { reply: typed } };
      const { reply } = parsed.data;
      const { db, scope } = await feedbackScope(id);
      if (!can(user, 'feedback.moderate', scope)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
      try {
        await replyFeedback(db, id, reply, { actor: user, ip: clientIp(context) }, form.get('publish') === 'on', siteUrl(context));
      } catch (error) {
        if (error instanceof FeedbackError) throw new ActionError({ code: 'CONFLICT', message: error.message });
        throw error;
      }
      return { ok: true as const, id };
    },
  }),

  reject: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'feedback.moderate');
      const id = idField(form, 'id');
      requireConfirmed(form);
      const { db, scope } = await feedbackScope(id);
      if (!can(user, 'feedback.moderate', scope)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
      const ok = await audited(db, (tx) => rejectFeedback(tx, id), (done) => (done ? { actor: user, action: 'feedback_reject', targetType: 'feedback', targetId: id, ip: clientIp(context) } : null));
      return { ok, id };
    },
  }),

  requeue: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'mail.queue');
      const db = await getDb();
      const id = idField(form, 'id');
      const ok = await audited(db, (tx) => requeueMail(tx, id), (done) => (done ? { actor: user, action: 'mail_requeue', targetType: 'mail', targetId: id, ip: clientIp(context) } : null));
      return { ok };
    },
  }),

  /** An admin sends the weekly digests that are due now instead of at the weekly moment. */
  sendDigests: defineAction({
    accept: 'form',
    handler: async (_form: FormData, context) => {
      const user = requireUser(context, 'mail.queue');
      const db = await getDb();
      const queued = await queueDigests(db, new Date());
      await audit(db, { actor: user, action: 'digests_send', targetType: 'mail', ip: clientIp(context), detail: { queued } });
      return { ok: true as const, queued };
    },
  }),

  addImpact: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'project.edit');
      const projectId = idField(form, 'projectId');
      const values = Object.fromEntries(['kind', 'descriptionIt', 'descriptionEn', 'startsOn', 'endsOn'].map((k) => [k, String(form.get(k) ?? '')]));
      const parsed = impactSchema.safeParse(values);
      if (!parsed.success) return { ok: false as const, errors: fieldErrors(parsed.error.issues), values };
      const db = await getDb();
      const [p] = await db.select({ municipioId: projects.municipioId }).from(projects).where(eq(projects.id, projectId));
      if (!p) throw new ActionError({ code: 'NOT_FOUND', message: 'staff.error.notFound' });
      if (!can(user, 'project.edit', p)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
      await addImpact(db, projectId, parsed.data, { actor: user, ip: clientIp(context) });
      return { ok: true as const };
    },
  }),

  removeImpact: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'project.edit');
      const id = idField(form, 'id');
      // Public at once and gone for good: asked first (impacts/[impact]/remove.astro).
      requireConfirmed(form);
      const db = await getDb();
      const [row] = await db.select({ municipioId: projects.municipioId, projectId: projects.id }).from(worksiteImpacts).innerJoin(projects, eq(projects.id, worksiteImpacts.projectId)).where(eq(worksiteImpacts.id, id));
      if (!row) throw new ActionError({ code: 'NOT_FOUND', message: 'staff.error.notFound' });
      if (!can(user, 'project.edit', row)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
      const stale = await db.transaction(async (tx) => {
        await tx.delete(worksiteImpacts).where(and(eq(worksiteImpacts.id, id)));
        await audit(tx, { actor: user, action: 'impact_remove', targetType: 'impact', targetId: id, ip: clientIp(context) });
        return invalidateTags(tx, await projectCacheTags(tx, row.projectId));
      });
      purgeAfterCommit(stale);
      return { ok: true as const };
    },
  }),
};
