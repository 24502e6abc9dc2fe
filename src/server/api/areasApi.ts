/** The API's Municipi, NIL and milestones lists (issue #6). */
import type { z } from 'astro/zod';
import type { Db } from '../../../db/client.ts';
import { listMunicipi, listNil } from '../areas.ts';
import { queryMilestones } from '../queryMilestones.ts';
import { pageLinks, type ApiResult } from './projectsApi.ts';
import { milestonesQuerySchema, type milestoneListSchema, type municipiListSchema, type nilListSchema } from './schemas.ts';

export async function apiMunicipi(db: Db, url: URL): Promise<z.infer<typeof municipiListSchema>> {
  const rows = await listMunicipi(db);
  return {
    data: rows.map((m) => ({
      id: m.id, name: m.name, projects: m.projects,
      url: `${url.origin}/it/municipi/${m.id}`, projects_url: `${url.origin}/api/v1/projects?municipio=${m.id}`,
    })),
  };
}

export async function apiNil(db: Db, url: URL): Promise<ApiResult<z.infer<typeof nilListSchema>>> {
  const raw = url.searchParams.get('municipio');
  const municipio = raw === null ? undefined : Number(raw);
  if (municipio !== undefined && !(Number.isInteger(municipio) && municipio >= 1 && municipio <= 9)) return { ok: false, invalid: ['municipio'] };
  const rows = await listNil(db, municipio);
  return {
    ok: true,
    body: {
      data: rows.map((n) => ({
        id: n.id, name: n.name, slug: n.slug, municipio: n.municipioId, projects: n.projects,
        url: `${url.origin}/it/nil/${n.slug}`, projects_url: `${url.origin}/api/v1/projects?nil=${n.id}`,
      })),
    },
  };
}

export async function apiMilestones(db: Db, url: URL): Promise<ApiResult<z.infer<typeof milestoneListSchema>>> {
  const parsed = milestonesQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return { ok: false, invalid: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  const q = parsed.data;
  const done = q.done === undefined ? undefined : q.done === 'true';
  const { total, rows } = await queryMilestones(db, { ...q, done }, q.locale, q.per_page, (q.page - 1) * q.per_page);
  const pages = Math.max(1, Math.ceil(total / q.per_page));
  return {
    ok: true,
    body: {
      data: rows.map((r) => ({
        id: r.id, project: r.slug, project_title: r.projectTitle, project_url: `${url.origin}/${q.locale}/projects/${r.slug}`,
        title: r.title[q.locale] ?? r.title.it, text_locale: r.title[q.locale] ? q.locale : 'it',
        planned_on: r.plannedOn, actual_on: r.actualOn, done: r.done,
      })),
      meta: { page: q.page, per_page: q.per_page, total, pages, locale: q.locale },
      links: pageLinks(url, q.page, pages),
    },
  };
}
