/** Municipi and NIL for the public area pages and the filter drop-downs. */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { municipi, nil, projects } from '../../db/schema.ts';

const published = eq(projects.publication, 'published');

export async function listMunicipi(db: Db) {
  return db
    .select({ id: municipi.id, name: municipi.name, projects: count(projects.id) })
    .from(municipi)
    .leftJoin(projects, and(eq(projects.municipioId, municipi.id), published))
    .groupBy(municipi.id)
    .orderBy(asc(municipi.id));
}

export async function listNil(db: Db, municipioId?: number) {
  return db
    .select({ id: nil.id, name: nil.name, slug: nil.slug, municipioId: nil.municipioId, projects: count(projects.id) })
    .from(nil)
    .leftJoin(projects, and(eq(projects.nilId, nil.id), published))
    .where(municipioId ? eq(nil.municipioId, municipioId) : undefined)
    .groupBy(nil.id)
    .orderBy(asc(nil.name));
}

/** Names only, for the filter drop-downs: no counts, so it stays cheap at any number of projects. */
export async function areaOptions(db: Db) {
  const [municipiRows, nilRows] = await Promise.all([
    db.select({ id: municipi.id, name: municipi.name }).from(municipi).orderBy(asc(municipi.id)),
    db.select({ id: nil.id, name: nil.name, municipioId: nil.municipioId }).from(nil).orderBy(asc(nil.name)),
  ]);
  return { municipi: municipiRows, nil: nilRows };
}

export async function getMunicipio(db: Db, id: number) {
  const [row] = await db.select({ id: municipi.id, name: municipi.name, areaM2: municipi.areaM2 }).from(municipi).where(eq(municipi.id, id));
  return row ?? null;
}

export async function getNilBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: nil.id, name: nil.name, slug: nil.slug, municipioId: nil.municipioId, areaM2: nil.areaM2 })
    .from(nil)
    .where(eq(nil.slug, slug));
  return row ?? null;
}
