/**
 * Password hashing with argon2id at the OWASP Password Storage Cheat Sheet's first
 * recommendation: m=19456 KiB (19 MiB), t=2, p=1. The PHC string stores the parameters, so
 * raising them later still verifies old hashes, and `needsRehash` upgrades them at sign-in.
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 */
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is a const enum, which erasable TypeScript cannot reference: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
export const passwordOptions: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** @example passwordProblem('short') // 'staff.error.passwordLength' */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  return length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH ? 'staff.error.passwordLength' : null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordOptions);
}

// Verified against when the account does not exist, so timing does not tell which emails exist.
let dummy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('not-a-real-password-just-timing');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** True when the stored hash used weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$argon2id$v=19$m=${passwordOptions.memoryCost},t=${passwordOptions.timeCost},p=${passwordOptions.parallelism}$`);
}
