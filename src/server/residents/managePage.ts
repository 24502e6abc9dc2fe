/**
 * Everything the manage page (src/pages/[locale]/follow/manage.astro) shows: the address's
 * subscriptions for a live token, and the sentence that says what was just done.
 */
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { parseManageDone } from '../../lib/manageDone.ts';
import { manageView } from './manageView.ts';
import { targetName } from './subscriptions.ts';

export async function managePage(db: Db, token: string, params: URLSearchParams, locale: Locale) {
  const t = useTranslations(locale);
  const view = await manageView(db, token, locale);
  const done = parseManageDone(params);
  let notice: string | null = null;
  if (done?.done === 'all') notice = t('residents.unsubscribe.done');
  else if (view && done?.done === 'frequency') {
    const item = view.items.find((i) => i.id === done.item);
    if (item) notice = t('residents.manage.savedFrequency', { name: item.name, frequency: t(`residents.follow.${item.frequency}`) });
    if (item && done.sent) notice += ` ${t('residents.manage.keptSent')}`;
  } else if (view && done?.done === 'stop') {
    // Gone from the list: named from the public data, never from the URL's text.
    notice = t('residents.manage.stopped', { name: (await targetName(db, done.scope, done.target, locale)) ?? t('residents.manage.gone') });
  }
  return { view, notice, gone: done?.done === 'all' };
}
