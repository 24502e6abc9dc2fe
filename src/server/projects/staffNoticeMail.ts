/**
 * The text of a work notice to a member of staff (staffNotices.ts), in their back office
 * language. Plain text like residents' mail: what happened, by whom, the link that opens it, and
 * where to turn these messages off.
 */
import { useTranslations } from '../../i18n/useTranslations.ts';
import type { NewMail } from '../mail/queue.ts';

export type NoticeStep = 'submit' | 'return' | 'publish';

export interface NoticeFacts {
  step: NoticeStep;
  projectId: number;
  /** The Italian title, as staff lists name projects. */
  title: string;
  slug: string;
  /** Who took the step, as staff know each other: their name, else their address. */
  who: string;
  note?: string;
  baseUrl: string;
  /** For a review: the revision sent and the published one, when there is one, to compare. */
  revisions?: { open: number; published: number | null };
}

export function staffNoticeMail(to: { email: string; locale: 'it' | 'en' }, f: NoticeFacts): NewMail {
  const t = useTranslations(to.locale);
  const staffPage = `${f.baseUrl}/staff/projects/${f.projectId}/`;
  const lines = [t(`staff.notice.${f.step}.body`, { who: f.who, title: f.title })];
  if (f.step === 'return' && f.note) lines.push('', f.note.split('\n').map((l) => `> ${l}`).join('\n'));
  if (f.step === 'publish') lines.push('', t('staff.notice.publicPage', { url: `${f.baseUrl}/it/projects/${f.slug}` }));
  // A reviewer's first question is what changed: the comparison with the published revision,
  // or the preview when there is none (never published, or published before revisions were kept).
  if (f.step === 'submit' && f.revisions) {
    const { open, published } = f.revisions;
    lines.push('', published ? t('staff.notice.compare', { url: `${f.baseUrl}/staff/projects/${f.projectId}/compare/?a=${published}&b=${open}` }) : t('staff.notice.preview', { url: `${f.baseUrl}/staff/projects/${f.projectId}/preview/` }));
  }
  lines.push('', t('staff.notice.open', { url: staffPage }));
  const footer = `\n\n--\n${t('staff.notice.footer', { url: `${f.baseUrl}/staff/#notices` })}\n`;
  return { kind: `staff_${f.step}`, to: to.email, subject: t(`staff.notice.${f.step}.subject`, { title: f.title }), text: lines.join('\n') + footer };
}
