/**
 * Vitest global setup for integration and browser tests: starts the real built server
 * (`src/server/http/serve.ts` over `dist/`, as `npm start` does) on a free loopback port over a fresh temp
 * database, which the server migrates and seeds on first request, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { officialDir } from './officialDir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    /** The server's DATA_DIR (photos, mail outbox), a temp folder. */
    dataDir: string;
  }
}

/** The global server's BACKUP_TOKEN, for the backup endpoint's tests. */
export const BACKUP_TEST_TOKEN = 'test-backup-token';
/** Every test server's AUTH_SECRET, so helpers can enrol test accounts' second factor (test/helpers/secondFactor.ts). */
export const TEST_AUTH_SECRET = 'test-auth-secret-not-for-production-0123456789';

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
    srv.on('error', fail);
  });
}

/**
 * The environment and Node flags `npm start` gives the server (package.json), so tests and
 * benchmarks run it as it runs: `[NAME=value …] node [--flag …] src/server/http/serve.ts`.
 */
function startCommand(root: string): { env: Record<string, string>; flags: string[] } {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const parts = /((?:\b[A-Z_]+=\S+ )*)node((?: --\S+)*) src\/server\/http\/serve\.ts/.exec(start);
  if (!parts) throw new Error('package.json: `start` no longer runs `[NAME=value …] node [flags] src/server/http/serve.ts`');
  const env = Object.fromEntries(parts[1].trim().split(' ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  return { env, flags: parts[2].trim().split(' ').filter(Boolean) };
}

export async function startServer(env: Record<string, string> = {}, options: { healthy?: boolean } = {}) {
  const root = resolve(import.meta.dirname, '../..');
  // `npm start`'s server (issue #9): static files, then Astro's handler from the build.
  const entry = join(root, 'src/server/http/serve.ts');
  if (!existsSync(join(root, 'dist/server/entry.mjs'))) throw new Error('No build found: run `npm test` (it builds first) or `npm run build`.');
  const dir = mkdtempSync(join(tmpdir(), 'periferie-server-'));
  const databaseUrl = `file:${join(dir, 'site.db')}`;
  const port = await freePort();
  const command = startCommand(root);
  const child: ChildProcess = spawn(process.execPath, [...command.flags, entry], {
    cwd: root,
    // Photos and the mail outbox go to the temp folder, never to the working copy's data/.
    // The official boundaries as the tests find them (officialDir.ts), unless a test says otherwise.
    env: { ...process.env, ...command.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl, DATA_DIR: join(dir, 'data'), MAIL_INTERVAL_MS: '250', AUTH_SECRET: TEST_AUTH_SECRET, BOUNDARIES_DIR: officialDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      // A test of the unhealthy path only waits for the server to answer at all.
      if (res.ok || options.healthy === false) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    databaseUrl,
    dir,
    dataDir: env.DATA_DIR ?? join(dir, 'data'),
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  // The monthly report is staff-only (canSeeReport.ts), the location editor's demo page (issue #3)
  // is served only when asked for, and backups need their token: the tests open all three.
  // Behind a "proxy": suites give each simulated resident its own X-Forwarded-For, so the
  // per-address limits (10 follows an hour) are not one budget shared by every test file.
  const server = await startServer({ REPORT_PUBLIC_DEMO: 'true', MAP_EDITOR_DEMO: 'true', BACKUP_TOKEN: BACKUP_TEST_TOKEN, API_TRUST_PROXY: 'true' });
  project.provide('baseUrl', server.baseUrl);
  project.provide('databaseUrl', server.databaseUrl);
  project.provide('dataDir', server.dataDir);
  return server.stop;
}
