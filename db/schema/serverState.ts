/**
 * What the server keeps for itself in the database rather than in memory, so that every instance
 * shares it (issue #9): outgoing mail, rate-limit counters, the page cache's tag versions and the
 * secrets it makes once.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { now } from './columns.ts';

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
