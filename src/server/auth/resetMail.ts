/**
 * The mail of a password reset asked from the sign-in page (passwordReset.ts), in the account's
 * back office language: the one-time link, how long it lasts, and what to do if it was not them.
 * Its text is not kept once sent (src/server/mail/queue.ts, `oneTimeLinkKinds`).
 */
import { useTranslations } from '../../i18n/useTranslations.ts';
import type { NewMail } from '../mail/queue.ts';
import type { StaffLocale } from '../staffLocale.ts';

export function resetMail(to: { email: string; locale: StaffLocale }, link: string): NewMail {
  const t = useTranslations(to.locale);
  const text = [t('staff.reset.mail.body'), '', link, '', t('staff.reset.mail.expires'), '', t('staff.reset.mail.notYou')].join('\n');
  return { kind: 'staff_reset', to: to.email, subject: t('staff.reset.mail.subject'), text: `${text}\n` };
}
