/**
 * Resident memory of the server for `npm run bench` (issue #9, point 5): VmRSS (now) and VmHWM
 * (peak) from /proc, summed over the process and its descendants, so the figure stays right if
 * the server ever starts workers of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';

function children(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) kids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return kids.flatMap((kid) => [kid, ...children(kid)]);
}

const kib = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** Megabytes (10⁶ bytes) resident now and at peak. */
export function serverMemory(pid: number): { rssMb: number; peakMb: number } {
  let rss = 0;
  let peak = 0;
  for (const p of [pid, ...children(pid)]) {
    const status = readFileSync(`/proc/${p}/status`, 'utf8');
    rss += kib(status, 'VmRSS');
    peak += kib(status, 'VmHWM');
  }
  return { rssMb: (rss * 1024) / 1e6, peakMb: (peak * 1024) / 1e6 };
}
