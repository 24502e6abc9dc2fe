/**
 * Projects: one row per work as the public sees it, every revision of its editable record, and the
 * bulk imports that created or changed them. What a project page shows beside the row is in
 * ./projectDetails.ts.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Category, PublicationState, RevisionState, Status } from '../../src/lib/vocabulary.ts';
import { now } from './columns.ts';
import { municipi, nil } from './places.ts';
import { users } from './staff.ts';

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    cup: text('cup'),
    parentId: integer('parent_id').references((): any => projects.id, { onDelete: 'set null' }),
    category: text('category').$type<Category>().notNull(),
    status: text('status').$type<Status>().notNull(),
    progress: integer('progress').notNull().default(0),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
    geometry: text('geometry'), // optional GeoJSON Polygon or LineString beyond the point
    municipioId: integer('municipio_id').references(() => municipi.id),
    nilId: integer('nil_id').references(() => nil.id),
    responsibleOffice: text('responsible_office'),
    contractor: text('contractor'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    budgetBaselineCents: integer('budget_baseline_cents'),
    budgetCurrentCents: integer('budget_current_cents'),
    startBaseline: text('start_baseline'),
    startCurrent: text('start_current'),
    endBaseline: text('end_baseline'),
    endCurrent: text('end_current'),
    lastVerifiedAt: text('last_verified_at'),
    publication: text('publication').$type<PublicationState>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    publishedAt: text('published_at'),
  },
  (t) => [
    uniqueIndex('projects_slug_idx').on(t.slug),
    uniqueIndex('projects_cup_idx').on(t.cup),
    // Programme pages and progress look up published children by parent. Partial, because most
    // projects have no parent and ANALYZE would otherwise judge the index useless for IN lists.
    index('projects_parent_idx').on(t.parentId, t.publication).where(sql`${t.parentId} is not null`),
    // Public lists always filter on publication first, then one of these. The first one also
    // covers the counts of any mix of Municipio, category, status and NIL (no table lookups).
    index('projects_pub_filters_idx').on(t.publication, t.municipioId, t.category, t.status, t.nilId),
    index('projects_pub_municipio_idx').on(t.publication, t.municipioId, t.updatedAt),
    index('projects_pub_nil_idx').on(t.publication, t.nilId, t.updatedAt),
    index('projects_pub_category_idx').on(t.publication, t.category, t.updatedAt),
    index('projects_pub_status_idx').on(t.publication, t.status, t.updatedAt),
    index('projects_pub_updated_idx').on(t.publication, t.updatedAt),
    index('projects_pub_end_idx').on(t.publication, t.endCurrent),
    index('projects_pub_budget_idx').on(t.publication, t.budgetCurrentCents),
    index('projects_pub_progress_idx').on(t.publication, t.progress),
    // "In numbers" and the area summaries (issue #8) aggregate money and dates over every
    // published work: covering them lets each figure read this index instead of the table.
    index('projects_pub_figures_idx').on(
      t.publication, t.municipioId, t.nilId, t.status, t.budgetCurrentCents, t.endBaseline, t.endCurrent,
    ),
    check('projects_progress_range', sql`${t.progress} between 0 and 100`),
    check('projects_lat_range', sql`${t.lat} between -90 and 90`),
    check('projects_lon_range', sql`${t.lon} between -180 and 180`),
  ],
);

export type ProjectRow = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;

/**
 * Every version of a project's editable record, as a JSON snapshot (src/lib/projectSchema.ts).
 * At most one revision per project is open (draft or in review); publishing copies its snapshot
 * into `projects` and the child tables, and the previously published one becomes superseded.
 */
export const projectRevisions = sqliteTable(
  'project_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    state: text('state').$type<RevisionState>().notNull(),
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    authorId: integer('author_id').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    publishedAt: text('published_at'),
    publishedBy: integer('published_by').references(() => users.id),
  },
  (t) => [index('revisions_project_idx').on(t.projectId, t.state, t.id)],
);

/**
 * One row per committed bulk import of projects (issue #6), written in the import's own
 * transaction: a refused or interrupted import leaves no row, as it leaves no project.
 */
export const importRuns = sqliteTable('import_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  format: text('format').$type<'csv' | 'geojson'>().notNull(),
  // Who ran it: "cli:<os user>" from the command line, a staff user id from the back office.
  actor: text('actor').notNull(),
  published: integer('published', { mode: 'boolean' }).notNull(),
  created: integer('created').notNull(),
  updated: integer('updated').notNull(),
  unchanged: integer('unchanged').notNull(),
  committedAt: text('committed_at').notNull().default(now),
});
