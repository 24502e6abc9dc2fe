/**
 * A queue of one: each job starts when the previous one settled. The page cache compresses
 * through it (servePublic.ts): brotli's encoder state is native memory per running job, and jobs
 * in all of libuv's threads at once under a burst of new pages made the server's RSS peak.
 */
export function oneAtATime(): <T>(job: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = last.then(job, job);
    last = run.catch(() => undefined);
    return run;
  };
}
