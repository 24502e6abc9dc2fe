/** Sign-in, sign-out (here or everywhere), setting a password from an invitation or a reset, staff language and notices. */
import { ActionError, defineAction } from 'astro:actions';
import { getDb } from '../server/db.ts';
import { audited } from '../server/audit.ts';
import { clearSessionCookie, setSessionCookie } from '../server/auth/cookie.ts';
import { endSession, endUserSessions } from '../server/auth/sessions.ts';
import { signIn as signInUser } from '../server/auth/signIn.ts';
import { acceptInvite } from '../server/auth/invites.ts';
import { AccountError } from '../server/auth/users.ts';
import { STAFF_LOCALE_COOKIE } from '../server/staffLocale.ts';
import { saveStaffPreferences } from '../server/auth/staffPreferences.ts';
import { requestPasswordReset, resetRequestSchema } from '../server/auth/passwordReset.ts';
import { clientIp, requireUser, siteUrl } from './context.ts';

const field = (form: FormData, name: string, max: number) => String(form.get(name) ?? '').slice(0, max);

export const auth = {
  signIn: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const email = field(form, 'email', 200);
      const result = await signInUser(await getDb(), email, field(form, 'password', 1024), {
        ip: clientIp(context),
        userAgent: context.request.headers.get('user-agent'),
      });
      if (!result.ok) {
        if (result.retryAfter > 0) {
          context.locals.retryAfter = result.retryAfter;
          throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'staff.signIn.throttled' });
        }
        // One message for unknown email, wrong password and disabled account alike.
        throw new ActionError({ code: 'UNAUTHORIZED', message: 'staff.signIn.failed' });
      }
      // A fresh session id at every sign-in; any session the browser brought is ended.
      const previous = context.locals.user ?? context.locals.pending;
      if (previous) await endSession(await getDb(), previous.sessionHash);
      setSessionCookie(context.cookies, context.url, result.token);
      // The language the back office speaks to them now is the one their notices are written in,
      // and the address they came to is the one their links point at.
      await saveStaffPreferences(await getDb(), result.userId, { locale: context.locals.staffLocale, baseUrl: siteUrl(context) });
      // 'second_factor' or 'enrol': the page sends the person to the step left (issue #10).
      return { ok: true, stage: result.stage };
    },
  }),

  signOut: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      // A pending session (second factor not given yet) can be abandoned too.
      const user = context.locals.user ?? context.locals.pending;
      if (user) {
        const db = await getDb();
        const everywhere = form.get('everywhere') === '1';
        await audited(
          db,
          (tx) => (everywhere ? endUserSessions(tx, user.id) : endSession(tx, user.sessionHash)),
          () => ({ actor: user, action: everywhere ? 'sign_out_everywhere' : 'sign_out', ip: clientIp(context) }),
        );
      }
      clearSessionCookie(context.cookies, context.url);
      context.locals.user = null;
      return { ok: true };
    },
  }),

  setPassword: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const password = field(form, 'password', 1024);
      if (password !== field(form, 'confirm', 1024)) return { ok: false as const, error: 'staff.error.passwordMismatch' };
      const db = await getDb();
      try {
        await acceptInvite(db, field(form, 'token', 100), password, new Date(), clientIp(context));
        return { ok: true as const };
      } catch (error) {
        if (error instanceof AccountError) return { ok: false as const, error: error.key };
        throw error;
      }
    },
  }),

  /** "Forgot your password?": the same answer whether or not the address has an account. */
  requestReset: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const values = { email: field(form, 'email', 200) };
      const parsed = resetRequestSchema.safeParse(values);
      if (!parsed.success) return { ok: false as const, errors: { email: parsed.error.issues[0].message }, values };
      const { wait, done } = await requestPasswordReset(await getDb(), parsed.data.email, siteUrl(context), clientIp(context));
      // Not awaited (passwordReset.ts): a failure is logged, and the person can ask again.
      done.catch((error) => console.error(JSON.stringify({ t: new Date().toISOString(), level: 'error', msg: 'password reset', error: String(error) })));
      if (wait > 0) {
        context.locals.retryAfter = wait;
        throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'staff.reset.throttled' });
      }
      return { ok: true as const };
    },
  }),

  /** Work notices by e-mail on or off (the start page's form), in the language in use now. */
  setNotices: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      await saveStaffPreferences(await getDb(), user.id, { notifyByMail: form.get('notifyByMail') === 'on', locale: context.locals.staffLocale });
      return { ok: true };
    },
  }),

  setLanguage: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      const lang = form.get('lang') === 'en' ? 'en' : 'it';
      context.cookies.set(STAFF_LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86400 });
      context.locals.staffLocale = lang;
      await saveStaffPreferences(await getDb(), user.id, { locale: lang });
      return { ok: true };
    },
  }),
};
