/**
 * The search page's two sources, in the reader's language: the portal's content (in memory:
 * a few dozen entries, searched as the reader sees them, Italian where untranslated) and the
 * projects through the database's full-text index, the same search as the project list's.
 *
 * Pagefind (the Astro ecosystem's static search) was weighed and left out: its index is queried
 * by a WebAssembly script in the browser, so it could not merge with the database's projects on
 * the server nor work without JavaScript, both of which this page must do (issue #5, point 7).
 */
import type { CollectionKey } from 'astro:content';
import type { Db } from '../../db/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/localizedPath.ts';
import { plainText, searchDocuments } from '../lib/searchText.ts';
import { projectFiltersSchema } from '../lib/projectFilters.ts';
import { listProjects } from './listProjects.ts';
import { localizedEntries } from './content/localizedEntries.ts';

const searched = ['stories', 'opportunities', 'itineraries', 'news', 'pages'] as const satisfies CollectionKey[];

export interface ContentHit {
  kind: (typeof searched)[number];
  href: string;
  title: string;
  description: string;
  lang?: 'it';
}

export async function siteSearch(db: Db, query: string, locale: Locale, projectLimit = 10) {
  const docs = (
    await Promise.all(
      searched.map(async (kind) =>
        (await localizedEntries(kind, locale)).map((e) => ({
          kind,
          href: kind === 'pages' ? (e.slug === 'home' ? localizedPath(locale, '/') : localizedPath(locale, `/${e.slug}`)) : localizedPath(locale, `/${kind}/${e.slug}`),
          title: e.entry.data.title,
          description: e.entry.data.description,
          body: plainText(e.entry.body ?? ''),
          lang: e.fallback ? ('it' as const) : undefined,
        })),
      ),
    )
  ).flat();
  const content: ContentHit[] = searchDocuments(docs, query).map(({ body: _body, ...hit }) => hit);
  const filters = projectFiltersSchema.parse({ q: query, sort: 'updated', page: 1 });
  const projects = await listProjects(db, filters, locale, projectLimit);
  return { content, projects };
}
