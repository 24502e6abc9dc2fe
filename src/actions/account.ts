/**
 * The signed-in person's own account (issue #10, point 1): the sign-in code step, second-factor
 * enrolment, recovery codes, re-authentication and password change. Actions are public
 * endpoints, so each one checks who is calling; changes need a recent strong authentication.
 */
import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { eq } from 'drizzle-orm';
import { users as usersTable } from '../../db/schema.ts';
import { secondFactorRequired } from '../lib/secondFactorRule.ts';
import { audit, audited } from '../server/audit.ts';
import { authKey } from '../server/auth/authKey.ts';
import { setSessionCookie } from '../server/auth/cookie.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../server/auth/passwords.ts';
import { reauthenticate } from '../server/auth/reauthenticate.ts';
import { confirmEnrolment, disableTotp, regenerateRecoveryCodes, startEnrolment } from '../server/auth/secondFactor.ts';
import { createSession, endSession, endUserSessions, type SessionUser } from '../server/auth/sessions.ts';
import { signInSecondStep } from '../server/auth/signInSecondStep.ts';
import { accountKey, addressKey, recordFailure, retryAfterSeconds } from '../server/auth/throttle.ts';
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
      const db = await getDb();
      // The current password is guessed no faster here than at sign-in.
      const keys = [accountKey(user.email), addressKey(clientIp(context))];
      if ((await retryAfterSeconds(db, keys)) > 0) throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'staff.reauth.throttled' });
      const password = field(form, 'newPassword', 1024);
      const errors: Record<string, string> = {};
      const [row] = await db.select({ hash: usersTable.passwordHash }).from(usersTable).where(eq(usersTable.id, user.id));
      if (!(await verifyPassword(row?.hash ?? null, field(form, 'currentPassword', 1024)))) {
        errors.currentPassword = 'staff.reauth.wrongPassword';
        await recordFailure(db, keys);
      }
      const problem = passwordProblem(password);
      if (problem) errors.newPassword = problem;
      else if (password !== field(form, 'confirmPassword', 1024)) errors.confirmPassword = 'staff.error.passwordMismatch';
      if (errors.currentPassword) await audit(db, { actor: user, action: 'reauth_failed', ip: clientIp(context), detail: { field: 'currentPassword' } });
      if (Object.keys(errors).length) return { ok: false as const, errors };
      const passwordHash = await hashPassword(password);
      // The new password and the end of every other session (this one stays) together: a
      // password changed after a break-in must not leave the intruder's session open.
      await audited(
        db,
        async (tx) => {
          await tx.update(usersTable).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(usersTable.id, user.id));
          await endUserSessions(tx, user.id, user.sessionHash);
        },
        () => ({ actor: user, action: 'password_change', ip: clientIp(context) }),
      );
      return { ok: true as const };
    },
  }),
};
