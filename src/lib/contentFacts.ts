/**
 * The language-independent facts of a content entry: what every translation must state exactly
 * as the Italian source does (dates, places, sizes, links). A translation that drifts from its
 * source fails the build (src/server/content/localizedEntries.ts), so a mistyped coordinate in
 * the Arabic itinerary cannot put a stop in the wrong neighbourhood.
 */

type Data = Record<string, unknown>;

const factFields: Record<string, string[]> = {
  stories: ['published', 'nil', 'projects'],
  opportunities: ['location', 'areaM2', 'status', 'projects'],
  itineraries: ['mode', 'distanceKm', 'hours', 'projects'],
  news: ['published', 'projects'],
  pages: [],
};

/** @example contentFacts('news', { title: 'x', published: '2026-01-01', projects: [] }) // { published: '2026-01-01', projects: [] } */
export function contentFacts(collection: string, data: Data): Data {
  const facts: Data = Object.fromEntries((factFields[collection] ?? []).map((key) => [key, data[key]]));
  if (collection === 'opportunities') facts.timeline = (data.timeline as { date: string }[]).map((s) => s.date);
  if (collection === 'itineraries')
    facts.stops = (data.stops as { at: unknown; project?: string }[]).map((s) => ({ at: s.at, project: s.project ?? null }));
  return facts;
}

/** Names of the facts where a translation differs from its source; empty when they agree. */
export function factDifferences(collection: string, source: Data, translation: Data): string[] {
  const a = contentFacts(collection, source);
  const b = contentFacts(collection, translation);
  return Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
