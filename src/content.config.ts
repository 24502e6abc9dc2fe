/**
 * The portal's content collections (issue #5, point 3): one mirrored tree per locale,
 * `content/<collection>/<locale>/<slug>.md`, loaded with the Content Layer glob loader.
 * https://docs.astro.build/en/reference/content-loader-reference/#glob-loader
 *
 * Entries link projects by slug, and a link to a project that does not exist must fail the
 * build. Projects live in the database, which does not exist at build time (the server creates
 * and seeds it on first start), so the build checks against the slugs the demo seed publishes
 * (db/seed.ts `demoProjects`). We do it in the schema, not in an integration hook after the
 * build: a schema issue fails `astro sync`, `astro check` and `astro build` alike, names the
 * file and the field, and costs no second pass over the content. When projects come from a
 * production database instead of the seed, this set is the one place to change (e.g. a slug
 * list exported by the open-data API at build time).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { demoProjects } from '../db/seed.ts';
import { itinerarySchema, newsSchema, opportunitySchema, pageSchema, storySchema } from './lib/contentSchemas.ts';

const publishedProjects: ReadonlySet<string> = new Set(
  demoProjects.filter((p) => (p.publication ?? 'published') === 'published').map((p) => p.slug),
);

const from = (folder: string) => glob({ pattern: '*/*.md', base: `./content/${folder}` });

export const collections = {
  stories: defineCollection({ loader: from('stories'), schema: storySchema(publishedProjects) }),
  opportunities: defineCollection({ loader: from('opportunities'), schema: opportunitySchema(publishedProjects) }),
  itineraries: defineCollection({ loader: from('itineraries'), schema: itinerarySchema(publishedProjects) }),
  news: defineCollection({ loader: from('news'), schema: newsSchema(publishedProjects) }),
  pages: defineCollection({ loader: from('pages'), schema: pageSchema }),
};
