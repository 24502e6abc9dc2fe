/**
 * Demo data for the embedded default: the 9 Municipi, the 88 NIL and fifty outskirts projects in
 * Italian and English, written by us (fictional projects, people and figures in real places).
 * The server loads it on first start when `isEmpty(db)`; the data itself lives in db/seed/,
 * split by area of the city.
 *
 * The data is written as of DEMO_TODAY, so "overdue", "stale" and "delayed" mean the same thing
 * in every run; `options.today` is the day the demo is loaded as of, and may not be earlier
 * than the latest fact the data records.
 */
import { count } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';
import {
  funding,
  media,
  milestones,
  municipi,
  nil,
  projectChanges,
  projects,
  projectTranslations,
  updates,
  type NewProject,
} from './schema.ts';
import { municipiSeed, nilSeed, type NilSeed } from './seed/areas.ts';
import { contacts } from './seed/contacts.ts';
import { centreNorthEastProjects } from './seed/projects-centre-north-east.ts';
import { northProjects } from './seed/projects-north.ts';
import { programmeProjects } from './seed/projects-programmes.ts';
import { southEastProjects } from './seed/projects-south-east.ts';
import { westProjects } from './seed/projects-west.ts';
import type { SeedProject } from './seed/types.ts';
import { eurosToCents } from '../src/lib/money.ts';
import { programmeProgress } from '../src/lib/progress.ts';

export const DEMO_TODAY = '2026-11-29';

/** When the demo records were loaded, and when the portal went public with them. */
const CREATED_AT = '2026-02-16T08:00:00.000Z';
const LAUNCHED_AT = '2026-03-02T08:00:00.000Z';

export const demoProjects: readonly SeedProject[] = [
  ...programmeProjects,
  ...centreNorthEastProjects,
  ...southEastProjects,
  ...westProjects,
  ...northProjects,
];


export interface SeedOptions {
  /** ISO date the demo is loaded as of; defaults to DEMO_TODAY. */
  today?: string;
}

/** True when there are neither projects nor Municipi, i.e. nothing was seeded or imported yet. */
export async function isEmpty(db: Db | Tx): Promise<boolean> {
  const [{ n: projectCount }] = await db.select({ n: count() }).from(projects);
  const [{ n: municipioCount }] = await db.select({ n: count() }).from(municipi);
  return projectCount === 0 && municipioCount === 0;
}

/**
 * Writes the whole demo in one transaction, a few multi-row inserts per table. Refuses a
 * database that already holds data, so running it twice never duplicates anything.
 * @example if (await isEmpty(db)) await seedDemo(db)
 */
export async function seedDemo(
  db: Db,
  options: SeedOptions = {},
): Promise<{ projects: number; nil: number; municipi: number }> {
  const today = options.today ?? DEMO_TODAY;
  const latest = latestFact(demoProjects);
  if (latest > today) {
    throw new RangeError(
      `seedDemo: the demo data records facts up to ${latest}, so it cannot be loaded as of ${today}`,
    );
  }
  const nilById = new Map(nilSeed.map((n) => [n.id, n]));

  return db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) {
      throw new Error('seedDemo: the database already holds data; the demo is only loaded into an empty database');
    }
    await tx.insert(municipi).values(municipiSeed);
    await tx.insert(nil).values(nilSeed);

    // Programmes and stand-alone projects first, so that children can point at their parent.
    const ids = new Map<string, number>();
    const topLevel = demoProjects.filter((p) => !p.parent);
    const children = demoProjects.filter((p) => p.parent);
    for (const batch of [topLevel, children]) {
      const rows = await tx
        .insert(projects)
        .values(batch.map((p) => projectRow(p, ids, nilById)))
        .returning({ id: projects.id, slug: projects.slug });
      for (const row of rows) ids.set(row.slug, row.id);
    }
    const idOf = (p: SeedProject) => ids.get(p.slug)!;

    await tx.insert(projectTranslations).values(
      demoProjects.flatMap((p) => [
        { projectId: idOf(p), locale: 'it', ...p.it },
        { projectId: idOf(p), locale: 'en', ...p.en },
      ]),
    );

    const changeRows = demoProjects.flatMap((p) =>
      (p.changes ?? []).map((c) => ({
        projectId: idOf(p),
        field: c.field,
        fromValue: c.field === 'budget' ? String(cents(c.from)) : c.from,
        toValue: c.field === 'budget' ? String(cents(c.to)) : c.to,
        reason: c.reason,
        changedOn: c.on,
      })),
    );
    if (changeRows.length > 0) await tx.insert(projectChanges).values(changeRows);

    const fundingRows = demoProjects.flatMap((p) =>
      (p.funding ?? []).map((f) => ({
        projectId: idOf(p),
        source: f.source,
        line: f.line ?? null,
        amountCents: cents(f.euros),
        validFrom: f.from ?? null,
        validTo: f.to ?? null,
        note: f.note ?? null,
      })),
    );
    if (fundingRows.length > 0) await tx.insert(funding).values(fundingRows);

    await tx.insert(milestones).values(
      demoProjects.flatMap((p) =>
        p.milestones.map((m) => ({
          projectId: idOf(p),
          title: m.title,
          plannedOn: m.plannedOn,
          actualOn: m.actualOn ?? null,
          done: m.actualOn !== undefined,
        })),
      ),
    );

    const updateRows = demoProjects.flatMap((p) =>
      (p.updates ?? []).map((u) => ({ projectId: idOf(p), publishedOn: u.publishedOn, title: u.title, body: u.body })),
    );
    if (updateRows.length > 0) await tx.insert(updates).values(updateRows);

    const mediaRows = demoProjects.flatMap((p) =>
      (p.media ?? []).map((m, position) => ({
        projectId: idOf(p),
        file: m.file,
        alt: m.alt,
        caption: m.caption ?? null,
        credit: 'Comune di Milano',
        takenOn: m.takenOn ?? null,
        phase: m.phase,
        position,
      })),
    );
    if (mediaRows.length > 0) await tx.insert(media).values(mediaRows);

    return { projects: demoProjects.length, nil: nilSeed.length, municipi: municipiSeed.length };
  });
}

function projectRow(p: SeedProject, ids: Map<string, number>, nilById: Map<number, NilSeed>): NewProject {
  const area = nilById.get(p.nil);
  if (!area) throw new Error(`seedDemo: ${p.slug} points at unknown NIL ${p.nil}`);
  const contact = contacts[p.contact];
  const listed = p.publication === undefined || p.publication === 'published' || p.publication === 'archived';
  const publishedAt = listed ? (p.publishedAt ?? LAUNCHED_AT) : null;
  return {
    slug: p.slug,
    cup: p.cup ?? null,
    parentId: p.parent ? ids.get(p.parent)! : null,
    category: p.category,
    status: p.status,
    progress: p.progress ?? programmeProgressOf(p),
    lat: p.at[0],
    lon: p.at[1],
    geometry: p.geometry ? JSON.stringify(p.geometry) : null,
    municipioId: area.municipioId,
    nilId: area.id,
    responsibleOffice: contact.office,
    contractor: p.contractor ?? null,
    contactName: contact.name,
    contactEmail: contact.email,
    contactPhone: contact.phone,
    budgetBaselineCents: p.budget ? cents(p.budget[0]) : null,
    budgetCurrentCents: p.budget ? cents(p.budget[1]) : null,
    startBaseline: p.start[0],
    startCurrent: p.start[1],
    endBaseline: p.end[0],
    endCurrent: p.end[1],
    lastVerifiedAt: p.lastVerifiedAt,
    publication: p.publication ?? 'published',
    version: 1,
    createdAt: CREATED_AT,
    updatedAt: [CREATED_AT, publishedAt ?? '', p.lastVerifiedAt, ...dayStamps(p)].reduce(maxString),
    publishedAt,
  };
}

/** A programme stores the same budget-weighted progress the pages derive from its children. */
function programmeProgressOf(programme: SeedProject): number {
  const children = demoProjects.filter((c) => c.parent === programme.slug);
  if (children.length === 0) throw new Error(`seedDemo: ${programme.slug} has no progress and no children`);
  return programmeProgress(
    children.map((c) => ({ progress: c.progress ?? 0, budgetCents: c.budget ? cents(c.budget[1]) : null })),
  )!;
}

/** Updates and changes as instants, for `updatedAt`. */
function dayStamps(p: SeedProject): string[] {
  return [...(p.updates ?? []).map((u) => u.publishedOn), ...(p.changes ?? []).map((c) => c.on)].map(
    (day) => `${day}T08:00:00.000Z`,
  );
}

/** The latest day anything in the data says has already happened. */
function latestFact(all: readonly SeedProject[]): string {
  const days = all.flatMap((p) => [
    p.lastVerifiedAt.slice(0, 10),
    ...(p.publishedAt ? [p.publishedAt.slice(0, 10)] : []),
    ...p.milestones.flatMap((m) => (m.actualOn ? [m.actualOn] : [])),
    ...(p.updates ?? []).map((u) => u.publishedOn),
    ...(p.changes ?? []).map((c) => c.on),
  ]);
  return days.reduce(maxString, LAUNCHED_AT.slice(0, 10));
}

function maxString(a: string, b: string): string {
  return a > b ? a : b;
}

const cents = eurosToCents;
