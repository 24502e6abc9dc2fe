/** Account administration: invitations, role changes, disabling. Admins only (`user.manage`). */
import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../server/db.ts';
import { audit } from '../server/audit.ts';
import { AccountError, accountSchema, changeRole, inviteUser, setDisabled } from '../server/auth/users.ts';
import { clientIp, idField, requireConfirmed, requireRecentAuth, requireUser } from './context.ts';

const municipio = (form: FormData) => (form.get('municipioId') ? Number(form.get('municipioId')) : null);

export const users = {
  invite: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const admin = requireUser(context, 'user.manage');
      const values = { email: String(form.get('email') ?? ''), name: String(form.get('name') ?? ''), role: String(form.get('role') ?? ''), municipioId: String(form.get('municipioId') ?? '') };
      const parsed = accountSchema.safeParse({ ...values, municipioId: municipio(form) });
      if (!parsed.success) {
        const errors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
        return { ok: false as const, errors, values };
      }
      const db = await getDb();
      const { userId, token } = await inviteUser(db, parsed.data, admin.id);
      await audit(db, { actor: admin, action: 'user_invite', targetType: 'user', targetId: userId, ip: clientIp(context), detail: { email: parsed.data.email, role: parsed.data.role } });
      // No mail server yet: the admin hands the one-time link over; it is shown once, only here.
      return { ok: true as const, link: new URL(`/staff/invite/${token}`, context.url).href, email: parsed.data.email };
    },
  }),

  changeRole: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const admin = requireUser(context, 'user.manage');
      requireRecentAuth(admin);
      const userId = idField(form, 'userId');
      const role = String(form.get('role') ?? '');
      const db = await getDb();
      try {
        const before = await changeRole(db, userId, role as 'viewer', municipio(form));
        await audit(db, { actor: admin, action: 'role_change', targetType: 'user', targetId: userId, ip: clientIp(context), detail: { from: before.role, to: role, municipioId: municipio(form) } });
        return { ok: true as const };
      } catch (error) {
        if (error instanceof AccountError) throw new ActionError({ code: 'BAD_REQUEST', message: error.key });
        throw error;
      }
    },
  }),

  setDisabled: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const admin = requireUser(context, 'user.manage');
      const userId = idField(form, 'userId');
      if (userId === admin.id) throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.error.notYourself' });
      const disabled = form.get('disabled') === '1';
      // Enabling gives nothing away and stays one click; disabling is asked first.
      if (disabled) requireConfirmed(form);
      const db = await getDb();
      await setDisabled(db, userId, disabled);
      await audit(db, { actor: admin, action: disabled ? 'user_disable' : 'user_enable', targetType: 'user', targetId: userId, ip: clientIp(context) });
      return { ok: true as const, userId, disabled };
    },
  }),
};
