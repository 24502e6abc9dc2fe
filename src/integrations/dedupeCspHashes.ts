/**
 * Lists each CSP hash once in the built server manifest (issue #9: uncached pages). Astro 7.3
 * collects a style's hash once per route that uses it, so the manifest held 216 style hashes
 * for 46 distinct ones, and every on-demand render copies and sorts that list through Sets to
 * build its header (`renderCspContent`): ~10 % of the one-line page's CPU and ~95 KB of garbage
 * per render. Deduplicating keeps the first occurrence of each, so the Sets see the same values
 * in the same order and the header stays byte for byte the same
 * (test/integration/headers.test.ts checks rendered pages against it).
 *
 * If Astro changes how it writes the manifest, nothing matches, the build says so and the
 * pages are only slower.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A JSON array made only of CSP source hashes, as the serialized manifest writes them. */
const HASH_LIST = /\[(?:"sha(?:256|384|512)-[A-Za-z0-9+/]+=*",?)+\]/g;

/**
 * Every hash-only array of `code` with its repeats dropped, and how many entries went.
 * @example dedupeHashLists('{"hashes":["sha256-a=","sha256-b=","sha256-a="]}').code // '{"hashes":["sha256-a=","sha256-b="]}'
 */
export function dedupeHashLists(code: string): { code: string; lists: number; dropped: number } {
  let lists = 0;
  let dropped = 0;
  const deduped = code.replace(HASH_LIST, (list) => {
    const hashes: string[] = JSON.parse(list);
    const once = [...new Set(hashes)];
    lists += 1;
    dropped += hashes.length - once.length;
    return JSON.stringify(once);
  });
  return { code: deduped, lists, dropped };
}

export default function dedupeCspHashes(): AstroIntegration {
  let server: URL | undefined;
  return {
    name: 'periferie:dedupe-csp-hashes',
    hooks: {
      'astro:config:done': ({ config }) => {
        server = config.build.server;
      },
      'astro:build:done': async ({ logger }) => {
        if (!server) return;
        const chunks = join(fileURLToPath(server), 'chunks');
        let dropped = 0;
        let manifests = 0;
        for (const name of await readdir(chunks)) {
          if (!name.endsWith('.mjs')) continue;
          const path = join(chunks, name);
          const code = await readFile(path, 'utf8');
          if (!code.includes('deserializeManifest(')) continue;
          const done = dedupeHashLists(code);
          if (done.lists === 0) continue;
          manifests += 1;
          dropped += done.dropped;
          if (done.dropped > 0) await writeFile(path, done.code);
        }
        if (manifests === 0) logger.warn('no CSP hash list found in the server manifest: every render copies its repeats.');
        else logger.info(`${dropped} repeated CSP hashes dropped from the server manifest`);
      },
    },
  };
}
