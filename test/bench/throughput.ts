/**
 * Issue #9, point 5: requests/s and p99 at 64 connections. The project and list pages (served
 * by whatever cache the server has) against nginx serving the very same bytes as static files;
 * the project page with a never-repeating query string (no cache can answer) against a one-line
 * Astro page of the same server (src/pages/internal/ping.astro), the two in alternating rounds.
 */
import { generatorBound, load, paired, type Load } from './load.ts';
import { NGINX, startNginx } from './nginx.ts';

const fmt = (l: Load) => `${l.rps.toFixed(0)} | ${l.p99.toFixed(1)}`;

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function throughputBench(baseUrl: string, projectPath: string, listPath: string): Promise<boolean> {
  const pages = { 'project.html': projectPath, 'list.html': listPath };
  const files = Object.fromEntries(await Promise.all(Object.entries(pages).map(async ([f, p]) => [f, await bytes(baseUrl + p)])));
  const nginx = await startNginx(files);
  const rows: string[] = [];
  const warnings: string[] = [];
  let pass = true;
  const note = (label: string, l: Load) => {
    if (l.errors) warnings.push(`${label}: ${l.errors} errors or non-2xx answers.`);
    if (generatorBound(l)) warnings.push(`${label}: the load generator used ${(l.generatorCpu * 100).toFixed(0)} % of its core — the figure is its limit, not the server's.`);
  };
  try {
    for (const [file, path] of Object.entries(pages)) {
      const server = await load(baseUrl + path);
      note(`server ${path}`, server);
      const name = file === 'project.html' ? 'project page' : 'list page';
      if (!nginx) {
        rows.push(`| **${name}** \`${path}\` | ${fmt(server)} | — | — | ≥ 0.25 × nginx, p99 < 25 ms |`);
        continue;
      }
      const base = await load(`${nginx.baseUrl}/${file}`);
      note(`nginx /${file}`, base);
      const ratio = server.rps / base.rps;
      pass &&= ratio >= 0.25 && server.p99 < 25;
      rows.push(`| baseline: nginx, same ${(files[file].length / 1024).toFixed(1)} KB as a static file | ${fmt(base)} | — | — | |`);
      rows.push(`| **${name}** \`${path}\` | ${fmt(server)} | ${ratio.toFixed(2)} | ${ratio >= 0.25 && server.p99 < 25 ? '✔' : '✘'} | ≥ 0.25 × nginx, p99 < 25 ms |`);
    }
  } finally {
    await nginx?.stop();
  }
  // Alternating rounds: the ratio is this bench's most drift-prone figure (see paired).
  const pair = { rounds: 3, seconds: 4 };
  const { a: ping, b: uncached, ratio, ratios } = await paired(`${baseUrl}/internal/ping`, baseUrl + projectPath, { uniqueQuery: true, ...pair });
  note('ping', ping);
  note('uncached project', uncached);
  pass &&= ratio >= 0.5;
  const rounds = ratios.map((r) => r.toFixed(2)).join(', ');
  rows.push(`| baseline: one-line Astro page, uncached | ${fmt(ping)} | — | — | |`);
  rows.push(`| **project page, uncached** (\`?r=<n>\`) | ${fmt(uncached)} | ${ratio.toFixed(2)} (rounds: ${rounds}) | ${ratio >= 0.5 ? '✔' : '✘'} | ≥ 0.5 × one-line page, median of ${ratios.length} alternating rounds |`);

  console.log(`\nThroughput (issue #9), autocannon, 64 connections; cached pages 10 s after a 2 s warm-up, the uncached pair in ${pair.rounds} alternating rounds of ${pair.seconds} s each:\n`);
  if (!nginx) console.log(`nginx baseline SKIPPED: ${NGINX} is missing (apt-get install nginx).\n`);
  console.log('| measure | req/s | p99 (ms) | × baseline | met | goal |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const r of rows) console.log(r);
  for (const w of warnings) console.log(`\nWARNING: ${w}`);
  return pass;
}
