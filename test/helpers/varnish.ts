/**
 * Varnish (Debian's `varnish`, installed by .ci/run) on a loopback port in front of a test
 * server, with test/fixtures/varnish.vcl (issue #9, point 2). Runs in the foreground of its
 * own work folder, as the current user, and is stopped by its pid.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './server-setup.ts';

export const VARNISHD = '/usr/sbin/varnishd';

export async function startVarnish(backendPort: number, port?: number) {
  if (!existsSync(VARNISHD)) throw new Error(`${VARNISHD} is missing: install Debian's varnish (.ci/run does).`);
  const listen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'periferie-varnish-'));
  const vcl = readFileSync(resolve(import.meta.dirname, '../fixtures/varnish.vcl'), 'utf8').replace('"BACKEND_PORT"', `"${backendPort}"`);
  writeFileSync(join(dir, 'test.vcl'), vcl);
  const child = spawn(VARNISHD, ['-F', '-j', 'none', '-n', join(dir, 'work'), '-a', `127.0.0.1:${listen}`, '-f', join(dir, 'test.vcl'), '-s', 'malloc,32m', '-T', 'none'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited:\n${output}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`varnishd did not listen:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
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
