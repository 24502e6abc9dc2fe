/** Reading the local outbox (issue #7, point 2): what the site sent, or would have sent, as .eml files. */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const NAME = /^[\w-]+\.eml$/;

export async function listOutbox(dir: string, limit = 100): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => NAME.test(n)).sort().reverse().slice(0, limit);
}

/** The raw message, or null for anything that is not one of the outbox's own file names. */
export async function readOutbox(dir: string, name: string): Promise<string | null> {
  if (!NAME.test(name)) return null;
  return readFile(join(dir, name), 'utf8').catch(() => null);
}

/** Retention for the local outbox too: `.eml` files older than `days` are deleted. */
export async function purgeOutbox(dir: string, now: Date, days: number): Promise<number> {
  const before = now.getTime() - days * 86_400_000;
  let gone = 0;
  for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => NAME.test(n))) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < before) gone += await rm(file, { force: true }).then(() => 1);
  }
  return gone;
}
