/**
 * Writes take turns inside one process and wait for another process's lock without stopping
 * the event loop (db/serialWrites.ts, issue #10 point 3), on real database files.
 */
import { createClient } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isReadOnlySql, serialWrites } from '../../db/serialWrites.ts';
import { tempFileDb } from '../helpers/db.ts';
import { holdLock } from '../helpers/holdLock.ts';

const count = async (db: Awaited<ReturnType<typeof tempFileDb>>['db']) =>
  Number((await db.$client.execute('select count(*) n from sign_in_failures')).rows[0].n);

describe('serialWrites', () => {
  it('lets two write transactions of one process run one after the other, at once', async () => {
    const { db, cleanup } = await tempFileDb();
    try {
      const order: string[] = [];
      const started = performance.now();
      // Without the queue the second BEGIN IMMEDIATE slept the process for the whole busy
      // timeout, the first could not commit meanwhile, and the second failed with SQLITE_BUSY.
      await Promise.all([
        db.transaction(async (tx) => {
          await tx.run(sql`insert into sign_in_failures (key, at) values ('a', 'now')`);
          await new Promise((r) => setTimeout(r, 50));
          order.push('a');
        }),
        db.transaction(async (tx) => {
          await tx.run(sql`insert into sign_in_failures (key, at) values ('b', 'now')`);
          order.push('b');
        }),
        db.run(sql`insert into sign_in_failures (key, at) values ('c', 'now')`).then(() => order.push('c')),
      ]);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(order).toEqual(['a', 'b', 'c']);
      expect(await count(db)).toBe(3);
    } finally {
      cleanup();
    }
  });

  it('hands the turn on after a transaction that failed and rolled back', async () => {
    const { db, cleanup } = await tempFileDb();
    try {
      const failed = db.transaction(async (tx) => {
        await tx.run(sql`insert into sign_in_failures (key, at) values ('x', 'now')`);
        throw new Error('refused');
      });
      const next = db.transaction((tx) => tx.run(sql`insert into sign_in_failures (key, at) values ('y', 'now')`));
      await expect(failed).rejects.toThrow('refused');
      await next;
      expect((await db.$client.execute('select key from sign_in_failures')).rows.map((r) => r.key)).toEqual(['y']);
    } finally {
      cleanup();
    }
  });

  it("waits for another process's lock with the event loop free, and reads go on meanwhile", async () => {
    const { db, url, cleanup } = await tempFileDb();
    try {
      const lock = await holdLock(url, 800);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 20);
      const reads: number[] = [];
      const reader = (async () => {
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          await db.$client.execute('select count(*) from projects');
          reads.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      await db.run(sql`insert into sign_in_failures (key, at) values ('w', 'now')`);
      const doneAt = Date.now();
      clearInterval(timer);
      await reader;
      expect(doneAt).toBeGreaterThanOrEqual(await lock.released);
      // 800 ms at one tick per 20 ms: a blocked loop would have ticked once or not at all.
      expect(ticks).toBeGreaterThan(10);
      expect(Math.max(...reads)).toBeLessThan(200);
      expect(await count(db)).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('gives up with SQLITE_BUSY once its wait is over, and writes nothing', async () => {
    const { url, cleanup } = await tempFileDb();
    const client = serialWrites(createClient({ url, timeout: 10 }), { waitMs: 300 });
    try {
      const lock = await holdLock(url, 1500);
      const started = performance.now();
      await expect(client.execute("insert into sign_in_failures (key, at) values ('z', 'now')")).rejects.toThrow(/SQLITE_BUSY|locked/);
      expect(performance.now() - started).toBeGreaterThanOrEqual(250);
      expect(performance.now() - started).toBeLessThan(1200);
      await lock.released;
      expect((await client.execute('select count(*) n from sign_in_failures')).rows[0].n).toBe(0);
      // The queue is free again for the next writer.
      await client.execute("insert into sign_in_failures (key, at) values ('z', 'now')");
      expect((await client.execute('select count(*) n from sign_in_failures')).rows[0].n).toBe(1);
    } finally {
      client.close();
      cleanup();
    }
  });

  it('tells reads from writes by their SQL', () => {
    expect(isReadOnlySql('  SELECT 1')).toBe(true);
    expect(isReadOnlySql('explain query plan select 1')).toBe(true);
    expect(isReadOnlySql('with x as (select 1) select * from x')).toBe(true);
    expect(isReadOnlySql('with x as (select 1) delete from t where id in x')).toBe(false);
    expect(isReadOnlySql('insert into t values (1)')).toBe(false);
    expect(isReadOnlySql('pragma journal_mode = wal')).toBe(false);
    expect(isReadOnlySql('select updated_at from updates')).toBe(true);
  });
});
