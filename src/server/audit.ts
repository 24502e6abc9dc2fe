/**
 * The audit log (issue #4, point 8): who did what, when, from which address. Append-only by
 * trigger (migration 0004); this module only ever inserts.
 */
import { and, desc, eq, gte, lte, like, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';

export const auditActions = [
  'sign_in', 'sign_in_failed', 'sign_out', 'sign_out_everywhere', 'password_set',
  'user_invite', 'role_change', 'user_disable', 'user_enable', 'user_create',
  'project_create', 'project_edit', 'project_submit', 'project_return', 'project_publish', 'project_archive', 'project_delete',
  'photo_upload', 'import', 'export',
  'feedback_reply', 'feedback_reject', 'impact_add', 'impact_remove', 'mail_requeue', 'digests_send', // residents (issue #7)
  'second_factor_failed', 'recovery_code_used', 'totp_enrol', 'totp_disable', 'recovery_codes_new', 'reauth_failed', 'password_change', // issue #10
  'password_reset_request', // asked from the sign-in page (passwordReset.ts)
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  actor: { id: number; email: string } | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string | number;
  ip?: string | null;
  detail?: Record<string, unknown>;
  /** Who was named when there is no actor, e.g. the email typed at a failed sign-in. */
  email?: string;
}

/** Who acts and from where: what a change needs to write its own entry. */
export type AuditBy = Pick<AuditEntry, 'actor' | 'ip'>;

export async function audit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    userId: entry.actor?.id ?? null,
    userEmail: entry.actor?.email ?? entry.email ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    ip: entry.ip ?? null,
    detail: entry.detail ?? null,
  });
}

/**
 * A change and its entry in one transaction: the log never misses a change that happened, nor
 * records one that failed (a busy database or a crash between two separate writes did both).
 * `change` may open its own transaction, which becomes a savepoint of this one; so anything that
 * must wait for the commit (a front-cache purge) belongs after this returns, not inside `change`.
 * `entry` sees the change's result and may return null when nothing changed.
 */
export async function audited<T>(db: Db, change: (tx: Tx) => Promise<T>, entry: (result: T) => AuditEntry | null): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await change(tx);
    const made = entry(result);
    if (made) await audit(tx, made);
    return result;
  });
}

export interface AuditFilter {
  action?: string;
  email?: string;
  from?: string;
  to?: string;
}

/** The newest entries first, filtered; the admin page shows 200 at a time. */
export async function listAudit(db: Db, filter: AuditFilter, limit = 200) {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.email) where.push(like(auditLog.userEmail, `%${filter.email.replace(/[%_]/g, '')}%`));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, `${filter.to}T23:59:59.999Z`));
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.id)).limit(limit);
}
