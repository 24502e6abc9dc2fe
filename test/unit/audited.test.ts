/**
 * A change and its audit entry are one transaction (`audited`, src/server/audit.ts): on a real
 * migrated libSQL database, an entry the log refuses undoes the change, a failed change leaves
 * no entry, and a change with its own transaction (a savepoint inside) is undone with it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { memoryDb } from '../helpers/db.ts';
import { audited } from '../../src/server/audit.ts';
import { AccountError, changeRole, createUser, setDisabled } from '../../src/server/auth/users.ts';
import { createSession } from '../../src/server/auth/sessions.ts';

let db: Db;
let admin: number;
let editor: number;
const actor = { id: 0, email: 'admin@comune.milano.it' };
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];
const entries = (action: string) => scalar('select count(*) from audit_log where action = ?', [action]);
/** The log refuses one action from now on, as a full disk or a broken trigger would. */
const refuse = (action: string) =>
  db.$client.execute(`create trigger refuse_${action} before insert on audit_log when new.action = '${action}' begin select raise(abort, 'audit log refused'); end`);

beforeEach(async () => {
  db = await memoryDb();
  admin = await createUser(db, { email: 'admin@comune.milano.it', name: '', role: 'admin', municipioId: null }, 'a long admin password');
  editor = await createUser(db, { email: 'editor@comune.milano.it', name: '', role: 'editor', municipioId: null }, 'a long editor password');
  actor.id = admin;
});

describe('audited', () => {
  it('writes the change and its entry together', async () => {
    const before = await audited(db, (tx) => changeRole(tx, editor, 'translator', null), (b) => ({ actor, action: 'role_change', targetType: 'user', targetId: editor, detail: { from: b.role } }));
    expect(before.role).toBe('editor');
    expect(await scalar('select role from users where id = ?', [editor])).toBe('translator');
    expect(await scalar('select detail from audit_log where action = ?', ['role_change'])).toBe('{"from":"editor"}');
  });

  it('undoes the change when the log refuses its entry', async () => {
    await refuse('role_change');
    await expect(audited(db, (tx) => changeRole(tx, editor, 'translator', null), () => ({ actor, action: 'role_change', targetId: editor }))).rejects.toThrow(/insert into "audit_log"/);
    expect(await scalar('select role from users where id = ?', [editor])).toBe('editor');
  });

  it('undoes a change made in its own transaction too (a savepoint of the outer one)', async () => {
    await createSession(db, editor, { ip: null, userAgent: null });
    await refuse('user_disable');
    // setDisabled disables the account and ends its sessions in a transaction of its own.
    await expect(audited(db, (tx) => setDisabled(tx, editor, true), () => ({ actor, action: 'user_disable', targetId: editor }))).rejects.toThrow(/insert into "audit_log"/);
    expect(await scalar('select disabled from users where id = ?', [editor])).toBe(0);
    expect(await scalar('select count(*) from sessions where user_id = ?', [editor])).toBe(1);
  });

  it('writes no entry for a change that failed, nor when the change says nothing happened', async () => {
    await expect(audited(db, (tx) => changeRole(tx, 9999, 'viewer', null), () => ({ actor, action: 'role_change', targetId: 9999 }))).rejects.toBeInstanceOf(AccountError);
    expect(await entries('role_change')).toBe(0);
    expect(await audited(db, async () => false, (done) => (done ? { actor, action: 'mail_requeue' } : null))).toBe(false);
    expect(await entries('mail_requeue')).toBe(0);
  });
});
