/**
 * SQLite's "database is locked" (issue #10, point 3): after waiting the busy timeout
 * (db/client.ts) a write still could not start. Nothing was written (the transaction is rolled
 * back whole), so the request is answered with a clear 503 and Retry-After, never a 500.
 */
export const BUSY_RETRY_SECONDS = 5;

/** @example isBusy(new Error('SQLITE_BUSY: database is locked')) // true */
export function isBusy(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY')) return true;
    if (typeof e.message === 'string' && /SQLITE_BUSY|database is locked/.test(e.message)) return true;
  }
  return false;
}
