/**
 * Every public page the sitemap lists (issue #5, point 6). Our own endpoint rather than
 * @astrojs/sitemap: that integration only sees routes known at build time, and most of this
 * site (projects, Municipi, NIL, lists) is rendered on request from the database.
 * Content pages are listed only in the locales they are written in; untranslated fallbacks
 * are `noindex` and stay out.
 */
import { eq } from 'drizzle-orm';
import type { CollectionKey } from 'astro:content';
import type { Db } from '../../db/client.ts';
import { projects } from '../../db/schema.ts';
import { localeCodes, defaultLocale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/localizedPath.ts';
import { listMunicipi, listNil } from './areas.ts';
import { localizedEntries } from './content/localizedEntries.ts';
import type { SitemapGroup } from './sitemapXml.ts';

const sections = ['/', '/projects', '/municipi', '/nil', '/stories', '/opportunities', '/itineraries', '/news'];
const collections = ['stories', 'opportunities', 'itineraries', 'news'] as const satisfies CollectionKey[];

export async function sitemapGroups(db: Db): Promise<SitemapGroup[]> {
  const all = localeCodes;
  const at = (path: string) => localizedPath(defaultLocale, path);
  const [municipi, nil, published] = await Promise.all([
    listMunicipi(db),
    listNil(db),
    db.select({ slug: projects.slug, updatedAt: projects.updatedAt }).from(projects).where(eq(projects.publication, 'published')),
  ]);
  const content = await Promise.all(
    collections.map(async (c) =>
      (await localizedEntries(c, defaultLocale)).map((e) => ({
        path: at(`/${c}/${e.slug}`),
        locales: e.translations,
        lastmod: e.entry.data.updated ?? ('published' in e.entry.data ? e.entry.data.published : undefined),
      })),
    ),
  );
  const pages = (await localizedEntries('pages', defaultLocale))
    .filter((e) => e.slug !== 'home')
    .map((e) => ({ path: at(`/${e.slug}`), locales: e.translations, lastmod: e.entry.data.updated }));
  return [
    ...sections.map((path) => ({ path: at(path), locales: all })),
    ...municipi.map((m) => ({ path: at(`/municipi/${m.id}`), locales: all })),
    ...nil.map((n) => ({ path: at(`/nil/${n.slug}`), locales: all })),
    ...published.map((p) => ({ path: at(`/projects/${p.slug}`), locales: all, lastmod: p.updatedAt })),
    ...content.flat(),
    ...pages,
  ];
}
