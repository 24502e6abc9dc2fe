/**
 * Which process owns a database file. The server writes `<db>.owner.json` (pid, port) when it
 * opens the file; `npm run backup` asks that process for the copy, and `npm run restore` refuses
 * to swap a file that a live process still has open (issue #10, point 4).
 */
import { readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Owner {
  pid: number;
  port: number | null;
}

/** The path of a `file:` database URL, or null for memory and remote databases. */
export function databasePath(url: string): string | null {
  if (!url.startsWith('file:') || url.includes(':memory:')) return null;
  return resolve(url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length).split('?')[0]);
}

export const ownerFile = (dbPath: string) => `${dbPath}.owner.json`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records this process as the owner, and removes the record when it exits. */
export function claimOwnership(dbPath: string, port: number | null): void {
  const file = ownerFile(dbPath);
  writeFileSync(file, JSON.stringify({ pid: process.pid, port } satisfies Owner));
  process.once('exit', () => {
    try {
      const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
      if (owner.pid === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  });
}

/** The live owner recorded beside the file, or null (a stale record of a dead process is ignored). */
export function liveOwner(dbPath: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(dbPath), 'utf8')) as Owner;
    return Number.isInteger(owner.pid) && owner.pid !== process.pid && alive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Other processes holding the file (or its -wal/-shm) open, read from /proc/<pid>/fd on Linux;
 * empty elsewhere or where /proc is not readable. Catches a server started without the record.
 */
export function processesHolding(dbPath: string): number[] {
  const names = new Set([dbPath, `${dbPath}-wal`, `${dbPath}-shm`]);
  const found: number[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return found;
  }
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (names.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          found.push(Number(pid));
          break;
        }
      }
    } catch {
      // gone, or another user's process
    }
  }
  return found;
}
