/**
 * Work notices to staff by e-mail (the start page shows the same queues): a revision sent for
 * review reaches everyone who may publish it; one sent back or published reaches its authors
 * (who last saved it and who sent it for review). Queued in the step's own transaction, so a
 * step and its notices commit together; never to the person who took the step, to a disabled
 * account or to one that turned them off.
 */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { auditLog, projectRevisions, users } from '../../../db/schema.ts';
import { can } from '../../lib/permissions.ts';
import { enqueueMail } from '../mail/queue.ts';
import { staffNoticeMail, type NoticeFacts, type NoticeStep } from './staffNoticeMail.ts';
import type { Tx } from './writeRecord.ts';
import type { EditView } from './revisions.ts';
import { revisionStep } from './revisionStep.ts';
import { staffName } from '../auth/staffName.ts';

export interface StaffNotice {
  step: NoticeStep;
  project: { id: number; slug: string; municipioId: number | null; title: string };
  revisionId: number;
  actorId: number;
  note?: string;
  baseUrl: string;
}

const listening = (actorId: number) => and(eq(users.disabled, false), eq(users.notifyByMail, true), ne(users.id, actorId));
const person = { id: users.id, email: users.email, locale: users.locale, role: users.role, municipioId: users.municipioId };

/** Who last saved the revision and who sent it for review (the latest "submit" of it). */
async function authorIds(tx: Tx, projectId: number, revisionId: number): Promise<number[]> {
  const [revision] = await tx.select({ authorId: projectRevisions.authorId }).from(projectRevisions).where(eq(projectRevisions.id, revisionId));
  const [submit] = await tx
    .select({ userId: auditLog.userId })
    .from(auditLog)
    .where(revisionStep('project_submit', projectId, revisionId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return [revision?.authorId, submit?.userId].filter((id): id is number => typeof id === 'number');
}

async function recipients(tx: Tx, n: StaffNotice) {
  if (n.step === 'submit') {
    const all = await tx.select(person).from(users).where(listening(n.actorId));
    return all.filter((u) => can(u, 'project.publish', { municipioId: n.project.municipioId }));
  }
  const ids = await authorIds(tx, n.project.id, n.revisionId);
  return ids.length ? tx.select(person).from(users).where(and(listening(n.actorId), inArray(users.id, ids))) : [];
}

const noticeSteps: readonly string[] = ['submit', 'return', 'publish'] satisfies NoticeStep[];

/** The notices of a workflow step that has any, about the revision it moved (workflow.ts). */
export async function queueStepNotices(tx: Tx, view: EditView, step: string, actorId: number, { note, baseUrl }: { note?: string; baseUrl: string }): Promise<void> {
  const revisionId = view.open?.id;
  if (!revisionId || !noticeSteps.includes(step)) return;
  // Published, the project goes by the revision's slug; before, by the one it has.
  const slug = step === 'publish' ? view.record.slug : view.project.slug;
  const project = { id: view.project.id, slug, municipioId: view.project.municipioId, title: view.record.translations.it?.title ?? view.project.slug };
  await queueStaffNotices(tx, { step: step as NoticeStep, project, revisionId, actorId, note, baseUrl });
}

export async function queueStaffNotices(tx: Tx, n: StaffNotice): Promise<void> {
  const to = await recipients(tx, n);
  if (to.length === 0) return;
  const [actor] = await tx.select({ who: staffName }).from(users).where(eq(users.id, n.actorId));
  const facts: NoticeFacts = { step: n.step, projectId: n.project.id, title: n.project.title, slug: n.project.slug, who: actor?.who ?? '', note: n.note, baseUrl: n.baseUrl };
  if (n.step === 'submit') {
    const [published] = await tx.select({ id: projectRevisions.id }).from(projectRevisions).where(and(eq(projectRevisions.projectId, n.project.id), eq(projectRevisions.state, 'published')));
    facts.revisions = { open: n.revisionId, published: published?.id ?? null };
  }
  await enqueueMail(tx, to.map((u) => staffNoticeMail(u, facts)));
}
