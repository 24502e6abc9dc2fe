/** `npm run backup` against a running server: the copy is made by the server (issue #10, point 4). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkManifest } from '../../db/backup/manifest.ts';
import { BACKUP_TEST_TOKEN } from '../helpers/server-setup.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'periferie-online-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const post = (headers: Record<string, string>, body: unknown = { out: join(work, 'nope') }) =>
  fetch(new URL('/internal/backup', inject('baseUrl')), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('online backup', () => {
  it('refuses callers without the token, forwarded requests and malformed bodies', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post({ Authorization: `Bearer ${BACKUP_TEST_TOKEN}`, 'X-Forwarded-For': '203.0.113.9' })).status).toBe(404);
    expect((await post({ Authorization: `Bearer ${BACKUP_TEST_TOKEN}` }, { out: 'relative/path' })).status).toBe(409);
    expect((await post({ Authorization: `Bearer ${BACKUP_TEST_TOKEN}` }, { out: '/x', extra: 1 })).status).toBe(400);
    expect((await fetch(new URL('/internal/backup', inject('baseUrl')))).status).toBeGreaterThanOrEqual(400);
  });

  it('the CLI asks the owning server, and restore refuses while that server runs', async () => {
    const env = { ...process.env, DATABASE_URL: inject('databaseUrl'), BACKUP_TOKEN: BACKUP_TEST_TOKEN, DATA_DIR: work };
    const out = join(work, 'copy');
    const made = await run(process.execPath, ['db/backup/backup-cli.ts', '--out', out], { cwd: root, env });
    expect(made.stdout).toMatch(/Backup made by the server \(pid \d+\)/);
    expect(await checkManifest(out)).toEqual([]);
    const refused = await run(process.execPath, ['db/backup/restore-cli.ts', out], { cwd: root, env }).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/a server \(pid \d+\) has .* open: stop it first/);
    const noToken = await run(process.execPath, ['db/backup/backup-cli.ts', '--out', join(work, 'other')], { cwd: root, env: { ...env, BACKUP_TOKEN: '' } }).catch((e) => e);
    expect(noToken.code).toBe(1);
  });
});
