/**
 * What every Action needs from its context: the signed-in user (Actions are public endpoints,
 * so each one checks), and who is calling, for the audit log.
 */
import { ActionError, type ActionAPIContext } from 'astro:actions';
import { can, type Operation } from '../lib/permissions.ts';
import type { SessionUser } from '../server/auth/sessions.ts';
import { ProjectError } from '../server/projects/projectError.ts';

export function clientIp(context: ActionAPIContext): string | null {
  try {
    return context.clientAddress;
  } catch {
    return null;
  }
}

/** The signed-in user allowed `operation` (in general; project scope is checked in src/server). */
export function requireUser(context: ActionAPIContext, operation: Operation): SessionUser {
  const user = context.locals.user;
  if (!user) throw new ActionError({ code: 'UNAUTHORIZED', message: 'staff.error.signInFirst' });
  if (!can(user, operation)) throw new ActionError({ code: 'FORBIDDEN', message: 'staff.error.forbidden' });
  return user;
}

/** Turns a refusal from src/server into the matching Action error. */
export function asActionError(error: unknown): never {
  if (error instanceof ProjectError) {
    const code = ({ 400: 'BAD_REQUEST', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT' } as const)[error.status];
    throw new ActionError({ code, message: error.key });
  }
  throw error;
}

/** A positive integer from a form field, or an Action error. */
export function idField(form: FormData, name: string): number {
  const value = Number(form.get(name));
  if (!Number.isInteger(value) || value < 1) throw new ActionError({ code: 'BAD_REQUEST', message: 'staff.error.invalid' });
  return value;
}
