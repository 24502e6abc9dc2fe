/**
 * Who must have a second factor (issue #10, point 1; ASVS 6.3.3): the roles that can publish to
 * the public or manage accounts. Everyone else may enrol. Re-authentication is asked when the
 * last strong authentication is older than REAUTH_MS.
 */
import type { Role } from './vocabulary.ts';

export const REAUTH_MS = 5 * 60 * 1000;

/** @example secondFactorRequired('publisher') // true */
export function secondFactorRequired(role: Role): boolean {
  return role === 'admin' || role === 'publisher';
}

/** @example needsReauth({ authenticatedAt: 0 }, 10 * 60_000) // true */
export function needsReauth(session: { authenticatedAt: number }, now = Date.now()): boolean {
  return !(now - session.authenticatedAt <= REAUTH_MS);
}
