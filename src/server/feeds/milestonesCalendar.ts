/**
 * The iCalendar (.ics) of upcoming milestones (issue #6): every not-yet-reached milestone from
 * today on, one all-day event each, for a project or an area. Subscribing apps re-read it.
 */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { todayIso } from '../../lib/dates.ts';
import { icalCalendar } from '../../lib/ical.ts';
import { dataModifiedAt } from '../api/dataModifiedAt.ts';
import { queryMilestones } from '../queryMilestones.ts';
import type { FeedScope } from './feedScope.ts';

const MAX_EVENTS = 500;

export async function milestonesCalendar(db: Db, scope: FeedScope, locale: Locale, origin: string, today = todayIso()) {
  const { rows } = await queryMilestones(db, { ...scope.filter, from: today, done: false }, locale, MAX_EVENTS);
  const t = useTranslations(locale);
  const text = icalCalendar({
    name: scope.title,
    lang: locale,
    events: rows.map((m) => ({
      uid: `milestone-${m.id}@periferie.comune.milano.it`,
      stamp: m.projectUpdatedAt,
      date: m.plannedOn,
      summary: `${m.title[locale] ?? m.title.it} – ${m.projectTitle}`,
      description: t('feeds.milestoneDescription', { project: m.projectTitle }),
      url: `${origin}/${locale}/projects/${m.slug}`,
    })),
  });
  // What the calendar lists moves with the data and with the day (a milestone reached drops out).
  const changed = await dataModifiedAt(db);
  const dayStart = `${today}T00:00:00.000Z`;
  return { text, lastModified: changed && changed > dayStart ? changed : dayStart };
}
