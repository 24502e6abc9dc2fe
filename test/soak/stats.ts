/** Latency figures for the soak: p50/p99 per kind of request. */
export type Kind = 'page' | 'api' | 'map' | 'edit' | 'publish';

/** The nearest-rank percentile of `values` in ms, or undefined when there are none. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function report(times: Record<Kind, number[]>, seconds: number, connections: number): string {
  const total = Object.values(times).reduce((n, t) => n + t.length, 0);
  const lines = [`${total} requests in ${seconds.toFixed(0)} s at ${connections} connections (${(total / seconds).toFixed(0)} req/s)`, 'kind      count     p50 ms   p99 ms'];
  for (const [kind, t] of Object.entries(times)) {
    const f = (p: number) => (percentile(t, p)?.toFixed(1) ?? '–').padStart(8);
    lines.push(`${kind.padEnd(8)}${String(t.length).padStart(7)}  ${f(50)} ${f(99)}`);
  }
  return lines.join('\n');
}
