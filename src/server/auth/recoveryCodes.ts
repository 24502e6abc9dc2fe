/**
 * Recovery codes for the second factor (issue #10, point 1): ten one-time codes shown once at
 * enrolment; only their SHA-256 is stored (each carries 50 random bits, so a fast hash is
 * enough: nobody can enumerate 2^50 per code). Used by src/server/auth/secondFactor.ts.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i to misread

/** Ten codes like `k7qm-2xrt-9wpa`. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-'),
  );
}

/** Case, spaces and dashes typed differently still match. */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
}

/** The index of the stored hash `code` matches, or -1; the caller deletes that hash (one use). */
export function matchRecoveryCode(code: string, hashes: readonly string[]): number {
  const given = Buffer.from(recoveryCodeHash(code), 'hex');
  let found = -1;
  hashes.forEach((h, i) => {
    if (timingSafeEqual(Buffer.from(h, 'hex'), given) && found < 0) found = i;
  });
  return found;
}
