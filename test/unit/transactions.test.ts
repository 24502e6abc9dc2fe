/**
 * Read-then-write paths (saveDraft's version check, the workflow, invitations, the mail queue's
 * claims) run in `db.transaction`, which must start IMMEDIATE (issue #10, point 3): a deferred
 * transaction would read a snapshot, then fail with SQLITE_BUSY at its first write without
 * waiting. drizzle's libSQL driver ignores `behavior` and calls the client's `transaction()`,
 * whose default mode 'write' is BEGIN IMMEDIATE; this proves it against another process.
 */
import { describe, expect, it } from 'vitest';
import { tempFileDb } from '../helpers/db.ts';
import { holdLock } from '../helpers/holdLock.ts';

describe('transactions', () => {
  it('take the write lock at BEGIN: a read-first transaction waits for another writer', async () => {
    const { db, url, cleanup } = await tempFileDb();
    try {
      const lock = await holdLock(url, 600);
      let readAt = 0;
      await db.transaction(async (tx) => {
        readAt = Date.now();
        await tx.run('select count(*) from users');
        await tx.run("insert into sign_in_failures (key, at) values ('k', 'now')");
      });
      // The transaction's first statement, a read, ran only once the other process let go.
      expect(readAt).toBeGreaterThanOrEqual(await lock.released);
      expect((await db.$client.execute('select count(*) n from sign_in_failures')).rows[0].n).toBe(1);
    } finally {
      cleanup();
    }
  });
});
