/**
 * Back office (issue #4): staff accounts, their sessions and second factor, invitations,
 * sign-in throttling and the audit log.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../src/lib/vocabulary.ts';
import { now } from './columns.ts';
import { municipi } from './places.ts';

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
    // Work notices by e-mail (a revision to review, a draft sent back, a publication): the back
    // office language the person last chose, since a mail has no page to read it from, and
    // whether they want them at all.
    locale: text('locale').$type<'it' | 'en'>().notNull().default('it'),
    notifyByMail: integer('notify_by_mail', { mode: 'boolean' }).notNull().default(true),
    // The working day's reminder of residents waiting (moderatorDaily.ts): when the last one was
    // claimed, and the site's address as the person last signed in to it, for its links (the
    // mail worker has no request to read it from).
    lastDailyAt: text('last_daily_at'),
    baseUrl: text('base_url'),
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
