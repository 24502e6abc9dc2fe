/**
 * Signs a test account in through the sign-in page, as staff do: password, then the code step
 * when the account has a second factor (test/helpers/secondFactor.ts); ends on the back office.
 */
import type { Page } from 'playwright-core';
import { answerCodeStep } from './secondFactor.ts';
import { PASSWORD } from './staff.ts';

export async function signInThroughPage(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/staff/sign-in/`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]:has-text("Accedi")');
  await answerCodeStep(page, base, email);
  await page.waitForURL(`${base}/staff/`);
}
