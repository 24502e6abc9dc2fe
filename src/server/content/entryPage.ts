/**
 * What a content page renders: the entry in the reader's locale (or Italian, flagged) and its
 * rendered Markdown. Throws on an unknown slug: getStaticPaths only asks for existing ones.
 */
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { localizedEntry, type LocalizedEntry } from './localizedEntries.ts';

export type EntryPage<C extends CollectionKey> = LocalizedEntry<C> & {
  data: CollectionEntry<C>['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** 'it' when the text is the Italian fallback, for the `lang` attribute. */
  lang: 'it' | undefined;
};

export async function entryPage<C extends CollectionKey>(collection: C, locale: Locale, slug: string): Promise<EntryPage<C>> {
  const item = await localizedEntry(collection, locale, slug);
  if (!item) throw new Error(`content/${collection}: no entry "${slug}"`);
  const { Content } = await render(item.entry);
  return { ...item, data: item.entry.data, Content, lang: item.fallback ? 'it' : undefined };
}
