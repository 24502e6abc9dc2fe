/** The Atom feed of worksite updates (issue #6), newest first, in the reader's locale. */
import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client.ts';
import { projects, projectTranslations, updates } from '../../../db/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { atomFeed } from '../../lib/atom.ts';
import { renderMarkdown } from '../markdown.ts';
import type { FeedScope } from './feedScope.ts';

const ENTRIES = 50;
const local = alias(projectTranslations, 'local');
const italian = alias(projectTranslations, 'italian');
export const TAG = 'tag:periferie.comune.milano.it,2026';

export async function updatesFeed(db: Db, scope: FeedScope, locale: Locale, origin: string, selfUrl: string, now = new Date()): Promise<string> {
  const f = scope.filter;
  const rows = await db
    .select({
      id: updates.id,
      publishedOn: updates.publishedOn,
      title: updates.title,
      body: updates.body,
      slug: projects.slug,
      projectTitle: sql<string>`coalesce(${local.title}, ${italian.title}, ${projects.slug})`,
    })
    .from(updates)
    .innerJoin(projects, eq(projects.id, updates.projectId))
    .leftJoin(local, and(eq(local.projectId, projects.id), eq(local.locale, locale)))
    .leftJoin(italian, and(eq(italian.projectId, projects.id), eq(italian.locale, 'it')))
    .where(
      and(
        eq(projects.publication, 'published'),
        // A scheduled update joins the feed when it joins the project page (getProject's visibleAt).
        or(isNull(updates.publishAt), lte(updates.publishAt, now.toISOString())),
        f.municipio === undefined ? undefined : eq(projects.municipioId, f.municipio),
        f.nil === undefined ? undefined : eq(projects.nilId, f.nil),
        f.project === undefined ? undefined : eq(projects.slug, f.project),
      ),
    )
    .orderBy(desc(updates.publishedOn), desc(updates.id))
    .limit(ENTRIES);
  const t = useTranslations(locale);
  const instant = (day: string) => `${day.slice(0, 10)}T00:00:00Z`;
  return atomFeed({
    id: `${TAG}:updates:${locale}:${scope.key}`,
    title: scope.title,
    lang: locale,
    selfUrl,
    alternateUrl: origin + scope.pageUrl,
    updated: rows.length ? instant(rows[0].publishedOn) : '2026-01-01T00:00:00Z',
    author: t('site.owner'),
    rights: t('site.footer.licence'),
    entries: rows.map((r) => {
      const translated = Boolean(r.title[locale]);
      return {
        id: `${TAG}:update:${r.id}`,
        title: `${r.projectTitle}: ${r.title[locale] ?? r.title.it}`,
        updated: instant(r.publishedOn),
        link: `${origin}/${locale}/projects/${r.slug}`,
        html: renderMarkdown(r.body[locale] ?? r.body.it),
        lang: translated ? undefined : 'it',
      };
    }),
  });
}
