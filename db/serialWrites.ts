/**
 * One writer at a time per process, waiting without blocking (issue #10, point 3).
 *
 * libSQL's file client runs SQLite on the main thread, and SQLite's busy timeout sleeps there:
 * while one request's write transaction is open on one pooled connection, a second writer on
 * another connection would sleep the whole process for the full timeout, so the first could
 * never commit, and the second failed with SQLITE_BUSY after 5 s. Writes of this process
 * therefore take turns in a queue, and a lock held by another process (an import CLI, a backup)
 * is waited for with timers, the event loop free, up to `waitMs`; then SQLITE_BUSY as before.
 *
 * Reads (SELECT, or WITH … that writes nothing) never queue: in WAL mode they do not need the lock.
 * Only the taking of the lock is retried, never a transaction's body, so nothing runs twice.
 */
import type { Client, InArgs, InStatement, Transaction, TransactionMode } from '@libsql/client';

export interface SerialWritesOptions {
  /** How long a write waits for another process's lock in total, like a busy timeout. */
  waitMs: number;
  /** Any table every migrated database has; written to by no one, only locked (see begin). */
  lockTable?: string;
}

type Release = () => void;

/** FIFO turn-taking: `acquire` resolves with the function that hands the turn on. */
function createQueue() {
  let tail: Promise<void> = Promise.resolve();
  return function acquire(): Promise<Release> {
    let release!: Release;
    const turn = new Promise<void>((done) => (release = done));
    const ready = tail.then(() => release);
    tail = tail.then(() => turn);
    return ready;
  };
}

function isBusyError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | undefined;
  return (typeof e?.code === 'string' && e.code.startsWith('SQLITE_BUSY')) || /SQLITE_BUSY|database is locked/.test(String(e?.message ?? ''));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs `start` again while another process holds the lock, backing off to 100 ms steps. */
async function retryBusy<T>(start: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      return await start();
    } catch (error) {
      const left = deadline - performance.now();
      if (!isBusyError(error) || left <= 0) throw error;
      await sleep(Math.min(pause, left));
    }
  }
}

/** @example isReadOnlySql('select 1') // true; isReadOnlySql('with x as (select 1) delete from t') // false */
export function isReadOnlySql(sql: string): boolean {
  const head = sql.trimStart().slice(0, 7).toLowerCase();
  if (head.startsWith('select') || head.startsWith('explain')) return true;
  return head.startsWith('with') && !/\b(insert|update|delete|replace)\b/i.test(sql);
}

/**
 * Takes the write lock the one way that leaves nothing behind when another process holds it.
 * A failed `BEGIN IMMEDIATE` stays a live write statement on its pooled connection until the
 * garbage collector finalizes it, and every later COMMIT there fails ("SQL statements in
 * progress"). So: a deferred BEGIN (takes no lock, cannot fail busy), then a statement that
 * writes nothing but needs the lock, run through `executeMultiple`, which finalizes on error.
 * Before migrations have made `lockTable`, a plain BEGIN IMMEDIATE does.
 */
async function begin(client: Client, lockTable: string): Promise<Transaction> {
  const tx = await client.transaction('deferred');
  try {
    await tx.executeMultiple(`delete from "${lockTable}" where 0`);
    return tx;
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    if (/no such table/.test(String((error as Error)?.message))) return client.transaction('write');
    throw error;
  }
}

/** The client with its writes queued; everything else is the client's own. */
export function serialWrites(client: Client, { waitMs, lockTable = '__drizzle_migrations' }: SerialWritesOptions): Client {
  const acquire = createQueue();
  async function inTurn<T>(write: () => Promise<T>): Promise<T> {
    const release = await acquire();
    try {
      return await retryBusy(write, waitMs);
    } finally {
      release();
    }
  }

  /** A write transaction holding the lock; the turn ends when the transaction does. */
  async function transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    if (mode === 'read') return client.transaction(mode);
    const release = await acquire();
    let tx: Transaction;
    try {
      tx = await retryBusy(() => begin(client, lockTable), waitMs);
    } catch (error) {
      release();
      throw error;
    }
    let released = false;
    const end = () => {
      if (!released) (released = true), release();
    };
    const settle = (finish: () => Promise<void>) => () => finish().finally(end);
    return new Proxy(tx, {
      get(target, key) {
        if (key === 'commit') return settle(() => target.commit());
        if (key === 'rollback') return settle(() => target.rollback());
        if (key === 'close') return () => (target.close(), end());
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** A lone write, or a batch, in a transaction of its own: same lock, same clean retry. */
  async function writeAlone<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = await transaction('write');
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      await tx.rollback().catch(() => undefined);
      throw error;
    }
  }

  const overrides: Partial<Client> = {
    execute: ((stmt: InStatement | string, args?: InArgs) => {
      const statement: InStatement = typeof stmt === 'string' ? { sql: stmt, args: args ?? [] } : stmt;
      // A read never queues; it may still meet a lock in the rare moments WAL needs one
      // (recovery, a checkpoint's reset), so it retries the same way.
      if (isReadOnlySql(statement.sql)) return retryBusy(() => client.execute(statement), waitMs);
      // What cannot run inside a transaction (journal_mode, VACUUM INTO for backups) goes alone.
      if (/^\s*(pragma|vacuum|attach|detach)\b/i.test(statement.sql)) return inTurn(() => client.execute(statement));
      return writeAlone((tx) => tx.execute(statement));
    }) as Client['execute'],
    batch: (stmts, mode) => (mode === 'read' ? client.batch(stmts, mode) : writeAlone((tx) => tx.batch(stmts.map((s) => (Array.isArray(s) ? { sql: s[0], args: s[1] ?? [] } : s))))),
    migrate: (stmts) => inTurn(() => client.migrate(stmts)),
    executeMultiple: (sql) => inTurn(() => client.executeMultiple(sql)),
    transaction: transaction as Client['transaction'],
  };
  return new Proxy(client, {
    get(target, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key as keyof Client];
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
