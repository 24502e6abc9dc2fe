import { pagePath } from './localizedPath.ts';

/**
 * The site's root and a page's own absolute URL (prerendering's trailing slash dropped), the one
 * form canonical, Open Graph and JSON-LD all use. `site` is astro.config's (SITE_URL).
 * @example pageUrls(new URL('https://e.it'), new URL('http://localhost/it/about/')).page // 'https://e.it/it/about'
 */
export function pageUrls(site: URL | undefined, url: URL): { site: string; page: string } {
  const root = rootOf(site?.href ?? url.origin);
  // `url.pathname` is already parsed (encoded, dot segments resolved): joining it is what parsing
  // it again would give, and a path starting with `//` stays a path instead of naming a host.
  return { site: root, page: root + pagePath(url.pathname).slice(1) };
}

// Every page asks, twice (the layout and its head): the root is worked out once per origin.
const roots = new Map<string, string>();
function rootOf(base: string): string {
  let root = roots.get(base);
  if (root === undefined) {
    root = new URL('/', base).href;
    if (roots.size < 16) roots.set(base, root);
  }
  return root;
}
