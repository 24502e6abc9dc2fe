/**
 * What a map popup and the list of visible projects show for a few project ids: title (Italian
 * when not translated), plain-language status, progress and the page's address. The GeoJSON
 * carries only ids so that it stays within its byte budget; titles come from here on demand.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import { projects, projectTranslations } from '../../db/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/localizedPath.ts';
import type { MapCard } from '../lib/mapCard.ts';
import { residentStatus } from '../lib/vocabulary.ts';
import { withProgrammeProgress } from './programmeProgress.ts';

const local = alias(projectTranslations, 'local');
const italian = alias(projectTranslations, 'italian');

export async function mapCards(db: Db, ids: number[], locale: Locale): Promise<MapCard[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: projects.id,
      slug: projects.slug,
      title: sql<string>`coalesce(${local.title}, ${italian.title}, ${projects.slug})`,
      titleLocale: sql<string>`case when ${local.title} is not null then ${locale} else 'it' end`,
      status: projects.status,
      progress: projects.progress,
    })
    .from(projects)
    .leftJoin(local, and(eq(local.projectId, projects.id), eq(local.locale, locale)))
    .leftJoin(italian, and(eq(italian.projectId, projects.id), eq(italian.locale, 'it')))
    .where(and(inArray(projects.id, ids), eq(projects.publication, 'published')));
  const withProgress = await withProgrammeProgress(db, rows);
  const byId = new Map(withProgress.map((r) => [r.id, r]));
  // In the order asked for, so the list of visible projects keeps the map's order.
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [{ id: r.id, title: r.title, titleLocale: r.titleLocale, status: residentStatus(r.status), progress: r.progress, url: localizedPath(locale, `/projects/${r.slug}`) }]
      : [];
  });
}
