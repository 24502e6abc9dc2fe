/** Timing helpers for `npm run bench`: warm up, then N sequential runs, median and p95. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export async function measure(fn: () => Promise<unknown>, runs = 50, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))], runs };
}

export function row(name: string, t: Timing, baseline?: Timing, goal?: string): string {
  const ratio = baseline ? `${(t.median / baseline.median).toFixed(1)}×` : '—';
  return `| ${name} | ${t.median.toFixed(2)} | ${t.p95.toFixed(2)} | ${ratio} | ${goal ?? ''} |`;
}
