/**
 * The content half of the home page: its intro (content/pages/<locale>/home.md) and the latest
 * stories, the open opportunities and the itineraries, a few of each.
 */
import { render } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { localizedEntries, localizedEntry } from './localizedEntries.ts';

export async function homeContent(locale: Locale, perSection = 3) {
  const intro = await localizedEntry('pages', locale, 'home');
  if (!intro) throw new Error('content/pages/it/home.md is missing');
  const [stories, opportunities, itineraries, { Content }] = await Promise.all([
    localizedEntries('stories', locale),
    localizedEntries('opportunities', locale),
    localizedEntries('itineraries', locale),
    render(intro.entry),
  ]);
  const statusOrder = { open: 0, upcoming: 1, closed: 2 } as const;
  return {
    intro: { ...intro, data: intro.entry.data, Content },
    stories: stories.sort((a, b) => b.entry.data.published.localeCompare(a.entry.data.published)).slice(0, perSection),
    opportunities: opportunities.sort((a, b) => statusOrder[a.entry.data.status] - statusOrder[b.entry.data.status]).slice(0, perSection),
    itineraries: itineraries.slice(0, perSection),
  };
}
