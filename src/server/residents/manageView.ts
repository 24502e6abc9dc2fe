/**
 * What the manage page shows for a token: its address, masked, and everything the address
 * follows, named and linked in the reader's language, in the order it was followed.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { nil, projects, projectTranslations, subscriptions } from '../../../db/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/localizedPath.ts';
import { useTranslations } from '../../i18n/useTranslations.ts';
import { maskEmail } from '../../lib/maskEmail.ts';
import type { FollowScope, Frequency } from '../../lib/residents.ts';
import { addressOfToken } from './subscriberAddress.ts';

export interface FollowedItem {
  id: number;
  scope: FollowScope;
  frequency: Frequency;
  /** Still waiting for the confirmation link. */
  pending: boolean;
  name: string;
  /** The name's language when it is not the reader's (a project with no title in it). */
  nameLang?: 'it';
  /** Null for a project no longer published. */
  href: string | null;
}

/** The page's data, or null for a token that is nobody's (a bad link, or an address deleted). */
export async function manageView(db: Db, token: string, locale: Locale): Promise<{ address: string; items: FollowedItem[] } | null> {
  const address = token ? await addressOfToken(db, token) : null;
  if (!address) return null;
  const rows = await db.select().from(subscriptions).where(eq(subscriptions.email, address.email)).orderBy(asc(subscriptions.id));
  const ids = (scope: FollowScope) => rows.filter((r) => r.scope === scope).map((r) => r.targetId);
  // One query per kind of place, not one per row.
  const areas = ids('nil').length ? await db.select({ id: nil.id, name: nil.name, slug: nil.slug }).from(nil).where(inArray(nil.id, ids('nil'))) : [];
  const titles = ids('project').length
    ? await db
        .select({ id: projects.id, slug: projects.slug, locale: projectTranslations.locale, title: projectTranslations.title })
        .from(projects)
        .innerJoin(projectTranslations, eq(projectTranslations.projectId, projects.id))
        .where(and(inArray(projects.id, ids('project')), eq(projects.publication, 'published'), inArray(projectTranslations.locale, [locale, 'it'])))
    : [];
  const t = useTranslations(locale);
  const items = rows.map((r): FollowedItem => {
    const base = { id: r.id, scope: r.scope, frequency: r.frequency, pending: !r.confirmedAt };
    if (r.scope === 'municipio') return { ...base, name: t('municipio.title', { n: r.targetId }), href: localizedPath(locale, `/municipi/${r.targetId}`) };
    if (r.scope === 'nil') {
      const area = areas.find((a) => a.id === r.targetId);
      return area ? { ...base, name: t('nil.title', { name: area.name }), href: localizedPath(locale, `/nil/${area.slug}`) } : { ...base, name: t('residents.manage.gone'), href: null };
    }
    const own = titles.find((p) => p.id === r.targetId && p.locale === locale && p.title);
    const italian = titles.find((p) => p.id === r.targetId && p.locale === 'it');
    const found = own ?? italian;
    if (!found) return { ...base, name: t('residents.manage.gone'), href: null };
    return { ...base, name: found.title, nameLang: own || locale === 'it' ? undefined : 'it', href: localizedPath(locale, `/projects/${found.slug}`) };
  });
  return { address: maskEmail(address.email), items };
}
