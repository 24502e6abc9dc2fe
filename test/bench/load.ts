/**
 * Throughput under load for `npm run bench` (issue #9, point 5), by autocannon: 64 keep-alive
 * connections for a fixed time, after a short warm-up, in a worker thread (loadWorker.ts). Also
 * reports how busy the generator's thread was: autocannon is single-threaded JavaScript, and
 * when that thread is saturated the figure measures the generator, not the server.
 */
import { Worker } from 'node:worker_threads';

export interface Load {
  rps: number;
  p99: number;
  /** Share of one core the generator's thread used, 0–1. */
  generatorCpu: number;
  errors: number;
}

export interface LoadOptions {
  connections?: number;
  seconds?: number;
  /** Appends `?r=<counter>` (or `&r=`) so no cache in between can answer. */
  uniqueQuery?: boolean;
}

function run(url: string, seconds: number, connections: number, uniqueQuery: boolean): Promise<Load> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./loadWorker.ts', import.meta.url), { workerData: { url, seconds, connections, uniqueQuery } });
    worker.once('message', done);
    worker.once('error', fail);
  });
}

export async function load(url: string, options: LoadOptions = {}): Promise<Load> {
  const { connections = 64, seconds = 10, uniqueQuery = false } = options;
  await run(url, 2, connections, uniqueQuery); // warm-up: JIT, connections, caches
  return run(url, seconds, connections, uniqueQuery);
}

/** The generator used ≥ 90 % of its core: the figure is a floor, not the server's limit. */
export const generatorBound = (l: Load) => l.generatorCpu >= 0.9;
