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

export interface Paired {
  /** Each side over its rounds: the mean requests/s (rounds are equally long), the worst p99. */
  a: Load;
  b: Load;
  /** b's rate over a's in each round, and their median. */
  ratios: number[];
  ratio: number;
}

/**
 * Two addresses measured in alternating rounds (a, b, a, b, …) after a warm-up of each. On a
 * shared VM the machine's own speed drifts by tens of percent over a minute; one long run of
 * each put that drift into their ratio, while each round's pair sees nearly the same machine.
 */
export async function paired(urlA: string, urlB: string, options: LoadOptions & { rounds?: number } = {}): Promise<Paired> {
  const { connections = 64, seconds = 4, rounds = 3, uniqueQuery = false } = options;
  await run(urlA, 2, connections, uniqueQuery);
  await run(urlB, 2, connections, uniqueQuery);
  const as: Load[] = [];
  const bs: Load[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await run(urlA, seconds, connections, uniqueQuery));
    bs.push(await run(urlB, seconds, connections, uniqueQuery));
  }
  const ratios = as.map((a, i) => bs[i].rps / a.rps);
  const sorted = [...ratios].sort((x, y) => x - y);
  return { a: combined(as), b: combined(bs), ratios, ratio: sorted[Math.floor(sorted.length / 2)] };
}

function combined(loads: Load[]): Load {
  const mean = (f: (l: Load) => number) => loads.reduce((sum, l) => sum + f(l), 0) / loads.length;
  return {
    rps: mean((l) => l.rps),
    p99: Math.max(...loads.map((l) => l.p99)),
    generatorCpu: Math.max(...loads.map((l) => l.generatorCpu)),
    errors: loads.reduce((sum, l) => sum + l.errors, 0),
  };
}

/** The generator used ≥ 90 % of its core: the figure is a floor, not the server's limit. */
export const generatorBound = (l: Load) => l.generatorCpu >= 0.9;
