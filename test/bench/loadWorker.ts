/**
 * Runs one autocannon load in a worker thread (see load.ts): the bench's main thread stays free to
 * drain the server's piped log output, which would otherwise throttle the server it measures.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { url, seconds, connections, uniqueQuery } = workerData as { url: string; seconds: number; connections: number; uniqueQuery: boolean };
const { pathname, search } = new URL(url);
// Unique across runs too: the warm-up and the measured run each start counting at 1, and a page
// cache stores an address with a query string on its second request (secondAsk.ts), so a shared
// counter made the measured run store (and compress) the warm-up's addresses.
const run = randomUUID().slice(0, 8);
let n = 0;
const cpu = process.threadCpuUsage();
const t0 = performance.now();
const options: autocannon.Options = {
  url,
  connections,
  duration: seconds,
  headers: { 'Accept-Encoding': 'identity' },
  ...(uniqueQuery ? { requests: [{ setupRequest: (req) => ({ ...req, path: `${pathname}${search ? `${search}&` : '?'}r=${run}-${++n}` }) }] } : {}),
};
// Off the main thread autocannon returns raw histograms; aggregateResult (in its README, not in
// @types/autocannon) is the public way to read them.
type Aggregate = (results: autocannon.Result[], opts: autocannon.Options) => autocannon.Result;
const { aggregateResult } = autocannon as unknown as { aggregateResult: Aggregate };
const result = aggregateResult([await autocannon(options)], options);
const used = process.threadCpuUsage(cpu);
parentPort!.postMessage({
  rps: result.requests.total / result.duration,
  p99: result.latency.p99,
  generatorCpu: (used.user + used.system) / 1000 / (performance.now() - t0),
  errors: result.errors + result.timeouts + result.non2xx,
});
