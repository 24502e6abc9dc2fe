/**
 * The API's project list and project detail (issue #6), in the requested locale with Italian
 * fallback. The list goes through the site's own filter contract and query (listProjects), so
 * the API, the list page and the exports always agree.
 */
import { inArray } from 'drizzle-orm';
import type { z } from 'astro/zod';
import type { Db } from '../../../db/client.ts';
import { projects } from '../../../db/schema.ts';
import { filtersToQuery, parseProjectFilters } from '../../lib/projectFilters.ts';
import { residentStatus } from '../../lib/vocabulary.ts';
import { getProject } from '../getProject.ts';
import { listProjects } from '../listProjects.ts';
import { localeParam, perPageParam, type projectDetailSchema, type projectListSchema, type projectSummarySchema } from './schemas.ts';

type Summary = z.infer<typeof projectSummarySchema>;
export type ApiResult<T> = { ok: true; body: T } | { ok: false; invalid: string[] };

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
/** A change's values as the rest of the answer gives them: budgets in euros (stored in cents). */
const changeValue = (field: string, value: string | null) => (field === 'budget' && value !== null && value !== '' ? String(euros(Number(value))) : value);

export const urls = (origin: string, locale: string, slug: string) => ({
  url: `${origin}/${locale}/projects/${slug}`,
  api_url: `${origin}/api/v1/projects/${slug}${locale === 'it' ? '' : `?locale=${locale}`}`,
});

/** The `locale` and `per_page` of a query, or the names of the invalid ones. */
export function pagingParams(params: URLSearchParams) {
  const locale = localeParam.safeParse(params.get('locale') ?? undefined);
  const perPage = perPageParam.safeParse(params.get('per_page') ?? undefined);
  const invalid = [...(locale.success ? [] : ['locale']), ...(perPage.success ? [] : ['per_page'])];
  return { locale: locale.data ?? 'it', perPage: perPage.data ?? 20, invalid };
}

/** Self, next and previous page links that keep every other parameter. */
export function pageLinks(url: URL, page: number, pages: number) {
  const at = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    return next.href;
  };
  return { self: url.href, next: page < pages ? at(page + 1) : null, prev: page > 1 ? at(Math.min(page - 1, pages)) : null };
}

export async function apiProjectList(db: Db, url: URL): Promise<ApiResult<z.infer<typeof projectListSchema>>> {
  const { filters, invalid } = parseProjectFilters(url.searchParams);
  const { locale, perPage, invalid: pagingInvalid } = pagingParams(url.searchParams);
  if (invalid.length || pagingInvalid.length) return { ok: false, invalid: [...invalid, ...pagingInvalid] };
  const list = await listProjects(db, filters, locale, perPage);
  // listProjects shows the last page for a page past the end; the API answers an empty page.
  const items = filters.page > list.pages ? [] : list.items;
  const extras = items.length
    ? await db
        .select({
          id: projects.id, cup: projects.cup, lat: projects.lat, lon: projects.lon, budgetBaselineCents: projects.budgetBaselineCents,
          startBaseline: projects.startBaseline, startCurrent: projects.startCurrent,
        })
        .from(projects)
        .where(inArray(projects.id, items.map((i) => i.id)))
    : [];
  const extraOf = new Map(extras.map((e) => [e.id, e]));
  const data: Summary[] = items.map((i) => {
    const e = extraOf.get(i.id)!;
    return {
      slug: i.slug, ...urls(url.origin, locale, i.slug), cup: e.cup, title: i.title, summary: i.summary, text_locale: i.textLocale,
      category: i.category, status: i.status, resident_status: residentStatus(i.status), progress: i.progress,
      municipio: i.municipioId, nil: i.nilId, nil_name: i.nilName, lat: e.lat, lon: e.lon,
      budget_eur: euros(i.budgetCurrentCents), budget_baseline_eur: euros(e.budgetBaselineCents),
      start_date: e.startCurrent, start_baseline: e.startBaseline, end_date: i.endCurrent, end_baseline: i.endBaseline, updated_at: i.updatedAt,
    };
  });
  const query = filtersToQuery({ ...filters, page: 1, sort: 'updated' });
  // The GeoJSON export with every property, as the list page and the catalogue link it (the
  // lean default is the map's).
  const exportUrl = (ext: string, own = '') => {
    const search = [own, query].filter(Boolean).join('&');
    return `${url.origin}/api/v1/projects.${ext}${search ? `?${search}` : ''}`;
  };
  return {
    ok: true,
    body: {
      data,
      meta: { page: filters.page, per_page: perPage, total: list.total, pages: list.pages, locale },
      links: { ...pageLinks(url, filters.page, list.pages), csv: exportUrl('csv'), geojson: exportUrl('geojson', 'properties=full') },
    },
  };
}

export async function apiProject(db: Db, url: URL, slug: string): Promise<ApiResult<z.infer<typeof projectDetailSchema>> | null> {
  const { locale, invalid } = pagingParams(url.searchParams);
  if (invalid.includes('locale')) return { ok: false, invalid: ['locale'] };
  const d = await getProject(db, slug, locale);
  if (!d) return null;
  const p = d.project;
  const pick = (text: { it: string } & Partial<Record<string, string>>) => ({ text: text[locale] ?? text.it, locale: text[locale] ? locale : 'it' });
  return {
    ok: true,
    body: {
      data: {
        slug: p.slug, ...urls(url.origin, locale, p.slug), cup: p.cup, title: d.text.title, summary: d.text.summary, text_locale: d.text.locale,
        category: p.category, status: p.status, resident_status: residentStatus(p.status), progress: d.progress,
        municipio: p.municipioId, nil: p.nilId, nil_name: d.area?.nilName ?? null, lat: p.lat, lon: p.lon,
        budget_eur: euros(p.budgetCurrentCents), budget_baseline_eur: euros(p.budgetBaselineCents),
        start_date: p.startCurrent, start_baseline: p.startBaseline, end_date: p.endCurrent, end_baseline: p.endBaseline, updated_at: p.updatedAt,
        body: d.text.body, parent: d.parent?.slug ?? null, children: d.children.map((c) => c.slug),
        responsible_office: p.responsibleOffice, contractor: p.contractor, last_verified_at: p.lastVerifiedAt,
        geometry: p.geometry ? JSON.parse(p.geometry) : null,
        funding: d.funding.map((f) => ({ source: f.source, line: f.line, amount_eur: f.amountCents / 100, valid_from: f.validFrom, valid_to: f.validTo })),
        milestones: d.milestones.map((m) => {
          const t = pick(m.title);
          return { title: t.text, text_locale: t.locale, planned_on: m.plannedOn, actual_on: m.actualOn, done: m.done };
        }),
        changes: d.changes.map((c) => {
          const t = pick(c.reason);
          return { field: c.field, from: changeValue(c.field, c.fromValue), to: changeValue(c.field, c.toValue)!, reason: t.text, text_locale: t.locale, changed_on: c.changedOn };
        }),
      },
    },
  };
}
