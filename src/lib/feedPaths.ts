/** Addresses of the Atom feed and milestone calendar of a scope (issue #6). */

export interface FeedScopeQuery {
  municipio?: number;
  nil?: number;
  project?: string;
}

/** @example feedPaths('en', { nil: 12 }) // { atom: '/en/feeds/updates.xml?nil=12', ics: '/en/feeds/milestones.ics?nil=12' } */
export function feedPaths(locale: string, scope: FeedScopeQuery = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(scope)) if (value !== undefined) params.set(key, String(value));
  const q = params.toString() ? `?${params}` : '';
  return { atom: `/${locale}/feeds/updates.xml${q}`, ics: `/${locale}/feeds/milestones.ics${q}` };
}
