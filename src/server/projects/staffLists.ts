/**
 * Lists for the back office: every project whatever its publication, with its open revision and
 * title (from the draft when it was never published), the form's drop-downs, and each person's
 * start page: revisions awaiting review, drafts not sent yet, and the freshness worklist (issue
 * #4, points 5 and 10).
 */
import { and, asc, desc, eq, exists, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { milestones, nil, projectRevisions, projects, projectTranslations, users } from '../../../db/schema.ts';
import { qualified } from '../../../db/qualified.ts';
import { staffName } from '../auth/staffName.ts';
import { STAFF_PAGE_SIZE, type StaffProjectQuery, type StaffSort } from '../../lib/staffProjectQuery.ts';
import type { SessionUser } from '../auth/sessions.ts';

// The enclosing row's id (db/qualified.ts: a bare "id" here would be the revision's own).
const projectId = qualified(projects.id);
const openState = sql<string | null>`(select r.state from project_revisions r where r.project_id = ${projectId} and r.state in ('draft', 'in_review') order by r.id desc limit 1)`;
const title = sql<string>`coalesce(
  (select t.title from project_translations t where t.project_id = ${projectId} and t.locale = 'it'),
  (select json_extract(r.snapshot, '$.translations.it.title') from project_revisions r where r.project_id = ${projectId} order by r.id desc limit 1),
  ${qualified(projects.slug)})`;

const order: Record<StaffSort, SQL[]> = {
  title: [asc(title)],
  updated: [desc(projects.updatedAt)],
  verified: [sql`${projects.lastVerifiedAt} is not null`, asc(projects.lastVerifiedAt)],
};

/**
 * One page of the back office's project list in the order asked, and how many projects match. Staff
 * narrow it to what they work on: a Municipio, a publication state, an open revision in a state.
 */
export async function staffProjectList(db: Db, query: Partial<StaffProjectQuery>, pageSize = STAFF_PAGE_SIZE) {
  const where: SQL[] = [];
  if (query.q) {
    const pattern = `%${query.q.replace(/[%_]/g, '')}%`;
    where.push(or(like(projects.slug, pattern), exists(db.select({ x: sql`1` }).from(projectTranslations).where(and(eq(projectTranslations.projectId, projects.id), like(projectTranslations.title, pattern)))))!);
  }
  if (query.municipio) where.push(eq(projects.municipioId, query.municipio));
  if (query.publication) where.push(eq(projects.publication, query.publication));
  if (query.open) where.push(query.open === 'none' ? isNull(openState) : eq(openState, query.open));
  const [{ total }] = await db.select({ total: sql<number>`count(*)` }).from(projects).where(and(...where));
  const pages = Math.max(1, Math.ceil(Number(total) / pageSize));
  const page = Math.min(query.page ?? 1, pages); // a page past the end shows the last one
  const rows = await db
    .select({ id: projects.id, slug: projects.slug, title, municipioId: projects.municipioId, publication: projects.publication, open: openState, lastVerifiedAt: projects.lastVerifiedAt })
    .from(projects)
    .where(and(...where))
    .orderBy(...order[query.sort ?? 'title'], asc(projects.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: Number(total), page, pages };
}

/** Who last saved a revision (null when the account is gone: the join finds no user). */
const editedBy = sql<string | null>`${staffName}`;

/** Revisions sent for review, the longest waiting first: what publishers have to do. */
export async function awaitingReview(db: Db, limit = 200) {
  return db
    .select({ projectId: projects.id, title, municipioId: projects.municipioId, at: projectRevisions.updatedAt, by: editedBy })
    .from(projectRevisions)
    .innerJoin(projects, eq(projects.id, projectRevisions.projectId))
    .leftJoin(users, eq(users.id, projectRevisions.authorId))
    .where(eq(projectRevisions.state, 'in_review'))
    .orderBy(asc(projectRevisions.updatedAt), asc(projectRevisions.id))
    .limit(limit);
}

/** The latest "send back to draft" of the revision, if a publisher sent it back: when, who, and their note. */
const sentBack = (column: 'a.at' | 'a.user_email' | "json_extract(a.detail, '$.note')") =>
  sql<string | null>`(select ${sql.raw(column)} from audit_log a where a.action = 'project_return' and a.target_type = 'project'
    and a.target_id = cast(${qualified(projects.id)} as text) and json_extract(a.detail, '$.revision') = ${qualified(projectRevisions.id)}
    order by a.id desc limit 1)`;

/**
 * Drafts not yet sent for review among `ids` (every project when null), the latest edited first;
 * one a publisher sent back says so.
 */
export async function openDrafts(db: Db, ids: number[] | null, limit = 200) {
  return db
    .select({ projectId: projects.id, title, municipioId: projects.municipioId, at: projectRevisions.updatedAt, by: editedBy, sentBackAt: sentBack('a.at'), sentBackBy: sentBack('a.user_email'), sentBackNote: sentBack("json_extract(a.detail, '$.note')") })
    .from(projectRevisions)
    .innerJoin(projects, eq(projects.id, projectRevisions.projectId))
    .leftJoin(users, eq(users.id, projectRevisions.authorId))
    .where(and(eq(projectRevisions.state, 'draft'), ids ? inArray(projects.id, ids.length ? ids : [-1]) : undefined))
    .orderBy(desc(projectRevisions.updatedAt), desc(projectRevisions.id))
    .limit(limit);
}

/** The ids of "my projects": those the person edited, plus their whole Municipio for a Municipio editor. */
export async function myProjectIds(db: Db, user: SessionUser): Promise<number[]> {
  const edited = db.select({ id: projectRevisions.projectId }).from(projectRevisions).where(eq(projectRevisions.authorId, user.id));
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(or(inArray(projects.id, edited), user.role === 'municipio_editor' && user.municipioId ? eq(projects.municipioId, user.municipioId) : sql`0`));
  return rows.map((r) => r.id);
}

/** Projects not verified within 60 days (or never), and milestones past their date and not reached. */
export async function freshness(db: Db, ids: number[] | null, today: string) {
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
  const scope = ids ? inArray(projects.id, ids.length ? ids : [-1]) : undefined;
  const live = inArray(projects.publication, ['draft', 'in_review', 'published']);
  const stale = await db
    .select({ id: projects.id, title, lastVerifiedAt: projects.lastVerifiedAt })
    .from(projects)
    .where(and(scope, live, or(isNull(projects.lastVerifiedAt), lt(projects.lastVerifiedAt, cutoff))))
    .orderBy(sql`${projects.lastVerifiedAt} is not null`, asc(projects.lastVerifiedAt))
    .limit(200);
  const overdue = await db
    .select({ projectId: projects.id, projectTitle: title, title: milestones.title, plannedOn: milestones.plannedOn })
    .from(milestones)
    .innerJoin(projects, eq(projects.id, milestones.projectId))
    .where(and(scope, live, eq(milestones.done, false), lt(milestones.plannedOn, today)))
    .orderBy(asc(milestones.plannedOn))
    .limit(200);
  return { stale, overdue };
}

/** Drop-downs of the project form: programmes to belong to, and the NIL. */
export async function formOptions(db: Db, exceptId?: number) {
  const programmes = await db
    .select({ id: projects.id, title })
    .from(projects)
    .where(and(eq(projects.category, 'mixed_programme'), exceptId ? sql`${projects.id} <> ${exceptId}` : undefined))
    .orderBy(asc(title));
  const nilOptions = await db.select({ id: nil.id, name: nil.name }).from(nil).orderBy(asc(nil.name));
  return { programmes, nilOptions };
}
