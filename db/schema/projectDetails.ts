/**
 * A project's child tables: its texts per locale and the lists its page shows (changes, funding,
 * milestones, updates, media). Publishing a revision rewrites them from its snapshot
 * (src/server/projects/writeRecord.ts); deleting the project deletes them.
 */
import { desc } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { FundingSource, MediaPhase, TrackedField } from '../../src/lib/vocabulary.ts';
import type { LocalizedText } from './columns.ts';
import { projects } from './projects.ts';

export const projectTranslations = sqliteTable(
  'project_translations',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''), // Markdown
  },
  (t) => [primaryKey({ columns: [t.projectId, t.locale] }), index('translations_locale_title_idx').on(t.locale, t.title)],
);

/** Why a baseline and a current value differ: one row per change, newest last. */
export const projectChanges = sqliteTable(
  'project_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    field: text('field').$type<TrackedField>().notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value').notNull(),
    reason: text('reason', { mode: 'json' }).$type<LocalizedText>().notNull(),
    changedOn: text('changed_on').notNull(),
  },
  (t) => [index('changes_project_idx').on(t.projectId, t.changedOn)],
);

export const funding = sqliteTable(
  'funding',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    source: text('source').$type<FundingSource>().notNull(),
    // PNRR mission/component/investment, e.g. "M5C2 2.1"; other programmes' line, if any.
    line: text('line'),
    amountCents: integer('amount_cents').notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    note: text('note'),
  },
  (t) => [
    // Ordered as "the main source" is chosen (largest share, then oldest row), so the exports
    // read it with one index seek per project instead of sorting every project's rows (issue #6).
    index('funding_project_idx').on(t.projectId, desc(t.amountCents), t.id),
    index('funding_source_project_idx').on(t.source, t.projectId),
  ],
);

export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title', { mode: 'json' }).$type<LocalizedText>().notNull(),
    plannedOn: text('planned_on').notNull(),
    actualOn: text('actual_on'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('milestones_project_idx').on(t.projectId, t.plannedOn), index('milestones_planned_idx').on(t.plannedOn)],
);

export const updates = sqliteTable(
  'updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    publishedOn: text('published_on').notNull(),
    // Scheduled publication (issue #4): public pages show the update only from this instant on.
    publishAt: text('publish_at'),
    title: text('title', { mode: 'json' }).$type<LocalizedText>().notNull(),
    body: text('body', { mode: 'json' }).$type<LocalizedText>().notNull(),
    // When followers were told (issue #7). Null on a scheduled update until the mail worker
    // claims it once its time has come (UPDATE … WHERE notified_at IS NULL), on any instance.
    notifiedAt: text('notified_at'),
  },
  (t) => [
    index('updates_project_idx').on(t.projectId, t.publishedOn),
    index('updates_published_idx').on(t.publishedOn),
    // The page cache asks for the next scheduled update to go live (issue #9).
    index('updates_publish_at_idx').on(t.publishAt),
  ],
);

export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    file: text('file').notNull(), // path under /media or public/, never a URL from outside
    alt: text('alt', { mode: 'json' }).$type<LocalizedText>().notNull(),
    caption: text('caption', { mode: 'json' }).$type<LocalizedText>(),
    credit: text('credit'),
    takenOn: text('taken_on'),
    phase: text('phase').$type<MediaPhase>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('media_project_idx').on(t.projectId, t.position)],
);
