/**
 * Which cache tags a public URL depends on, and which URLs a tag covers (issue #9, point 1).
 * A publish bumps the tags of what it changed; every cached page carrying one of them is then
 * stale, and nothing else is. `all` is on every page (area imports, bulk imports), `public` on
 * every page that lists or counts projects (lists, map data, feeds, figures, sitemap, API
 * collections, home); a project, a Municipio and a NIL page carry only their own tag.
 */
export const ALL = 'all';
export const PUBLIC = 'public';

export const projectTag = (slug: string) => `project:${slug}`;
export const municipioTag = (n: number | string) => `municipio:${n}`;
export const nilTag = (slug: string) => `nil:${slug}`;

/** Paths never kept: back office, forms and tokens, search-like queries with endless keys. */
const NEVER = [
  /^\/staff(\/|$)/,
  /^\/internal(\/|$)/,
  /^\/_/,
  /^\/media\//,
  /^\/healthz$/,
  /^\/unsubscribe$/,
  /^\/[a-z]{2}\/(follow|dev)(\/|$)/,
  /^\/[a-z]{2}\/(search|near-me)\/?$/,
  /^\/api\/v1\/locate$/,
  /^\/$/, // answers by Accept-Language
];

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** @example pageTags('/en/projects/parco-x') // ['all', 'project:parco-x'] */
export function pageTags(pathname: string): string[] | null {
  if (NEVER.some((re) => re.test(pathname))) return null;
  // A path that does not decode is nobody's page: rendered (a 404), never kept.
  if (decoded(pathname) === null) return null;
  const project = /^\/(?:[a-z]{2}\/projects|api\/v1\/projects)\/([^/.]+)\/?$/.exec(pathname);
  if (project) return [ALL, projectTag(decoded(project[1])!)];
  const municipio = /^\/[a-z]{2}\/municipi\/(\d+)\/?$/.exec(pathname);
  if (municipio) return [ALL, municipioTag(municipio[1])];
  const area = /^\/[a-z]{2}\/nil\/([^/]+)\/?$/.exec(pathname);
  if (area) return [ALL, nilTag(decoded(area[1])!)];
  return [ALL, PUBLIC];
}

/** What one project's public output is: its own pages, its areas' pages and every list. */
export function projectTags(p: { slug: string; municipioId: number | null; nilSlug: string | null }): string[] {
  const tags = [PUBLIC, projectTag(p.slug)];
  if (p.municipioId !== null) tags.push(municipioTag(p.municipioId));
  if (p.nilSlug) tags.push(nilTag(p.nilSlug));
  return tags;
}

/** Fixed URLs of the `public` tag a front cache is told to drop exactly (lists with no query). */
const publicPaths = (l: string) => [`/${l}/`, `/${l}/projects/`, `/${l}/map/`, `/${l}/municipi/`, `/${l}/nil/`, `/${l}/numbers/`, `/${l}/open-data/`, `/${l}/feeds/updates.xml`, `/${l}/feeds/milestones.ics`];
const apiPaths = ['/sitemap.xml', '/api/v1/projects', '/api/v1/projects.geojson', '/api/v1/projects.csv', '/api/v1/municipi', '/api/v1/nil', '/api/v1/milestones', '/api/v1/map/cards'];

/**
 * The exact URLs (paths) a front cache holds for these tags, in every locale. Query-string
 * variants (filters) are dropped by tag instead: see purgeFront.ts.
 */
export function tagPaths(tags: readonly string[], locales: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const tag of tags) {
    const [kind, value] = tag.split(/:(.*)/s);
    if (kind === PUBLIC || kind === ALL) {
      for (const l of locales) publicPaths(l).forEach((p) => paths.add(p));
      apiPaths.forEach((p) => paths.add(p));
    } else if (kind === 'project') {
      for (const l of locales) paths.add(`/${l}/projects/${encodeURIComponent(value)}`);
      paths.add(`/api/v1/projects/${encodeURIComponent(value)}`);
    } else if (kind === 'municipio') {
      for (const l of locales) paths.add(`/${l}/municipi/${value}`);
    } else if (kind === 'nil') {
      for (const l of locales) paths.add(`/${l}/nil/${encodeURIComponent(value)}`);
    }
  }
  return [...paths];
}
