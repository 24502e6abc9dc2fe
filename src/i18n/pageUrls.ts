import { pagePath } from './localizedPath.ts';

/**
 * The site's root and a page's own absolute URL (prerendering's trailing slash dropped), the one
 * form canonical, Open Graph and JSON-LD all use. `site` is astro.config's (SITE_URL).
 * @example pageUrls(new URL('https://e.it'), new URL('http://localhost/it/about/')).page // 'https://e.it/it/about'
 */
export function pageUrls(site: URL | undefined, url: URL): { site: string; page: string } {
  const root = new URL('/', site ?? url.origin).href;
  return { site: root, page: new URL(pagePath(url.pathname), root).href };
}
