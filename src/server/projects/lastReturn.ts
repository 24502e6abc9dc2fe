/**
 * The publisher's note on a draft they sent back (workflow.ts writes it into the audit log with
 * the step): the edit page shows it above the form, so the author reads what to change where
 * they change it.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { auditLog, users } from '../../../db/schema.ts';
import { revisionStep } from './revisionStep.ts';

export async function lastReturn(db: Db, projectId: number, revisionId: number) {
  const [row] = await db
    .select({ at: auditLog.at, by: sql<string>`coalesce(nullif(${users.name}, ''), ${auditLog.userEmail}, '')`, note: sql<string | null>`json_extract(${auditLog.detail}, '$.note')` })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(revisionStep('project_return', projectId, revisionId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row ?? null;
}
