/**
 * Everything the public project page shows, kept between requests (issue #9, point 5): its
 * fifteen queries cost more than the rest of the page, and a page is read far more often than
 * anything on it changes. Every write that changes public output bumps a cache tag in its own
 * transaction (src/server/cache/invalidate.ts), so an entry is used only while the newest tag
 * version in the database is the one read before it was loaded: a publish, a vote, a moderated
 * answer or an import by any instance is seen on the next request, exactly as by the page cache.
 * What depends on the clock (scheduled updates, impacts in force, the form stamp) is worked out
 * per request from what is kept, never kept itself.
 */
import { FEEDBACK_TARGET_DAYS } from 'astro:env/server';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { latestCacheVersion } from '../../db/cacheVersions.ts';
import { projects, projectTranslations, worksiteImpacts } from '../../db/schema.ts';
import { todayIso } from '../lib/dates.ts';
import { loadProject, visibleAt } from './getProject.ts';
import { publishedFeedback } from './residents/feedback.ts';
import { formSecret } from './residents/formSecret.ts';
import { stampForm } from './residents/formStamp.ts';
import { distribution } from './residents/judgements.ts';

/** Projects × locales kept; the least recently read goes first. */
const MAX_ENTRIES = 500;
/** Belt and braces for a write that forgot its tag: never older than the page cache's default. */
const MAX_AGE_MS = 60_000;

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;
interface Entry {
  version: number;
  loadedAt: number;
  value: Promise<Loaded | null>;
}
const kept = new Map<string, Entry>();

/** Impacts not over by the day this was loaded; which are in force is decided per request. */
function impactsFrom(db: Db, projectId: number, today: string) {
  return db
    .select({ id: worksiteImpacts.id, kind: worksiteImpacts.kind, description: worksiteImpacts.description, startsOn: worksiteImpacts.startsOn, endsOn: worksiteImpacts.endsOn, slug: projects.slug, title: projectTranslations.title, titleLang: sql<string>`'it'` })
    .from(worksiteImpacts)
    .innerJoin(projects, eq(projects.id, worksiteImpacts.projectId))
    .leftJoin(projectTranslations, and(eq(projectTranslations.projectId, projects.id), eq(projectTranslations.locale, 'it')))
    .where(and(eq(worksiteImpacts.projectId, projectId), eq(projects.publication, 'published'), gte(worksiteImpacts.endsOn, today)))
    .orderBy(asc(worksiteImpacts.endsOn));
}

async function load(db: Db, slug: string, locale: string, now: Date) {
  const data = await loadProject(db, slug, locale);
  if (!data) return null;
  const [impacts, judgement, answers] = await Promise.all([impactsFrom(db, data.project.id, todayIso(now)), distribution(db, data.project.id), publishedFeedback(db, data.project.id)]);
  return { data, impacts, judgement, answers };
}

async function keptLoad(db: Db, slug: string, locale: string, now: Date, known: number | undefined): Promise<Loaded | null> {
  // Read before loading: a write committed in between makes the entry look older, never newer.
  const version = known ?? (await latestCacheVersion(db));
  const key = `${locale}/${slug}`;
  let entry = kept.get(key);
  if (entry) kept.delete(key); // re-inserted below: the Map's order is the reading order
  if (!entry || entry.version !== version || now.getTime() - entry.loadedAt > MAX_AGE_MS) {
    entry = { version, loadedAt: now.getTime(), value: load(db, slug, locale, now) };
  }
  kept.set(key, entry);
  for (const k of kept.keys()) {
    if (kept.size <= MAX_ENTRIES) break;
    kept.delete(k);
  }
  const mine = entry;
  // An error (a busy database) or an unknown slug is not kept: the next request asks again.
  return mine.value.then(
    (value) => {
      if (!value && kept.get(key) === mine) kept.delete(key);
      return value;
    },
    (error) => {
      if (kept.get(key) === mine) kept.delete(key);
      throw error;
    },
  );
}

/**
 * The project page's data and residents' part as of `now`, or null for no published project.
 * `version`: the newest cache tag version if this request read it already (`locals.cacheVersion`).
 */
export async function projectPage(db: Db, slug: string, locale: string, now = new Date(), version?: number) {
  const loaded = await keptLoad(db, slug, locale, now, version);
  if (!loaded) return null;
  const today = todayIso(now);
  return {
    data: visibleAt(loaded.data, now),
    residents: {
      impacts: loaded.impacts.filter((i) => i.startsOn <= today && i.endsOn >= today),
      // Followers are told of an impact when it is added, often before it starts: the page they
      // are sent to lists it too.
      upcoming: loaded.impacts.filter((i) => i.startsOn > today),
      judgement: loaded.judgement,
      answers: loaded.answers,
      stamp: stampForm(await formSecret(db), now),
      targetDays: FEEDBACK_TARGET_DAYS,
    },
  };
}
