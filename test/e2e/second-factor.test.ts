/**
 * The second-factor pages in real Chromium (issue #10, point 1): enrolment, the code step and
 * re-authentication driven with the keyboard alone, every state axe-clean,
 * no CSP violation from the inline QR code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { createDb, type Db } from '../../db/client.ts';
import { base32Decode, hotp } from '../../src/server/auth/totp.ts';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { createStaff, PASSWORD } from '../helpers/staff.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');
const problems: string[] = [];

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  db.$client.close();
});

describe('second factor pages', () => {
  it('enrol, sign in with a code and re-authenticate with the keyboard, axe-clean throughout', async () => {
    const account = await createStaff(db, 'admin', null, { totp: false });
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text()); });
    const keyboardSignIn = async () => {
      await page.goto(`${base()}/staff/sign-in/`);
      await page.focus('#email');
      await page.keyboard.type(account.email);
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
    };

    await keyboardSignIn();
    await page.waitForURL(`${base()}/staff/security/**`);
    expect(await page.textContent('main')).toContain('Il tuo ruolo richiede un secondo fattore');
    expect(await axeViolations(page), 'enrolment required').toEqual([]);
    await page.focus('button:has-text("Attiva il secondo fattore")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#totp-key');
    expect(await page.locator('.qr svg[role=img][aria-label]').count()).toBe(1);
    expect(await axeViolations(page), 'QR code and key').toEqual([]);
    const key = (await page.textContent('#totp-key'))!.replace(/\s/g, '');
    await page.focus('#f-code');
    await page.keyboard.type('000000' === hotp(base32Decode(key), Math.floor(Date.now() / 30_000)) ? '111111' : '000000');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#f-code-error');
    expect(await page.getAttribute('#f-code', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page), 'wrong code').toEqual([]);
    await page.focus('#f-code');
    await page.keyboard.type(hotp(base32Decode(key), Math.floor(Date.now() / 30_000)));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#recovery-codes');
    expect(await page.locator('#recovery-codes li').count()).toBe(10);
    expect(await axeViolations(page), 'recovery codes').toEqual([]);
    const recovery = (await page.locator('#recovery-codes code').allTextContents())[0];
    await page.click('a:has-text("Continua nell’area riservata")');
    await page.waitForURL(`${base()}/staff/`);

    // A new sign-in asks for a code; a recovery code is accepted.
    await context.clearCookies();
    await keyboardSignIn();
    await page.waitForURL(`${base()}/staff/sign-in/code/**`);
    expect(await axeViolations(page), 'code step').toEqual([]);
    await page.focus('#f-code');
    await page.keyboard.type('999999');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#f-code-error');
    expect(await axeViolations(page), 'code step error').toEqual([]);
    await page.focus('#f-code');
    await page.keyboard.type(recovery);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base()}/staff/`);

    // More than 5 minutes later, changes ask who it is first.
    await db.$client.execute({ sql: 'update sessions set authenticated_at = ? where user_id = ?', args: [new Date(Date.now() - 10 * 60_000).toISOString(), account.id] });
    for (const path of ['/staff/users/', '/staff/security/']) {
      await page.goto(base() + path);
      expect(await page.locator('#f-reauth-password').count(), path).toBe(1);
      expect(await axeViolations(page), `re-authentication on ${path}`).toEqual([]);
    }
    await page.focus('#f-reauth-password');
    await page.keyboard.type('not the password at all');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#f-reauth-password-error');
    expect(await axeViolations(page), 're-authentication error').toEqual([]);
    await context.close();
  }, 180_000);

  it('reported no console error (no CSP violation)', () => {
    expect(problems).toEqual([]);
  });
});
