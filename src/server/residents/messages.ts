/**
 * The texts of residents' e-mails, in the subscriber's language (issue #7). Every message to a
 * subscriber carries the one-click unsubscribe of RFC 8058: a List-Unsubscribe https URL and
 * List-Unsubscribe-Post, so the mail client can remove the address with one POST
 * (https://www.rfc-editor.org/rfc/rfc8058); and, in its footer, the address's manage page, to
 * change how often or stop following one thing without losing the rest.
 */
import { isLocale, localeInfo, type Locale } from '../../i18n/locales.ts';
import { formatDate } from '../../lib/dates.ts';
import type { Frequency } from '../../lib/residents.ts';
import { mailText } from '../../lib/mailText.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import type { PublicationEvent } from '../../lib/publicationEvents.ts';
import type { NewMail } from '../mail/queue.ts';

export interface Recipient {
  email: string;
  locale: string;
  baseUrl: string;
  unsubscribeToken: string;
}

// The language rides along: once the address is deleted, nothing else says which one to answer in.
export const unsubscribeUrl = (r: Pick<Recipient, 'baseUrl' | 'unsubscribeToken' | 'locale'>) =>
  `${r.baseUrl}/unsubscribe?token=${encodeURIComponent(r.unsubscribeToken)}&lang=${encodeURIComponent(r.locale)}`;

const localeOf = (r: Pick<Recipient, 'locale'>): Locale => (isLocale(r.locale) ? r.locale : 'it');

/** The address's own page (src/pages/[locale]/follow/manage.astro), opened by the same token as unsubscribing. */
export const manageUrl = (r: Pick<Recipient, 'baseUrl' | 'unsubscribeToken' | 'locale'>) =>
  `${r.baseUrl}/${localeOf(r)}/follow/manage?token=${encodeURIComponent(r.unsubscribeToken)}`;
const pick = (text: Partial<Record<string, string>>, locale: Locale) => text[locale] || text.it || '';
/** Dates as the site writes them in the reader's language, not ISO. */
const day = (iso: string, locale: Locale) => formatDate(iso, localeInfo(locale).intl);

function listHeaders(r: Recipient): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl(r)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** What a subscription follows, as its mails' footer names it (src/server/residents/followedNames.ts). */
export type Followed = { scope: 'project'; titles: Partial<Record<string, string>> } | { scope: 'nil'; name: string } | { scope: 'municipio'; id: number };

/**
 * Why the message came and the way out. A follower is told what exactly they follow, so a
 * Municipio's follower does not read "this project or neighbourhood"; a confirmation (or the
 * answer to following again) names what the address was given for.
 */
function footer(r: Recipient, why: string): string {
  const t = useTranslations(localeOf(r));
  return `\n\n--\n${why}\n${t('residents.mail.manage')}: ${manageUrl(r)}\n${t('residents.mail.unsubscribe')}: ${unsubscribeUrl(r)}\n`;
}

function following(r: Recipient, followed: Followed[]): string {
  const locale = localeOf(r);
  const t = useTranslations(locale);
  const name = (f: Followed) =>
    f.scope === 'project' ? t('residents.mail.followed.project', { name: pick(f.titles, locale) })
    : f.scope === 'nil' ? t('residents.mail.followed.nil', { name: f.name })
    : t('residents.mail.followed.municipio', { n: f.id });
  return [t('residents.mail.whyFollowing'), ...followed.map((f) => `- ${name(f)}`)].join('\n');
}

export function confirmMail(r: Recipient, targetName: string, confirmToken: string): NewMail {
  const locale = localeOf(r);
  const t = useTranslations(locale);
  const link = `${r.baseUrl}/${locale}/follow/confirm?token=${encodeURIComponent(confirmToken)}`;
  return {
    kind: 'confirm',
    to: r.email,
    subject: t('residents.mail.confirmSubject', { name: targetName }),
    text: `${t('residents.mail.confirmBody', { name: targetName })}\n\n${link}\n\n${t('residents.mail.confirmIgnore')}${footer(r, t('residents.mail.whyConfirm', { name: targetName }))}`,
    headers: listHeaders(r),
  };
}

/**
 * To an address that asked again to follow what it already follows: the form said "a link was
 * sent" as to anyone, so this is where the person learns it is already done, how often, and
 * where to change that (the form itself never changes a confirmed subscription).
 */
export function alreadyFollowingMail(r: Recipient, targetName: string, current: Frequency, asked: Frequency): NewMail {
  const t = useTranslations(localeOf(r));
  const label = (f: Frequency) => t(`residents.follow.${f}`);
  const next = asked === current ? t('residents.mail.alreadyManage') : t('residents.mail.alreadyChange', { frequency: label(asked) });
  return {
    kind: 'already',
    to: r.email,
    subject: t('residents.mail.alreadySubject', { name: targetName }),
    text: `${t('residents.mail.alreadyBody', { name: targetName, frequency: label(current) })}\n\n${next}\n${manageUrl(r)}\n\n${t('residents.mail.alreadyIgnore')}${footer(r, t('residents.mail.whyConfirm', { name: targetName }))}`,
    headers: listHeaders(r),
  };
}

export interface ProjectRef {
  slug: string;
  titles: Record<string, string>;
}

/** One event as a paragraph of plain text. */
export function eventText(event: PublicationEvent, locale: Locale): string {
  const t = useTranslations(locale);
  if (event.kind === 'status') return t('residents.mail.status', { status: t(`status.${event.to as 'works'}`) });
  if (event.kind === 'milestone') return t('residents.mail.milestone', { title: pick(event.title, locale), date: day(event.on, locale) });
  if (event.kind === 'end') {
    const moved = t(event.to > event.from ? 'residents.mail.endLater' : 'residents.mail.endEarlier', { from: day(event.from, locale), to: day(event.to, locale) });
    return event.reason && pick(event.reason, locale) ? `${moved} ${t('residents.mail.reason', { reason: pick(event.reason, locale) })}` : moved;
  }
  if (event.kind === 'impact') return t('residents.mail.impact', { kind: t(`residents.impact.${event.impact as 'closure'}`), description: pick(event.description, locale), from: day(event.startsOn, locale), to: day(event.endsOn, locale) });
  return `${t('residents.mail.update', { title: pick(event.title, locale), date: day(event.on, locale) })}\n${mailText(pick(event.body, locale))}`;
}

/** Impacts active now, one line each, appended to every notification about the project. */
export type ImpactLine = { id: number; kind: string; description: { it: string } & Partial<Record<string, string>>; startsOn: string; endsOn: string };
function impactText(all: ImpactLine[], locale: Locale, events: PublicationEvent[]): string {
  const told = new Set(events.flatMap((e) => (e.kind === 'impact' ? [e.id] : [])));
  const impacts = all.filter((i) => !told.has(i.id)); // an impact just announced is not listed twice
  if (impacts.length === 0) return '';
  const t = useTranslations(locale);
  const range = (i: ImpactLine) => t('residents.mail.dateRange', { from: day(i.startsOn, locale), to: day(i.endsOn, locale) });
  return `\n\n${t('residents.impacts.title')}:\n${impacts.map((i) => `- ${t(`residents.impact.${i.kind as 'closure'}`)}: ${pick(i.description, locale)} (${range(i)})`).join('\n')}`;
}

export function notifyMail(r: Recipient, project: ProjectRef, events: PublicationEvent[], impacts: ImpactLine[], followed: Followed[]): NewMail {
  const locale = localeOf(r);
  const t = useTranslations(locale);
  const title = pick(project.titles, locale);
  const link = `${r.baseUrl}/${locale}/projects/${project.slug}`;
  return {
    kind: 'notify',
    to: r.email,
    subject: t('residents.mail.notifySubject', { title }),
    text: `${title}\n${link}\n\n${events.map((e) => eventText(e, locale)).join('\n\n')}${impactText(impacts, locale, events)}${footer(r, following(r, followed))}`,
    headers: listHeaders(r),
  };
}

/** The week's news, project by project, each with the impacts active when the digest is built. */
/** Why a digest goes out: the weekly moment, or a switch to "at once" sending what was kept. */
export type DigestOccasion = 'weekly' | 'switch';

export function digestMail(r: Recipient, items: { project: ProjectRef; events: PublicationEvent[]; impacts?: ImpactLine[] }[], followed: Followed[], occasion: DigestOccasion = 'weekly'): NewMail {
  const locale = localeOf(r);
  const t = useTranslations(locale);
  const parts = items.map(({ project, events, impacts = [] }) => `${pick(project.titles, locale)}\n${r.baseUrl}/${locale}/projects/${project.slug}\n\n${events.map((e) => eventText(e, locale)).join('\n\n')}${impactText(impacts, locale, events)}`);
  return {
    kind: 'digest',
    to: r.email,
    // Sent at a switch, "this week's news" would be wrong: it may be a day's, or a month's.
    subject: t(occasion === 'weekly' ? 'residents.mail.digestSubject' : 'residents.mail.keptSubject'),
    text: `${t(occasion === 'weekly' ? 'residents.mail.digestIntro' : 'residents.mail.keptIntro')}\n\n${parts.join('\n\n* * *\n\n')}${footer(r, following(r, followed))}`,
    headers: listHeaders(r),
  };
}
