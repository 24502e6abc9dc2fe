/**
 * Server-side sessions in the database (issue #4, point 2), so every instance behind a load
 * balancer shares them (issue #9): no per-process state. The cookie carries a random token; the
 * table keys on its SHA-256. Idle timeout 30 minutes, absolute lifetime 12 hours.
 */
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';

import { sessions, users } from '../../../db/schema.ts';
import type { Role } from '../../lib/vocabulary.ts';
import { newToken, tokenHash } from './tokens.ts';
import { secondFactorRequired } from '../../lib/secondFactorRule.ts';

export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/**
 * Pending states after a correct password (issue #10, point 1) live shortly: 5 minutes to type a
 * code, 15 to install an authenticator and enrol.
 */
export const PENDING_MS = { second_factor: 5 * 60 * 1000, enrol: 15 * 60 * 1000 } as const;
export type SessionStage = 'full' | keyof typeof PENDING_MS;
// last_seen_at is written at most once a minute per session, not on every request.
const TOUCH_MS = 60 * 1000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  municipioId: number | null;
  /** The SHA-256 of this request's session token, to sign this session out. */
  sessionHash: string;
  /** 'full' signs the person in; the pending stages only reach the second-factor pages. */
  stage: SessionStage;
  /** When the person last proved who they are (password, and code when enrolled), in ms. */
  authenticatedAt: number;
  hasTotp: boolean;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session with a fresh id (never one the browser brought) and returns its token. */
export async function createSession(db: Db | Tx, userId: number, client: ClientInfo, now = new Date(), stage: SessionStage = 'full'): Promise<string> {
  const token = newToken();
  const at = now.toISOString();
  await db.insert(sessions).values({
    idHash: tokenHash(token),
    userId,
    createdAt: at,
    lastSeenAt: at,
    stage,
    authenticatedAt: at,
    ip: client.ip?.slice(0, 64) ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/**
 * The person of a token, or null when unknown, expired, idle too long or disabled. A full
 * session of an admin or publisher without a second factor (e.g. one older than the rule) is
 * downgraded to 'enrol', so they can do nothing else until enrolled.
 */
export async function sessionUser(db: Db, token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const idHash = tokenHash(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  if (!row) return null;
  const t = now.getTime();
  const stage = row.session.stage;
  const lifetime = stage === 'full' ? ABSOLUTE_MS : PENDING_MS[stage];
  const expired = t - Date.parse(row.session.lastSeenAt) > IDLE_MS || t - Date.parse(row.session.createdAt) > lifetime;
  if (expired || row.user.disabled) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  // Best effort: a database busy with another writer must not turn a read into an error.
  if (t - Date.parse(row.session.lastSeenAt) > TOUCH_MS)
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.idHash, idHash)).catch(() => undefined);
  const { id, email, name, role, municipioId } = row.user;
  const hasTotp = row.user.totpSecret !== null;
  return {
    id, email, name, role, municipioId, sessionHash: idHash, hasTotp,
    stage: stage === 'full' && secondFactorRequired(role) && !hasTotp ? 'enrol' : stage,
    authenticatedAt: Date.parse(row.session.authenticatedAt ?? row.session.createdAt),
  };
}

export async function endSession(db: Db | Tx, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Signs a user out everywhere (or everywhere but `keep`). */
export async function endUserSessions(db: Db | Tx, userId: number, keep?: string): Promise<void> {
  await db.delete(sessions).where(keep ? and(eq(sessions.userId, userId), ne(sessions.idHash, keep)) : eq(sessions.userId, userId));
}

/** Removes expired sessions; called now and then at sign-in so the table stays small. */
export async function pruneSessions(db: Db, now = new Date()): Promise<void> {
  const idle = new Date(now.getTime() - IDLE_MS).toISOString();
  const old = new Date(now.getTime() - ABSOLUTE_MS).toISOString();
  await db.delete(sessions).where(or(lt(sessions.lastSeenAt, idle), lt(sessions.createdAt, old)));
}

/** Records a fresh strong authentication on this session (re-authentication, issue #10). */
export async function markAuthenticated(db: Db | Tx, idHash: string, now = new Date()): Promise<void> {
  await db.update(sessions).set({ authenticatedAt: now.toISOString() }).where(eq(sessions.idHash, idHash));
}
