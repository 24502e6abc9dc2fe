/**
 * The invitation to the back office by e-mail (users.invite): who invited the person, with
 * which role, and the one-time link to choose a password. Its text is not kept once sent
 * (src/server/mail/queue.ts, `oneTimeLinkKinds`): the link opens an account.
 */
import { useTranslations } from '../../i18n/useTranslations.ts';
import type { Role } from '../../lib/vocabulary.ts';
import type { NewMail } from '../mail/queue.ts';
import type { StaffLocale } from '../staffLocale.ts';

export interface InviteFacts {
  /** Who invited them, as staff know each other: their name, else their address. */
  who: string;
  role: Role;
  link: string;
}

export function inviteMail(to: { email: string; locale: StaffLocale }, f: InviteFacts): NewMail {
  const t = useTranslations(to.locale);
  const text = [t('staff.invite.mail.body', { who: f.who, role: t(`role.${f.role}`) }), '', f.link, '', t('staff.invite.mail.expires'), '', t('staff.invite.mail.notYou')].join('\n');
  return { kind: 'staff_invite', to: to.email, subject: t('staff.invite.mail.subject'), text: `${text}\n` };
}
