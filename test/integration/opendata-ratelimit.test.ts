/**
 * The API's per-address rate limit (issue #6) on two servers sharing one database: the count is
 * kept in the database, so together they allow the limit once, then answer 429 with Retry-After.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.ts';
import { startServer } from '../helpers/server-setup.ts';

let first: Awaited<ReturnType<typeof startServer>>;
let second: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  first = await startServer({ API_RATE_LIMIT: '5' });
  second = await startServer({ API_RATE_LIMIT: '5', DATABASE_URL: first.databaseUrl });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

describe('rate limit', () => {
  it('counts across instances and answers 429 with Retry-After past the limit', async () => {
    // Start at the beginning of a minute window, so the count cannot reset half-way.
    const intoWindow = (Date.now() / 1000) % 60;
    if (intoWindow > 45) await new Promise((r) => setTimeout(r, (61 - intoWindow) * 1000));
    const hit = (server: typeof first, init: RequestInit = {}) => fetch(`${server.baseUrl}/api/v1/municipi`, init);
    const remaining: string[] = [];
    for (const server of [first, first, second, first, second]) {
      const res = await hit(server);
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    // Preflights are not counted.
    expect((await hit(second, { method: 'OPTIONS' })).status).toBe(204);

    const refused = await hit(second);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: expect.stringContaining('retry in') });
    expect((await hit(first)).status).toBe(429);

    const db = await createDb(first.databaseUrl);
    expect((await db.$client.execute("select hits from api_rate_limits where key = '127.0.0.1'")).rows[0].hits).toBe(7);
    db.$client.close();
    // Pages are not rate-limited.
    expect((await fetch(`${first.baseUrl}/it/`)).status).toBe(200);
  });
});
