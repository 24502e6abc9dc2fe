import type { APIRoute } from 'astro';
import { getDb } from '../server/db.ts';
import { sitemapGroups } from '../server/sitemapGroups.ts';
import { sitemapXml } from '../server/sitemapXml.ts';

/** The sitemap with hreflang alternates, database pages included (issue #5, point 6). */
export const GET: APIRoute = async ({ site, url }) => {
  const xml = sitemapXml(await sitemapGroups(await getDb()), site ?? url.origin);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
};
