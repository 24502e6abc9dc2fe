/**
 * The server's side of `npm run backup` (issue #10, point 4): the copy is made by the process
 * that owns the database, through POST /internal/backup, which only a loopback caller holding
 * BACKUP_TOKEN may use (no token configured, no endpoint).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { BACKUP_TOKEN } from 'astro:env/server';
import { createBackup } from '../../../db/backup/createBackup.ts';
import { getDb } from '../db.ts';
import { mediaDir } from '../media/mediaDir.ts';

const loopback = /^(127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/;
const digest = (s: string) => createHash('sha256').update(s).digest();

/** 'ok', or why the request is refused: 'hidden' (404) or 'unauthorized' (401). */
export function backupCaller(request: Request, clientAddress: string): 'ok' | 'hidden' | 'unauthorized' {
  // A reverse proxy on the same host connects from loopback too: anything it forwarded is refused.
  if (!BACKUP_TOKEN || !loopback.test(clientAddress) || request.headers.has('x-forwarded-for') || request.headers.has('forwarded')) return 'hidden';
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(BACKUP_TOKEN)) ? 'ok' : 'unauthorized';
}

export async function backupNow(out: string) {
  if (!isAbsolute(out)) throw new Error('out must be an absolute path');
  const db = await getDb();
  return createBackup(db.$client, mediaDir(), out);
}
