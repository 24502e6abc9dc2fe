/**
 * Content in a reader's locale (issue #5, STYLE.md habit 8): Italian is the source, so every
 * entry exists in Italian; a locale's own file replaces it where one was written, otherwise the
 * Italian entry is served flagged `fallback` (the page shows a notice and `lang="it"`).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { splitContentId } from '../../lib/contentId.ts';
import { factDifferences } from '../../lib/contentFacts.ts';

export interface LocalizedEntry<C extends CollectionKey> {
  slug: string;
  entry: CollectionEntry<C>;
  /** True when the entry is the Italian text shown in another locale. */
  fallback: boolean;
  /** Locales this entry is written in, in locale-list order. */
  translations: Locale[];
}

async function byLocale<C extends CollectionKey>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const table = new Map<string, Map<Locale, CollectionEntry<C>>>();
  for (const entry of entries) {
    const { locale, slug } = splitContentId(entry.id);
    if (!isLocale(locale)) throw new Error(`content/${collection}/${entry.id}: "${locale}" is not a locale of the site`);
    if (!table.has(slug)) table.set(slug, new Map());
    table.get(slug)!.set(locale, entry);
  }
  for (const [slug, versions] of table) {
    const source = versions.get(defaultLocale);
    if (!source) throw new Error(`content/${collection}: "${slug}" has no Italian source (content/${collection}/it/${slug}.md)`);
    for (const [locale, entry] of versions) {
      const differ = factDifferences(collection, source.data, entry.data);
      if (differ.length)
        throw new Error(`content/${collection}/${locale}/${slug}.md: ${differ.join(', ')} differ from the Italian source`);
    }
  }
  return table;
}

/** Every entry of a collection in a locale, Italian where not translated. */
export async function localizedEntries<C extends CollectionKey>(collection: C, locale: Locale): Promise<LocalizedEntry<C>[]> {
  const table = await byLocale(collection);
  return [...table].map(([slug, versions]) => ({
    slug,
    entry: versions.get(locale) ?? versions.get(defaultLocale)!,
    fallback: !versions.has(locale),
    translations: localeCodes.filter((code) => versions.has(code)),
  }));
}

/** One entry in a locale, or undefined when no such slug exists. */
export async function localizedEntry<C extends CollectionKey>(collection: C, locale: Locale, slug: string) {
  return (await localizedEntries(collection, locale)).find((e) => e.slug === slug);
}

/**
 * `getStaticPaths` of a collection's pages: every locale × every entry, so the language
 * switcher never leads to a missing page.
 */
export async function contentPaths<C extends CollectionKey>(collection: C, exclude: string[] = []) {
  const table = await byLocale(collection);
  return localeCodes.flatMap((locale) =>
    [...table.keys()].filter((slug) => !exclude.includes(slug)).map((slug) => ({ params: { locale, slug } })),
  );
}
