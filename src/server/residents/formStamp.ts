/**
 * Abuse defence without third parties (issue #7, point 3): a signed timestamp in a hidden field
 * (a form sent faster than a person can type is refused, and a forged or replayed-old one too)
 * and a per-address rate limit kept in the database, so every instance shares it.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { rateHits } from '../../../db/schema.ts';

export const MIN_FILL_MS = 3_000;
export const MAX_FILL_MS = 24 * 3_600_000;

const sign = (secret: string, ms: string) => createHmac('sha256', secret).update(`form:${ms}`).digest('base64url');

/** @example stampForm('secret', new Date(0)) // '0.<hmac>' */
export function stampForm(secret: string, now = new Date()): string {
  const ms = String(now.getTime());
  return `${ms}.${sign(secret, ms)}`;
}

export function checkStamp(secret: string, stamp: string, now = new Date(), minMs = MIN_FILL_MS): 'ok' | 'tooFast' | 'invalid' {
  const [ms, mac] = stamp.split('.', 2);
  if (!ms || !mac || !/^\d{1,15}$/.test(ms)) return 'invalid';
  const expected = Buffer.from(sign(secret, ms));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = now.getTime() - Number(ms);
  if (age < minMs) return 'tooFast';
  return age > MAX_FILL_MS ? 'invalid' : 'ok';
}

/** Addresses are only kept hashed, and only as long as the window needs them. */
export const addressKey = (kind: string, ip: string | null) => `${kind}:${createHash('sha256').update(ip ?? 'unknown').digest('hex').slice(0, 32)}`;

/** Records one hit and says whether it is within `limit` per `windowMs`. */
export async function withinRate(db: Db, key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - windowMs).toISOString();
  return db.transaction(async (tx) => {
    await tx.delete(rateHits).where(and(eq(rateHits.key, key), lt(rateHits.at, since)));
    const [{ n }] = await tx.select({ n: sql<number>`count(*)` }).from(rateHits).where(and(eq(rateHits.key, key), gt(rateHits.at, since)));
    if (Number(n) >= limit) return false;
    await tx.insert(rateHits).values({ key, at: now.toISOString() });
    return true;
  });
}
