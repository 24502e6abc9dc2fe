/**
 * The text of a moderator's working-day reminder (moderatorDaily.ts), in their back office
 * language: how many reports wait, how many arrived since the last reminder and how many are
 * past the reply target, then the most urgent ones, late first, each with its project.
 */
import { useTranslations } from '../../i18n/useTranslations.ts';
import { formatDate } from '../../lib/dates.ts';
import { localeInfo } from '../../i18n/locales.ts';
import type { NewMail } from '../mail/queue.ts';
import type { StaffLocale } from '../staffLocale.ts';

/** At most this many reports are listed; the queue's page has them all. */
export const DAILY_LISTED = 10;

export interface DailyFacts {
  waiting: number;
  arrived: number;
  late: number;
  targetDays: number;
  items: { id: number; kind: string; title: string | null; slug: string; createdAt: string; late: boolean }[];
  baseUrl: string;
}

export function moderatorDailyMail(to: { email: string; locale: StaffLocale }, f: DailyFacts): NewMail {
  const t = useTranslations(to.locale);
  const { intl } = localeInfo(to.locale);
  const listed = f.items.slice(0, DAILY_LISTED).map((i) => {
    const when = t('staff.daily.received', { date: formatDate(i.createdAt, intl) });
    return `- #${i.id} · ${t(`residents.kind.${i.kind as 'question'}`)} · ${i.title ?? i.slug} · ${when}${i.late ? ` · ${t('staff.daily.lateMark')}` : ''}`;
  });
  const more = f.items.length > DAILY_LISTED ? [t('staff.daily.more', { count: f.items.length - DAILY_LISTED })] : [];
  const text = [
    t('staff.daily.summary', { waiting: f.waiting, arrived: f.arrived, late: f.late, days: f.targetDays }),
    '',
    ...listed,
    ...more,
    '',
    t('staff.daily.open', { url: `${f.baseUrl}/staff/feedback/` }),
  ].join('\n');
  const footer = `\n\n--\n${t('staff.notice.footer', { url: `${f.baseUrl}/staff/#notices` })}\n`;
  return { kind: 'staff_daily', to: to.email, subject: t('staff.daily.subject', { waiting: f.waiting, late: f.late }), text: text + footer };
}
