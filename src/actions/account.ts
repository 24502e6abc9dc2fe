/**
 * The signed-in person's own account (issue #10, point 1): the sign-in code step, second-factor
 * enrolment, recovery codes, re-authentication and password change. Actions are public
 * endpoints, so each one checks who is calling; changes need a recent strong authentication.
 */
import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { secondFactorRequired } from '../lib/secondFactorRule.ts';
import { audited } from '../server/audit.ts';
import { authKey } from '../server/auth/authKey.ts';
import { setSessionCookie } from '../server/auth/cookie.ts';
import { changePassword } from '../server/auth/changePassword.ts';
import { reauthenticate } from '../server/auth/reauthenticate.ts';
import { confirmEnrolment, disableTotp, regenerateRecoveryCodes, startEnrolment } from '../server/auth/secondFactor.ts';
import { createSession, endSession, type SessionUser } from '../server/auth/sessions.ts';
import { signInSecondStep } from '../server/auth/signInSecondStep.ts';
import { getDb } from '../server/db.ts';
import { clientIp, requireRecentAuth, requireUser } from './context.ts';

const field = (form: FormData, name: string, max: number) => String(form.get(name) ?? '').slice(0, max);
const client = (context: ActionAPIContext) => ({ ip: clientIp(context), userAgent: context.request.headers.get('user-agent') });

/** The person enrolling: signed in, or an admin/publisher whose password opened the enrolment step only. */
function enrolee(context: ActionAPIContext): SessionUser {
  const person = context.locals.user ?? (context.locals.pending?.stage === 'enrol' ? context.locals.pending : null);
  if (!person) throw new ActionError({ code: 'UNAUTHORIZED', message: 'staff.error.signInFirst' });
  // A full session re-proves itself if old; the enrolment step is itself a fresh password proof.
  if (person.stage === 'full') requireRecentAuth(person);
  return person;
}

export const account = {
  signInCode: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const pending = context.locals.pending;
      if (pending?.stage !== 'second_factor') throw new ActionError({ code: 'UNAUTHORIZED', message: 'staff.code.expired' });
      const result = await signInSecondStep(await getDb(), authKey(), pending, field(form, 'code', 40), client(context));
      if (!result.ok) {
        if (result.retryAfter > 0) {
          context.locals.retryAfter = result.retryAfter;
          throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'staff.signIn.throttled' });
        }
        return { ok: false as const, errors: { code: 'staff.code.wrong' } };
      }
      setSessionCookie(context.cookies, context.url, result.token);
      return { ok: true as const };
    },
  }),

  startEnrolment: defineAction({
    accept: 'form',
    handler: async (_form: FormData, context) => {
      const person = enrolee(context);
      await startEnrolment(await getDb(), authKey(), person.sessionHash, person.id);
      return { ok: true as const };
    },
  }),

  confirmEnrolment: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const person = enrolee(context);
      const db = await getDb();
      const codes = await audited(
        db,
        (tx) => confirmEnrolment(tx, authKey(), person.sessionHash, person.id, field(form, 'code', 40)),
        (done) => (done ? { actor: person, action: 'totp_enrol', ip: clientIp(context) } : null),
      );
      if (!codes) return { ok: false as const, errors: { code: 'staff.code.wrong' } };
      if (person.stage !== 'full') {
        // Enrolled: the pending session becomes a full one, with a new id.
        const token = await audited(
          db,
          async (tx) => {
            await endSession(tx, person.sessionHash);
            return createSession(tx, person.id, client(context));
          },
          () => ({ actor: person, action: 'sign_in', ip: clientIp(context), detail: { factor: 'enrolment' } }),
        );
        setSessionCookie(context.cookies, context.url, token);
      }
      return { ok: true as const, codes };
    },
  }),

  disableTotp: defineAction({
    accept: 'form',
    handler: async (_form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      if (secondFactorRequired(user.role)) throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.totp.requiredForRole' });
      requireRecentAuth(user);
      const db = await getDb();
      await audited(db, (tx) => disableTotp(tx, user.id), () => ({ actor: user, action: 'totp_disable', ip: clientIp(context) }));
      return { ok: true as const };
    },
  }),

  newRecoveryCodes: defineAction({
    accept: 'form',
    handler: async (_form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      if (!user.hasTotp) throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.totp.notEnrolled' });
      requireRecentAuth(user);
      const db = await getDb();
      const codes = await audited(db, (tx) => regenerateRecoveryCodes(tx, user.id), () => ({ actor: user, action: 'recovery_codes_new', ip: clientIp(context) }));
      return { ok: true as const, codes };
    },
  }),

  reauthenticate: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      const problem = await reauthenticate(await getDb(), authKey(), user, field(form, 'reauth-password', 1024), field(form, 'reauth-code', 40), client(context));
      if (problem === 'throttled') throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'staff.reauth.throttled' });
      if (problem) return { ok: false as const, errors: { [`reauth-${problem}`]: problem === 'password' ? 'staff.reauth.wrongPassword' : 'staff.code.wrong' } };
      return { ok: true as const };
    },
  }),

  changePassword: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const user = requireUser(context, 'staff.access');
      requireRecentAuth(user);
      const result = await changePassword(await getDb(), user, { currentPassword: field(form, 'currentPassword', 1024), newPassword: field(form, 'newPassword', 1024), confirmPassword: field(form, 'confirmPassword', 1024) }, clientIp(context));
      if (result === 'throttled') throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'staff.reauth.throttled' });
      if (result) return { ok: false as const, errors: result };
      return { ok: true as const };
    },
  }),
};
