/**
 * Sign-in throttling per account and per address (issue #4, point 2): 5 failures within 15
 * minutes lock that key until the oldest failure leaves the window. Kept in the database so
 * all instances agree (issue #9).
 */
import { and, asc, count, eq, gte, inArray, lt, min } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { signInFailures } from '../../../db/schema.ts';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string | null) => `ip:${ip ?? 'unknown'}`;

/** Seconds until the keys may try again, or 0 when they may now. */
export async function retryAfterSeconds(db: Db, keys: string[], now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  let wait = 0;
  for (const key of keys) {
    const [row] = await db
      .select({ n: count(), oldest: min(signInFailures.at) })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gte(signInFailures.at, since)));
    if (row.n < MAX_FAILURES || !row.oldest) continue;
    // The key is free again when enough failures have aged out of the window.
    const rows = await db
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gte(signInFailures.at, since)))
      .orderBy(asc(signInFailures.at))
      .limit(row.n - MAX_FAILURES + 1);
    const freeAt = Date.parse(rows[rows.length - 1].at) + WINDOW_MS;
    wait = Math.max(wait, Math.ceil((freeAt - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  await db.insert(signInFailures).values(keys.map((key) => ({ key, at: now.toISOString() })));
  await db.delete(signInFailures).where(lt(signInFailures.at, new Date(now.getTime() - WINDOW_MS).toISOString()));
}

/** A successful sign-in clears the account's failures (the address keeps its own). */
export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  await db.delete(signInFailures).where(inArray(signInFailures.key, keys));
}
