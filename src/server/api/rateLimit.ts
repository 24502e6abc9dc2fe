/**
 * Per-address request limit of the public API (issue #6): a fixed window of one minute, counted
 * in the database (`api_rate_limits`) with atomic upserts, so that every instance of the site
 * shares the count (issue #9); an instance keeps only hits it has already counted there.
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

/** Reserves `size` more hits of `key` in this window; returns the window's count after them. */
async function reserve(db: Db, key: string, windowStart: number, size: number): Promise<number> {
  const result = await db.$client.execute({
    sql: `insert into api_rate_limits (key, window_start, hits) values (?, ?, ?)
          on conflict (key) do update set
            hits = case when window_start = excluded.window_start then hits + excluded.hits else excluded.hits end,
            window_start = excluded.window_start
          returning hits`,
    args: [key, windowStart, size],
  });
  const hits = Number(result.rows[0].hits);
  // A key's first reservation of a window sweeps the rows of finished windows, keeping the table small.
  if (hits === size) await db.$client.execute({ sql: 'delete from api_rate_limits where window_start < ?', args: [windowStart] });
  return hits;
}

/** Hits this instance reserved for a key: numbers `next` to `end` of the window's count are its own. */
interface Lease {
  windowStart: number;
  next: number;
  end: number;
  size: number;
}

/**
 * Counting every hit in the database cost one synced write per API request (64 req/s where the
 * page cache alone gave 236-317). An instance now reserves hits in blocks that double, from 1 up
 * to an eighth of the limit, and grants them from memory: a few writes a minute per busy caller.
 * Together instances never grant more than the limit, since every granted hit was counted
 * first; a block reserved and not used only makes the others refuse a little early (at most one
 * block per instance). Limits under 16 are counted one by one, exactly.
 */
export class RateLimiter {
  private leases = new Map<string, Lease>();

  /** @example await new RateLimiter().hit(db, '203.0.113.9', 300) // { allowed: true, limit: 300, remaining: 299, reset: 42 } */
  async hit(db: Db, key: string, limit: number, nowMs = Date.now()): Promise<RateDecision> {
    const now = Math.floor(nowMs / 1000);
    const windowStart = now - (now % WINDOW_SECONDS);
    let lease = this.leases.get(key);
    if (!lease || lease.windowStart !== windowStart || lease.next > lease.end) {
      const size = lease?.windowStart === windowStart ? Math.min(lease.size * 2, Math.max(1, Math.floor(limit / 8))) : 1;
      const end = await reserve(db, key, windowStart, size);
      lease = { windowStart, next: end - size + 1, end, size };
      this.remember(key, lease);
    }
    const ordinal = lease.next++;
    return { allowed: ordinal <= limit, limit, remaining: Math.max(0, limit - ordinal), reset: windowStart + WINDOW_SECONDS - now };
  }

  /** Bounded: past 10,000 callers the oldest lease goes (its unused hits are only lost). */
  private remember(key: string, lease: Lease) {
    this.leases.delete(key);
    if (this.leases.size >= 10_000) this.leases.delete(this.leases.keys().next().value!);
    this.leases.set(key, lease);
  }
}

const shared = new RateLimiter();

/** This process's limiter. @example await hitRateLimit(db, '203.0.113.9', 300) */
export const hitRateLimit = (db: Db, key: string, limit: number, nowMs?: number) => shared.hit(db, key, limit, nowMs);

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
