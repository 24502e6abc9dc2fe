/** Reading the local outbox (issue #7, point 2): what the site sent, or would have sent, as .eml files. */
import { readdir, readFile } from 'node:fs/promises';
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
