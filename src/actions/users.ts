/** Account administration: invitations, role changes, disabling. Admins only (`user.manage`). */
import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../server/db.ts';
import { audited } from '../server/audit.ts';
import { inviteLink, inviteUser } from '../server/auth/invites.ts';
import { AccountError, accountSchema, changeRole, setDisabled } from '../server/auth/users.ts';
import { staffLocaleSchema } from '../server/staffLocale.ts';
import { clientIp, idField, requireConfirmed, requireRecentAuth, requireUser, siteUrl } from './context.ts';

const municipio = (form: FormData) => (form.get('municipioId') ? Number(form.get('municipioId')) : null);

export const users = {
  invite: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const admin = requireUser(context, 'user.manage');
      // The invitation's language: the admin's own unless they chose the other.
      const values = { email: String(form.get('email') ?? ''), name: String(form.get('name') ?? ''), role: String(form.get('role') ?? ''), municipioId: String(form.get('municipioId') ?? ''), locale: String(form.get('locale') ?? context.locals.staffLocale) };
      const parsed = accountSchema.safeParse({ ...values, municipioId: municipio(form) });
      const locale = staffLocaleSchema.safeParse(values.locale);
      if (!parsed.success || !locale.success) {
        const issues = [...(parsed.error?.issues ?? []), ...(locale.error?.issues.map((i) => ({ ...i, path: ['locale'] })) ?? [])];
        const errors = Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));
        return { ok: false as const, errors, values };
      }
      const db = await getDb();
      const { userId, token } = await audited(
        db,
        (tx) => inviteUser(tx, parsed.data, admin.id, new Date(), { baseUrl: siteUrl(context), locale: locale.data }),
        ({ userId }) => ({ actor: admin, action: 'user_invite', targetType: 'user', targetId: userId, ip: clientIp(context), detail: { email: parsed.data.email, role: parsed.data.role } }),
      );
      // Mailed to the person; shown here too, once, in case the mail does not reach them.
      return { ok: true as const, link: inviteLink(siteUrl(context), token), email: parsed.data.email };
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
        await audited(
          db,
          (tx) => changeRole(tx, userId, role as 'viewer', municipio(form)),
          (before) => ({ actor: admin, action: 'role_change', targetType: 'user', targetId: userId, ip: clientIp(context), detail: { from: before.role, to: role, municipioId: municipio(form) } }),
        );
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
      await audited(db, (tx) => setDisabled(tx, userId, disabled), () => ({ actor: admin, action: disabled ? 'user_disable' : 'user_enable', targetType: 'user', targetId: userId, ip: clientIp(context) }));
      return { ok: true as const, userId, disabled };
    },
  }),
};
