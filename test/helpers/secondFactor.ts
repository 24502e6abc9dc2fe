/**
 * Second factors of test accounts (issue #10, point 1): admins and publishers must have one, so
 * the helpers enrol them straight in the server's database with the servers' AUTH_SECRET and
 * remember the secret and recovery codes, to answer the sign-in's code step like an app would.
 * A code works once per 30-second step: a second sign-in within the same step uses a recovery code.
 */
import type { Page } from 'playwright-core';
import type { Db } from '../../db/client.ts';
import { enableTotp } from '../../src/server/auth/secondFactor.ts';
import { deriveKey } from '../../src/server/auth/secretBox.ts';
import { hotp, newTotpSecret } from '../../src/server/auth/totp.ts';
import { TEST_AUTH_SECRET } from './server-setup.ts';

export const testKey = deriveKey(TEST_AUTH_SECRET);

interface Factor {
  secret: Buffer;
  codes: string[];
  lastStep: number;
}
const factors = new Map<string, Factor>();

/** Enrols `email`'s account with a fresh secret and returns it with its ten recovery codes. */
export async function enrolTestTotp(db: Db, userId: number, email: string) {
  const secret = newTotpSecret();
  const codes = await enableTotp(db, testKey, userId, secret, null);
  factors.set(email, { secret, codes: [...codes], lastStep: -1 });
  return { secret, codes };
}

export const hasTestTotp = (email: string) => factors.has(email);

/** The code to type now: the app's, or a recovery code when this step's was already used. */
export function nextCode(email: string, now = Date.now()): string {
  const factor = factors.get(email);
  if (!factor) throw new Error(`no second factor known for ${email}`);
  const step = Math.floor(now / 30_000);
  if (step > factor.lastStep) {
    factor.lastStep = step;
    return hotp(factor.secret, step);
  }
  const code = factor.codes.shift();
  if (!code) throw new Error(`no recovery code left for ${email}`);
  return code;
}

/** In a browser that just sent the password: answers the code page when the account has a second factor. */
export async function answerCodeStep(page: Page, base: string, email: string): Promise<void> {
  if (!hasTestTotp(email)) return;
  await page.waitForURL(`${base}/staff/sign-in/code/**`);
  await page.fill('#f-code', nextCode(email));
  await page.click('button[type=submit]:has-text("Verifica")');
}
