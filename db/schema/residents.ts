/**
 * Residents (issue #7): e-mail subscriptions without an account, what they are told about,
 * questions and reports, judgements, and what a worksite means for the street.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now, type LocalizedText } from './columns.ts';
import { projects } from './projects.ts';
import { users } from './staff.ts';

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
    // Asked again before confirming: the link sent before the latest one. Residents press
    // "follow" twice when the first mail is slow, then open whichever mail comes first.
    earlierConfirmHash: text('earlier_confirm_hash'),
    confirmExpiresAt: text('confirm_expires_at'),
    confirmedAt: text('confirmed_at'),
    unsubscribeHash: text('unsubscribe_hash').notNull(),
    // Every message (digests built later by the worker too) must carry the unsubscribe and manage
    // links, so this token is kept as is. It can do nothing but act on its own address: open its
    // manage page (change how often, stop one) and delete it.
    unsubscribeToken: text('unsubscribe_token').notNull(),
    // Weekly rows: the news up to here went out in a digest (or was sent at once before the row
    // was switched to weekly, changeFrequency.ts). Unused on instant rows.
    lastDigestAt: text('last_digest_at'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('subscriptions_unsub_idx').on(t.unsubscribeHash),
    uniqueIndex('subscriptions_confirm_idx').on(t.confirmHash),
    uniqueIndex('subscriptions_earlier_confirm_idx').on(t.earlierConfirmHash),
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

/**
 * The news an address was already mailed, kept only while one of its weekly subscriptions could
 * still tell it again (one whose digest has not reached the event's time): news mailed at once
 * through another subscription, or in a digest that a weekly row confirmed meanwhile will also
 * cover. So each piece of news reaches an address once, whatever it stopped or switched since
 * (src/server/residents/toldEvents.ts). Goes with the address.
 */
export const toldEvents = sqliteTable(
  'told_events',
  {
    email: text('email').notNull(),
    eventId: integer('event_id')
      .notNull()
      .references(() => projectEvents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.email, t.eventId] }), index('told_events_event_idx').on(t.eventId)],
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
