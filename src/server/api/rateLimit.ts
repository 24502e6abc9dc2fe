/**
 * Per-address request limit of the public API (issue #6): a fixed window of one minute, counted
 * in the database (`api_rate_limits`) with one atomic upsert, so that every instance of the site
 * shares the count and no process keeps state of its own (issue #9).
 */
import type { Db } from '../../../db/client.ts';

export const WINDOW_SECONDS = 60;

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends: Retry-After when refused. */
  reset: number;
}

/** @example await hitRateLimit(db, '203.0.113.9', 300) // { allowed: true, limit: 300, remaining: 299, reset: 42 } */
export async function hitRateLimit(db: Db, key: string, limit: number, nowMs = Date.now()): Promise<RateDecision> {
  const now = Math.floor(nowMs / 1000);
  const windowStart = now - (now % WINDOW_SECONDS);
  const result = await db.$client.execute({
    sql: `insert into api_rate_limits (key, window_start, hits) values (?, ?, 1)
          on conflict (key) do update set
            hits = case when window_start = excluded.window_start then hits + 1 else 1 end,
            window_start = excluded.window_start
          returning hits`,
    args: [key, windowStart],
  });
  const hits = Number(result.rows[0].hits);
  // A key's first hit of a window sweeps the rows of finished windows, keeping the table small.
  if (hits === 1) await db.$client.execute({ sql: 'delete from api_rate_limits where window_start < ?', args: [windowStart] });
  return { allowed: hits <= limit, limit, remaining: Math.max(0, limit - hits), reset: windowStart + WINDOW_SECONDS - now };
}

/** Expands an IPv6 address to its eight groups. @example expandIpv6('2001:db8::1') // ['2001','db8','0','0','0','0','0','1'] */
function expandIpv6(address: string): string[] {
  const [head, tail = ''] = address.split('::');
  const a = head ? head.split(':') : [];
  const b = tail ? tail.split(':') : [];
  return address.includes('::') ? [...a, ...Array(8 - a.length - b.length).fill('0'), ...b] : a;
}

/**
 * The key an address is counted under: IPv4 as is, IPv6 by its /64 network, since one
 * subscriber usually holds a whole /64.
 * @example rateKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function rateKey(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!plain.includes(':')) return plain;
  return `${expandIpv6(plain.replace(/%.*$/, '')).slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
