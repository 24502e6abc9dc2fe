/**
 * Runs `read` once for all the callers of one turn of the event loop: under load many requests
 * arrive together, and each read is a database query (servePublic.ts, the cache tag versions).
 * The read starts in setImmediate, after the turn's I/O, so it begins after every one of its
 * callers arrived: each sees what a read of its own would have seen, e.g. every write committed
 * before it came in.
 */
export function onePerTurn<T>(read: () => Promise<T>): () => Promise<T> {
  let next: Promise<T> | null = null;
  return () =>
    (next ??= new Promise<T>((resolve, reject) =>
      setImmediate(() => {
        next = null;
        read().then(resolve, reject);
      }),
    ));
}
