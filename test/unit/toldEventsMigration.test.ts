/**
 * Migration 0015 starts `told_events` from what digests used to infer: a database migrated to
 * 0014 with news already mailed at once gets, on upgrade, exactly the rows its weekly digests need
 * to leave that news out, and the first digest after the upgrade repeats nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDb } from '../../db/client.ts';
import { applyMigrations, migrationsFolder } from '../../db/migrate.ts';
import { queueDigests } from '../../src/server/residents/digests.ts';
import { seedCorvetto } from '../helpers/seedCorvetto.ts';

const dir = mkdtempSync(join(tmpdir(), 'periferie-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The committed migrations up to `last`, as a folder drizzle's migrator reads. */
function migrationsUpTo(last: string): string {
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === last);
  expect(end).toBeGreaterThanOrEqual(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  return dir;
}

it('writes down the news already mailed at once that a weekly digest could repeat', async () => {
  const db = await createDb(':memory:');
  await applyMigrations(db, migrationsUpTo('0014_earlier_confirm_link'));
  await seedCorvetto(db);
  const follow = (email: string, scope: string, target: number, frequency: string, confirmed: string | null, lastDigest: string | null = null) =>
    db.$client.execute({
      sql: "insert into subscriptions (email, locale, scope, target_id, frequency, base_url, confirmed_at, last_digest_at, unsubscribe_hash, unsubscribe_token) values (?, 'it', ?, ?, ?, 'https://x.example', ?, ?, ?, ?)",
      args: [email, scope, target, frequency, confirmed, lastDigest, `${email}-${scope}-hash`, `${email}-${scope}-token`],
    });
  await follow('both@example.org', 'project', 1, 'instant', '2026-05-01T00:00:00.000Z'); // mailed at once
  await follow('both@example.org', 'nil', 7, 'weekly', '2026-05-01T00:00:00.000Z'); // its digest would repeat it
  await follow('instant@example.org', 'municipio', 4, 'instant', '2026-05-01T00:00:00.000Z'); // no digest: nothing to write
  await follow('late@example.org', 'project', 1, 'instant', '2026-05-11T00:00:00.000Z'); // confirmed after the news: not mailed it
  await follow('late@example.org', 'nil', 7, 'weekly', '2026-05-01T00:00:00.000Z');
  await follow('digested@example.org', 'project', 1, 'instant', '2026-05-01T00:00:00.000Z');
  await follow('digested@example.org', 'nil', 7, 'weekly', '2026-05-01T00:00:00.000Z', '2026-05-11T00:00:00.000Z'); // its digest told it already
  await db.$client.execute("insert into project_events (project_id, kind, detail, at) values (1, 'status', '{\"kind\":\"status\",\"from\":null,\"to\":\"works\"}', '2026-05-10T00:00:00.000Z')");

  await applyMigrations(db);
  const rows = (await db.$client.execute('select email, event_id from told_events order by email')).rows.map((r) => ({ ...r }));
  expect(rows).toEqual([{ email: 'both@example.org', event_id: 1 }]);

  // The first digest after the upgrade: the late follower hears of it, the others do not again.
  expect(await queueDigests(db, new Date('2026-05-18T07:00:00.000Z'))).toBe(1);
  const digests = (await db.$client.execute("select \"to\" from mail_queue where kind = 'digest'")).rows.map((r) => r.to);
  expect(digests).toEqual(['late@example.org']);
  db.$client.close();
});
