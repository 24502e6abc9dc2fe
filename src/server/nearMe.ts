/**
 * "Near me" (issue #3, point 6): from a position (the browser's) or a NIL name (typed, and
 * without JavaScript), the neighbourhood, its published works, and the others within a chosen
 * distance, nearest first.
 */
import { and, asc, between, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import { nil, projects, projectTranslations } from '../../db/schema.ts';
import { distanceMetres } from '../lib/geo.ts';
import { boxAround, matchNil, parseNearMeQuery } from '../lib/nearMe.ts';
import { locatePoint } from './areaLocator.ts';
import { withProgrammeProgress } from './programmeProgress.ts';
import { projectConditions } from './projectConditions.ts';

const local = alias(projectTranslations, 'local');
const italian = alias(projectTranslations, 'italian');
// Each list stops here; the NIL page has them all.
const MAX_LISTED = 100;

type NilRow = { id: number; name: string; slug: string; municipioId: number; lat: number; lon: number };

async function projectsAround(db: Db, area: NilRow, origin: { lat: number; lon: number }, within: number, locale: string) {
  const box = boxAround(origin.lat, origin.lon, within);
  const rows = await db
    .select({
      id: projects.id,
      slug: projects.slug,
      title: sql<string>`coalesce(${local.title}, ${italian.title}, ${projects.slug})`,
      textLocale: sql<string>`case when ${local.title} is not null then ${locale} else 'it' end`,
      status: projects.status,
      progress: projects.progress,
      lat: projects.lat,
      lon: projects.lon,
      nilId: projects.nilId,
    })
    .from(projects)
    .leftJoin(local, and(eq(local.projectId, projects.id), eq(local.locale, locale)))
    .leftJoin(italian, and(eq(italian.projectId, projects.id), eq(italian.locale, 'it')))
    .where(
      and(
        projectConditions({}),
        or(eq(projects.nilId, area.id), and(between(projects.lat, box.minLat, box.maxLat), between(projects.lon, box.minLon, box.maxLon))),
      ),
    )
    .orderBy(asc(projects.id));
  const measured = rows
    .map((r) => ({ ...r, distance: distanceMetres([origin.lon, origin.lat], [r.lon, r.lat]) }))
    .sort((a, b) => a.distance - b.distance);
  const inArea = measured.filter((r) => r.nilId === area.id);
  const nearby = measured.filter((r) => r.nilId !== area.id && r.distance <= within);
  return {
    inArea: await withProgrammeProgress(db, inArea.slice(0, MAX_LISTED)),
    inAreaTotal: inArea.length,
    nearby: await withProgrammeProgress(db, nearby.slice(0, MAX_LISTED)),
    nearbyTotal: nearby.length,
  };
}

export async function nearMeView(db: Db, params: URLSearchParams, locale: string) {
  const query = parseNearMeQuery(params);
  const allNil: NilRow[] = await db
    .select({ id: nil.id, name: nil.name, slug: nil.slug, municipioId: nil.municipioId, lat: nil.centroidLat, lon: nil.centroidLon })
    .from(nil)
    .orderBy(asc(nil.name));

  let area: NilRow | undefined;
  let origin: { lat: number; lon: number; kind: 'you' | 'centre' } | undefined;
  let problem: { kind: 'outside' | 'notFound' | 'ambiguous'; choices?: NilRow[] } | undefined;
  if (query.lat !== undefined && query.lon !== undefined) {
    const located = await locatePoint(db, query.lon, query.lat);
    area = allNil.find((n) => n.id === located.nil?.id);
    if (area) origin = { lat: query.lat, lon: query.lon, kind: 'you' };
    else problem = { kind: 'outside' };
  } else if (query.nil) {
    const matches = matchNil(query.nil, allNil);
    if (matches.length === 1) [area] = matches;
    else problem = matches.length === 0 ? { kind: 'notFound' } : { kind: 'ambiguous', choices: matches.slice(0, 12) };
    if (area) origin = { lat: area.lat, lon: area.lon, kind: 'centre' };
  }
  const found = area && origin ? await projectsAround(db, area, origin, query.within, locale) : null;
  return { query, allNil, area, origin, problem, found };
}
