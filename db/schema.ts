/**
 * Every table of Periferie Milano (issue #2). Money is integer euro cents, calendar dates are
 * ISO `YYYY-MM-DD` text, instants are ISO timestamps; geometry is GeoJSON text (SQLite has no
 * spatial type and the City's scale does not need one); per-locale short texts are JSON maps
 * `{ "it": …, "en": … }` where Italian is required.
 */
import { desc, sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  Category,
  FundingSource,
  MediaPhase,
  PublicationState,
  RevisionState,
  Role,
  Status,
  TrackedField,
} from '../src/lib/vocabulary.ts';

export type LocalizedText = { it: string } & Partial<Record<string, string>>;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const municipi = sqliteTable('municipi', {
  id: integer('id').primaryKey(), // 1–9, the City's own number
  name: text('name').notNull(),
  areaM2: real('area_m2'),
  boundary: text('boundary'), // GeoJSON Polygon/MultiPolygon, from the official importer
  minLon: real('min_lon'),
  minLat: real('min_lat'),
  maxLon: real('max_lon'),
  maxLat: real('max_lat'),
});

export const nil = sqliteTable(
  'nil',
  {
    id: integer('id').primaryKey(), // ID_NIL, 1–88
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    municipioId: integer('municipio_id')
      .notNull()
      .references(() => municipi.id),
    centroidLat: real('centroid_lat').notNull(),
    centroidLon: real('centroid_lon').notNull(),
    areaM2: real('area_m2'),
    boundary: text('boundary'),
    minLon: real('min_lon'),
    minLat: real('min_lat'),
    maxLon: real('max_lon'),
    maxLat: real('max_lat'),
  },
  (t) => [uniqueIndex('nil_slug_idx').on(t.slug), index('nil_municipio_idx').on(t.municipioId)],
);

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

// --- back office (issue #4) ---

/** Staff accounts. `passwordHash` is null until an invited person sets a password. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(), // stored lower-cased
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash'),
    role: text('role').$type<Role>().notNull(),
    municipioId: integer('municipio_id').references(() => municipi.id),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    // Second factor (issue #10, point 1): the TOTP secret, AES-256-GCM encrypted (src/server/auth/
    // secretBox.ts), null when not enrolled; the last time step accepted, so a code works once.
    totpSecret: text('totp_secret'),
    totpLastStep: integer('totp_last_step'),
    totpEnabledAt: text('totp_enabled_at'),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email)],
);

/**
 * Server-side sessions: the cookie holds a random token, the table only its SHA-256, so a leaked
 * database does not leak live sessions. Every instance reads the same table (issue #9).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    // 'full', or a short-lived pending state after the password (issue #10, point 1): 'second_factor'
    // waits for a code, 'enrol' may only enrol a second factor. Pending sessions sign nobody in.
    stage: text('stage').$type<'full' | 'second_factor' | 'enrol'>().notNull().default('full'),
    // The last strong authentication (password, and code when enrolled), for re-authentication.
    authenticatedAt: text('authenticated_at'),
    // A TOTP secret being enrolled, encrypted, until a code confirms it; shown only in this session.
    pendingTotp: text('pending_totp'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One-time recovery codes of the second factor: only their SHA-256; a used code is deleted. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** One-time links to set a password; only the token's SHA-256 is kept. */
export const invites = sqliteTable(
  'invites',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('invites_user_idx').on(t.userId)],
);

/** Failed sign-ins, by account (`account:<email>`) and by address (`ip:<addr>`), for throttling. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('sign_in_failures_key_idx').on(t.key, t.at)],
);

/** Append-only: triggers in migration 0004 refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    userId: integer('user_id'),
    userEmail: text('user_email'), // kept as written, so the entry outlives a renamed account
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_action_idx').on(t.action, t.at), index('audit_user_idx').on(t.userId, t.at)],
);

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

// --- residents (issue #7) ---

/**
 * Outgoing e-mail. Every message is written here first (in the same transaction as what caused
 * it), then a worker sends it; a failure only moves `nextAttemptAt` (exponential backoff), so
 * nothing is lost while the SMTP server is down. `headers` holds List-Unsubscribe and friends.
 */
export const mailQueue = sqliteTable(
  'mail_queue',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(), // confirm, notify, digest, reply
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    status: text('status').$type<'queued' | 'sending' | 'sent' | 'failed'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull().default(now),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull().default(now),
    sentAt: text('sent_at'),
  },
  (t) => [index('mail_queue_due_idx').on(t.status, t.nextAttemptAt)],
);

/**
 * A resident following a project, a NIL or a Municipio by e-mail, without an account. Pending
 * until the confirmation link is used (double opt-in); only tokens' SHA-256 are kept.
 */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    scope: text('scope').$type<'project' | 'nil' | 'municipio'>().notNull(),
    targetId: integer('target_id').notNull(),
    frequency: text('frequency').$type<'instant' | 'weekly'>().notNull(),
    baseUrl: text('base_url').notNull(), // where links in the messages point
    confirmHash: text('confirm_hash'),
    confirmExpiresAt: text('confirm_expires_at'),
    confirmedAt: text('confirmed_at'),
    unsubscribeHash: text('unsubscribe_hash').notNull(),
    // Every message (digests built later by the worker too) must carry the unsubscribe and manage
    // links, so this token is kept as is. It can do nothing but act on its own address: open its
    // manage page (change how often, stop one) and delete it.
    unsubscribeToken: text('unsubscribe_token').notNull(),
    lastDigestAt: text('last_digest_at'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('subscriptions_unsub_idx').on(t.unsubscribeHash),
    uniqueIndex('subscriptions_confirm_idx').on(t.confirmHash),
    index('subscriptions_target_idx').on(t.scope, t.targetId, t.confirmedAt),
    uniqueIndex('subscriptions_email_target_idx').on(t.email, t.scope, t.targetId),
  ],
);

/**
 * The unsubscribe tokens (SHA-256) of subscriptions a resident stopped one by one, with their
 * address. An instant notice or a digest stands for all of an address's subscriptions and carries
 * one row's link: when that row is stopped, the links in the mails already sent must still open
 * the address's manage page and unsubscribe it from the rest. Deleted with the address's last
 * subscription.
 */
export const retiredTokens = sqliteTable(
  'subscription_retired_tokens',
  {
    unsubscribeHash: text('unsubscribe_hash').primaryKey(),
    email: text('email').notNull(),
  },
  (t) => [index('subscription_retired_tokens_email_idx').on(t.email)],
);

/** What subscribers hear about: written when a revision is published, read by the digests. */
export const projectEvents = sqliteTable(
  'project_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'update' | 'status' | 'milestone' | 'impact' | 'end'>().notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    at: text('at').notNull().default(now),
  },
  (t) => [index('project_events_at_idx').on(t.at), index('project_events_project_idx').on(t.projectId, t.at)],
);

/** A resident's question or report about a project (issue #7, point 3). */
export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'question' | 'safety' | 'delay' | 'noise' | 'suggestion' | 'praise'>().notNull(),
    body: text('body').notNull(),
    photo: text('photo'), // /media/<id>, re-encoded like staff photos
    email: text('email'),
    locale: text('locale').notNull(),
    state: text('state').$type<'new' | 'answered' | 'rejected'>().notNull().default('new'),
    reply: text('reply'),
    repliedBy: integer('replied_by').references(() => users.id),
    firstReplyAt: text('first_reply_at'),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('feedback_state_idx').on(t.state, t.createdAt), index('feedback_project_idx').on(t.projectId, t.published)],
);

/** Public-form hits by key (`feedback:<ip hash>`, `vote:<ip hash>`…), for rate limits. */
export const rateHits = sqliteTable(
  'rate_hits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('rate_hits_key_idx').on(t.key, t.at)],
);

/** Residents' judgement on the Monithon scale: one row per browser and project. */
export const judgements = sqliteTable(
  'judgements',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    voterHash: text('voter_hash').notNull(),
    value: text('value').notNull(),
    at: text('at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.voterHash] })],
);

/** Road closures, detours, bus diversions, noisy hours: what a worksite means for the street. */
export const worksiteImpacts = sqliteTable(
  'worksite_impacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'closure' | 'detour' | 'bus' | 'noise'>().notNull(),
    description: text('description', { mode: 'json' }).$type<LocalizedText>().notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('impacts_project_idx').on(t.projectId, t.endsOn), index('impacts_active_idx').on(t.endsOn, t.startsOn)],
);

export type ProjectRow = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;

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

/**
 * Fixed-window request counters of the public API, per client address (issue #6). Kept in the
 * database, not in memory, so every instance behind a load balancer shares them (issue #9).
 */
export const apiRateLimits = sqliteTable('api_rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(), // epoch seconds
  hits: integer('hits').notNull(),
});

/**
 * Versions of the public pages' cache tags (issue #9, point 1). A write that changes public
 * output bumps its tags in its own transaction to one new number, greater than every version
 * before it; a cached page remembers the highest version it was built after and is served only
 * while none of its tags has passed it. Shared by every instance through the database, so one
 * instance's publish is seen by all. `version` is indexed: `max(version)` is the per-hit check.
 */
export const cacheTags = sqliteTable(
  'cache_tags',
  {
    tag: text('tag').primaryKey(),
    version: integer('version').notNull(),
    /** When the tag was last bumped (ISO instant): the open data's Last-Modified (issue #6). */
    changedAt: text('changed_at'),
  },
  (t) => [index('cache_tags_version_idx').on(t.version)],
);

/**
 * Settings the server makes for itself once and every instance must share (issue #9, point 4),
 * e.g. the form-stamp secret when FORM_SECRET is not set.
 */
export const serverSecrets = sqliteTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
