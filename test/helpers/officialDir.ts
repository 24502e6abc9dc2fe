/**
 * Where the City's official files are for the tests (../shared/data/milano, CC BY 4.0, never
 * copied into the repository): BOUNDARIES_DIR when set; else beside the checkout; else, for a
 * fresh clone made elsewhere (CI's `git clone . "$(mktemp -d)"`), beside the repository it was
 * cloned from. The test server is given the same folder (server-setup.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const SHARED = '../shared/data/milano';

function cloneSource(): string | null {
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8' }).trim();
    // Only a local path: a URL's repository has no folder beside it on this machine.
    return origin && !/^[\w+.-]+:\/\/|^[\w.-]+@/.test(origin) ? resolve(root, origin) : null;
  } catch {
    return null;
  }
}

function find(): string {
  if (process.env.BOUNDARIES_DIR) return resolve(process.env.BOUNDARIES_DIR);
  const beside = join(root, SHARED);
  if (existsSync(beside)) return beside;
  const source = cloneSource();
  const besideSource = source ? join(source, SHARED) : null;
  return besideSource && existsSync(besideSource) ? besideSource : beside;
}

export const officialDir = find();
