/**
 * The mails that carry a one-time link opening a staff account, in the person's language: an
 * invitation (users.invite: who invited them, with which role) or a password reset asked from
 * the sign-in page (passwordReset.ts). Both say what the link is for, how long it lasts and what
 * to do if it was not expected; the queue does not keep their text once sent
 * (src/server/mail/queue.ts, `oneTimeLinkKinds`).
 */
import { useTranslations } from '../../i18n/useTranslations.ts';
import type { Role } from '../../lib/vocabulary.ts';
import type { NewMail } from '../mail/queue.ts';
import type { StaffLocale } from '../staffLocale.ts';

export type AccountLink = { kind: 'staff_invite'; link: string; who: string; role: Role } | { kind: 'staff_reset'; link: string };

export function accountLinkMail(to: { email: string; locale: StaffLocale }, a: AccountLink): NewMail {
  const t = useTranslations(to.locale);
  const keys = a.kind === 'staff_invite' ? 'staff.invite.mail' : 'staff.reset.mail';
  const body = a.kind === 'staff_invite' ? t('staff.invite.mail.body', { who: a.who, role: t(`role.${a.role}`) }) : t('staff.reset.mail.body');
  const text = [body, '', a.link, '', t(`${keys}.expires`), '', t(`${keys}.notYou`)].join('\n');
  return { kind: a.kind, to: to.email, subject: t(`${keys}.subject`), text: `${text}\n` };
}
