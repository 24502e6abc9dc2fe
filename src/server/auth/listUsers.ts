/**
 * The accounts as admins list them (users.astro): role, status, and when each was last used.
 */
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { qualified } from '../../../db/qualified.ts';

/**
 * The latest completed sign-in (a password step that still waited for its code is not one), from
 * the audit log: an account nobody has used for months is one to disable.
 */
const lastSignIn = sql<string | null>`(select max(a.at) from audit_log a where a.action = 'sign_in' and a.user_id = ${qualified(users.id)}
  and json_extract(coalesce(a.detail, '{}'), '$.stage') is null)`;

export async function listUsers(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, municipioId: users.municipioId, disabled: users.disabled, hasPassword: users.passwordHash, secondFactor: users.totpEnabledAt, lastSignIn })
    .from(users)
    .orderBy(asc(users.email))
    .then((rows) => rows.map((r) => ({ ...r, hasPassword: r.hasPassword !== null, secondFactor: r.secondFactor !== null })));
}
