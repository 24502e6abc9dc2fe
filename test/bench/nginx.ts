/**
 * nginx as the bench's static-file baseline (issue #9, point 5): Debian's package, one worker,
 * an unprivileged process on a loopback port with its own temp prefix and config, serving files
 * the bench wrote there. Returns null when nginx is not installed, so the bench can say so.
 */
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../helpers/server-setup.ts';

export const NGINX = '/usr/sbin/nginx';
const NOBODY = 65534;

const config = (dir: string, port: number) => `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  types { text/html html; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/root;
  }
}
`;

export async function startNginx(files: Record<string, Uint8Array>) {
  if (!existsSync(NGINX)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'periferie-nginx-'));
  mkdirSync(join(dir, 'root'));
  mkdirSync(join(dir, 'tmp'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'root', name), bytes);
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), config(dir, port));
  // Run as root (a container), drop to nobody for the whole process, not only its worker.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const p of [dir, join(dir, 'root'), join(dir, 'tmp')]) chownSync(p, NOBODY, NOBODY);
  chmodSync(dir, 0o755);
  const child = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 10_000; ; ) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
    if (await fetch(`${baseUrl}/${Object.keys(files)[0]}`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
