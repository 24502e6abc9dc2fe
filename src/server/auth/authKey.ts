/**
 * The key that encrypts second-factor secrets at rest (src/server/auth/secretBox.ts), derived
 * from AUTH_SECRET. Without it, a random secret is created once in `<DATA_DIR>/auth-secret`
 * (mode 0600) so a single-server install works out of the box; every instance of a
 * multi-server deployment needs the same AUTH_SECRET. Losing it means every enrolled person
 * must enrol again (an admin disables their second factor by resetting it, see README).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { AUTH_SECRET, DATA_DIR } from 'astro:env/server';
import { deriveKey } from './secretBox.ts';

let key: Buffer | undefined;

function fileSecret(): string {
  const path = resolve(DATA_DIR, 'auth-secret');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    mkdirSync(resolve(DATA_DIR), { recursive: true });
    try {
      writeFileSync(path, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch {
      // another process wrote it first: read theirs
    }
    return readFileSync(path, 'utf8').trim();
  }
}

export function authKey(): Buffer {
  key ??= deriveKey(AUTH_SECRET || fileSecret());
  return key;
}
