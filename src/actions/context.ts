/**
 * What every Action needs from its context: the signed-in user (Actions are public endpoints,
 * so each one checks), and who is calling, for the audit log.
 */
import { ActionError, type ActionAPIContext } from 'astro:actions';
import { can, type Operation } from '../lib/permissions.ts';
import { needsReauth } from '../lib/secondFactorRule.ts';
import type { SessionUser } from '../server/auth/sessions.ts';
import { ProjectError } from '../server/projects/projectError.ts';
import { isBusy } from '../server/dbBusy.ts';
import { clientAddressOf } from '../server/clientAddress.ts';
import { isLoopbackHost } from '../lib/isLoopbackHost.ts';
import { SITE_URL } from 'astro:env/server';

export function clientIp(context: ActionAPIContext): string | null {
  return clientAddressOf(context);
}

/** The signed-in user allowed `operation` (in general; project scope is checked in src/server). */
export function requireUser(context: ActionAPIContext, operation: Operation): SessionUser {
  const user = context.locals.user;
  if (!user) throw new ActionError({ code: 'UNAUTHORIZED', message: 'staff.error.signInFirst' });
  if (!can(user, operation)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
  return user;
}

/**
 * Refuses a password, role or second-factor change when the session's last strong
 * authentication is older than REAUTH_MS (issue #10, point 1): the page then asks for it.
 */
export function requireRecentAuth(user: SessionUser): void {
  if (needsReauth(user)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.reauth.required' });
}

/** Turns a refusal from src/server into the matching Action error. */
export function asActionError(error: unknown): never {
  if (error instanceof ProjectError) {
    const code = ({ 400: 'BAD_REQUEST', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT' } as const)[error.status];
    throw new ActionError({ code, message: error.key });
  }
  // Another writer held the database past the busy timeout: nothing was written, try again.
  if (isBusy(error)) throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: 'staff.error.busy' });
  throw error;
}

/** A positive integer from a form field, or an Action error. */
export function idField(form: FormData, name: string): number {
  const value = Number(form.get(name));
  if (!Number.isInteger(value) || value < 1) throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.error.invalid' });
  return value;
}

/**
 * Refuses a step that cannot be taken back unless it comes from its confirmation page, which
 * sends `confirmed=1`: a stray Enter on a list, or a page cached from before the confirmation
 * step, then does nothing instead of disabling an account or rejecting a report.
 */
export function requireConfirmed(form: FormData): void {
  if (form.get('confirmed') !== '1') throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.error.unconfirmed' });
}

/**
 * The site's address in mails: SITE_URL; without it, the request's own origin only on a loopback
 * host (local runs and tests), else the built site: a forged Host header must never put another
 * site's links into a mail the City sends.
 */
export const siteUrl = (context: ActionAPIContext) => {
  return (SITE_URL ?? (isLoopbackHost(context.url.hostname) || !context.site ? context.url.origin : context.site.href)).replace(/\/$/, '');
};
