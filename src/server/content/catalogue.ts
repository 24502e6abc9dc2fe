/**
 * What prerendered pages know about projects and neighbourhoods. Content pages are built
 * before any database exists, so a linked project's title comes from the same demo seed the
 * content schema validates links against (src/content.config.ts); the link leads to the live
 * project page, which always shows the current record.
 */
import { demoProjects } from '../../../db/seed.ts';
import { nilSeed } from '../../../db/seed/areas.ts';
import type { Locale } from '../../i18n/locales.ts';

const projectsBySlug = new Map(demoProjects.map((p) => [p.slug, p]));
const nilById = new Map(nilSeed.map((n) => [n.id, n]));

/** A project's title in the reader's language, or Italian with `lang: 'it'`. */
export function projectTitle(slug: string, locale: Locale): { title: string; lang?: 'it' } {
  const project = projectsBySlug.get(slug);
  if (!project) throw new Error(`unknown project ${slug}`);
  const texts = project as unknown as Record<string, { title: string } | undefined>;
  const own = texts[locale];
  return own ? { title: own.title } : { title: project.it.title, lang: 'it' };
}

/** The NIL's official name and page slug. */
export function nilInfo(id: number): { name: string; slug: string; municipioId: number } {
  const n = nilById.get(id);
  if (!n) throw new Error(`unknown NIL ${id}`);
  return { name: n.name, slug: n.slug, municipioId: n.municipioId };
}
