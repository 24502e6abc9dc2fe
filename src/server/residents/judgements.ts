/**
 * Residents' judgement on the Monithon scale (issue #7, point 5): one vote per browser and
 * project (a random id in a cookie, stored hashed; voting again changes the vote), shown as a
 * distribution beside the official status.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { judgements, projects } from '../../../db/schema.ts';
import { judgementValues, type JudgementValue } from '../../lib/residents.ts';
import { invalidateTags, projectCacheTags, purgeAfterCommit } from '../cache/invalidate.ts';

export async function castVote(db: Db, projectId: number, voterHash: string, value: JudgementValue, now = new Date()): Promise<boolean> {
  const [p] = await db.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId));
  if (!p) return false;
  // The distribution is on the project page (issue #9: its cached copy goes with the vote).
  const stale = await db.transaction(async (tx) => {
    await tx
      .insert(judgements)
      .values({ projectId, voterHash, value, at: now.toISOString() })
      .onConflictDoUpdate({ target: [judgements.projectId, judgements.voterHash], set: { value, at: now.toISOString() } });
    return invalidateTags(tx, await projectCacheTags(tx, projectId));
  });
  purgeAfterCommit(stale);
  return true;
}

export async function distribution(db: Db, projectId: number) {
  const rows = await db.select({ value: judgements.value, n: sql<number>`count(*)` }).from(judgements).where(eq(judgements.projectId, projectId)).groupBy(judgements.value);
  const counts = Object.fromEntries(judgementValues.map((v) => [v, 0])) as Record<JudgementValue, number>;
  for (const r of rows) if (r.value in counts) counts[r.value as JudgementValue] = Number(r.n);
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}
