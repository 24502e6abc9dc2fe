/**
 * The API's rate limit counted in blocks (src/server/api/rateLimit.ts) on a real database:
 * exact for one instance, never over the limit for several, few writes for a busy caller.
 */
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/server/api/rateLimit.ts';
import { memoryDb } from '../helpers/db.ts';

const at = Date.UTC(2026, 10, 29, 10, 0, 5); // 5 s into a minute window

describe('RateLimiter', () => {
  it('allows exactly the limit to one instance, counting down, with a few writes', async () => {
    const db = await memoryDb();
    const limiter = new RateLimiter();
    const decisions = [];
    for (let i = 0; i < 301; i++) decisions.push(await limiter.hit(db, '203.0.113.9', 300, at));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(300);
    expect(decisions[299]).toMatchObject({ allowed: true, remaining: 0 });
    expect(decisions[300]).toMatchObject({ allowed: false, remaining: 0, reset: 55 });
    expect(decisions.slice(0, 5).map((d) => d.remaining)).toEqual([299, 298, 297, 296, 295]);
    // Blocks of 1, 2, 4, … 32, then 37 (an eighth of 300): 14 reservations, not 301 writes.
    const hits = Number((await db.$client.execute("select hits from api_rate_limits where key = '203.0.113.9'")).rows[0].hits);
    expect(hits).toBeGreaterThanOrEqual(301);
    expect(hits).toBeLessThan(301 + 37);
  });

  it('never lets instances together pass the limit, and refuses early by at most a block each', async () => {
    const db = await memoryDb();
    const instances = [new RateLimiter(), new RateLimiter(), new RateLimiter()];
    let allowed = 0;
    for (let i = 0; i < 600; i++) if ((await instances[i % 3].hit(db, '198.51.100.7', 160, at)).allowed) allowed++;
    expect(allowed).toBeLessThanOrEqual(160);
    expect(allowed).toBeGreaterThanOrEqual(160 - 3 * 20);
  });

  it('starts again in the next window, and keeps small limits exact across instances', async () => {
    const db = await memoryDb();
    const [a, b] = [new RateLimiter(), new RateLimiter()];
    const seen = [];
    for (const l of [a, a, b, a, b, b]) seen.push((await l.hit(db, 'k', 5, at)).allowed);
    expect(seen).toEqual([true, true, true, true, true, false]);
    expect((await a.hit(db, 'k', 5, at + 60_000)).allowed).toBe(true);
    expect((await b.hit(db, 'k', 5, at + 60_000)).remaining).toBe(3);
  });
});
