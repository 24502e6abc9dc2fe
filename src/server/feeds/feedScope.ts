/**
 * What a feed covers (issue #6): everything, one Municipio (`?municipio=N`), one NIL (`?nil=N`)
 * or one project (`?project=slug`). At most one of them; an unknown area or project is a 404.
 */
import { z } from 'astro/zod';
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/localizedPath.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { getMunicipio } from '../areas.ts';
import { getProject } from '../getProject.ts';
import { nil } from '../../../db/schema.ts';
import { eq } from 'drizzle-orm';

const scopeSchema = z
  .strictObject({
    municipio: z.coerce.number().int().min(1).max(9).optional(),
    nil: z.coerce.number().int().min(1).max(999).optional(),
    project: z.string().regex(/^[a-z0-9-]{1,120}$/).optional(),
  })
  .refine((s) => Object.values(s).filter((v) => v !== undefined).length <= 1);

export interface FeedScope {
  filter: { municipio?: number; nil?: number; project?: string };
  /** Feed title, in the feed's locale. */
  title: string;
  /** The page the feed belongs to. */
  pageUrl: string;
  /** Stable part of ids: "all", "municipio-4", "nil-12", "project-slug". */
  key: string;
}

/** null: no such area or project; 'invalid': a malformed or combined parameter. */
export async function feedScope(db: Db, params: URLSearchParams, locale: Locale, kind: 'updates' | 'milestones'): Promise<FeedScope | null | 'invalid'> {
  const parsed = scopeSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return 'invalid';
  const t = useTranslations(locale);
  const base = t(kind === 'updates' ? 'feeds.updatesTitle' : 'feeds.milestonesTitle');
  const s = parsed.data;
  if (s.municipio !== undefined) {
    const m = await getMunicipio(db, s.municipio);
    if (!m) return null;
    return { filter: { municipio: m.id }, title: `${base} – ${t('municipio.title', { n: m.id })}`, pageUrl: localizedPath(locale, `/municipi/${m.id}`), key: `municipio-${m.id}` };
  }
  if (s.nil !== undefined) {
    const [n] = await db.select({ id: nil.id, name: nil.name, slug: nil.slug }).from(nil).where(eq(nil.id, s.nil));
    if (!n) return null;
    return { filter: { nil: n.id }, title: `${base} – ${n.name}`, pageUrl: localizedPath(locale, `/nil/${n.slug}`), key: `nil-${n.id}` };
  }
  if (s.project !== undefined) {
    const p = await getProject(db, s.project, locale);
    if (!p) return null;
    return { filter: { project: p.project.slug }, title: `${base} – ${p.text.title}`, pageUrl: localizedPath(locale, `/projects/${p.project.slug}`), key: `project-${p.project.slug}` };
  }
  return { filter: {}, title: base, pageUrl: localizedPath(locale, '/projects'), key: 'all' };
}
