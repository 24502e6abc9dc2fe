/**
 * The audit entries of one workflow step taken on one revision: workflow.ts writes each step
 * with the revision's id in its detail, and this is how the rest reads them back (who sent it
 * for review, who sent it back and why).
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { auditLog } from '../../../db/schema.ts';
import type { AuditAction } from '../audit.ts';

export function revisionStep(action: AuditAction, projectId: number, revisionId: number): SQL {
  return and(eq(auditLog.action, action), eq(auditLog.targetType, 'project'), eq(auditLog.targetId, String(projectId)), sql`json_extract(${auditLog.detail}, '$.revision') = ${revisionId}`)!;
}
