/**
 * Server-side sessions in the database (issue #4, point 2), so every instance behind a load
 * balancer shares them (issue #9): no per-process state. The cookie carries a random token; the
 * table keys on its SHA-256. Idle timeout 30 minutes, absolute lifetime 12 hours.
 */
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions, users } from '../../../db/schema.ts';
import type { Role } from '../../lib/vocabulary.ts';
import { newToken, tokenHash } from './tokens.ts';

export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
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
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session with a fresh id (never one the browser brought) and returns its token. */
export async function createSession(db: Db, userId: number, client: ClientInfo, now = new Date()): Promise<string> {
  const token = newToken();
  const at = now.toISOString();
  await db.insert(sessions).values({
    idHash: tokenHash(token),
    userId,
    createdAt: at,
    lastSeenAt: at,
    ip: client.ip?.slice(0, 64) ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** The signed-in user of a token, or null when unknown, expired, idle too long or disabled. */
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
  const expired = t - Date.parse(row.session.lastSeenAt) > IDLE_MS || t - Date.parse(row.session.createdAt) > ABSOLUTE_MS;
  if (expired || row.user.disabled) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (t - Date.parse(row.session.lastSeenAt) > TOUCH_MS)
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.idHash, idHash));
  const { id, email, name, role, municipioId } = row.user;
  return { id, email, name, role, municipioId, sessionHash: idHash };
}

export async function endSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Signs a user out everywhere (or everywhere but `keep`). */
export async function endUserSessions(db: Db, userId: number, keep?: string): Promise<void> {
  await db.delete(sessions).where(keep ? and(eq(sessions.userId, userId), ne(sessions.idHash, keep)) : eq(sessions.userId, userId));
}

/** Removes expired sessions; called now and then at sign-in so the table stays small. */
export async function pruneSessions(db: Db, now = new Date()): Promise<void> {
  const idle = new Date(now.getTime() - IDLE_MS).toISOString();
  const old = new Date(now.getTime() - ABSOLUTE_MS).toISOString();
  await db.delete(sessions).where(or(lt(sessions.lastSeenAt, idle), lt(sessions.createdAt, old)));
}
