import type { APIRoute } from 'astro';

export const prerender = true;

/**
 * Everything public may be crawled except search results (endless, thin pages); the sitemap
 * is named with the site's absolute URL (SITE_URL at build time).
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap.xml', site ?? 'http://localhost:4321').href;
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /*/search', '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
