/**
 * Residents' page templates in real Chromium (issue #7): axe finds nothing on any of them. The
 * manage page also in Arabic (right to left), after a change and on a bad link; and a resident
 * changes how often and stops following one thing there with the keyboard alone and JavaScript
 * turned off, the page saying what was done where focus lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createDb, type Db } from '../../db/client.ts';
import { subscriptions } from '../../db/schema.ts';
import { newToken, tokenHash } from '../../src/server/auth/tokens.ts';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { createStaff } from '../helpers/staff.ts';
import { signInThroughPage } from '../helpers/browserSignIn.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');
const scalar = async (sql: string, args: (string | number)[] = []) => Object.values((await db.$client.execute({ sql, args })).rows[0] ?? {})[0];

/** A confirmed address following a project and its NIL, as after the follow form and the confirmation. */
async function follower(locale: string) {
  const [p] = (await db.$client.execute("select id, nil_id from projects where publication = 'published' and municipio_id = 2 and nil_id is not null order by id desc limit 1")).rows;
  const email = `keyboard-${locale}-${Date.now()}@example.org`;
  const [token, other] = [newToken(), newToken()]; // each row its own, as subscribe() makes them
  const row = { email, locale, frequency: 'instant' as const, baseUrl: base(), confirmedAt: new Date().toISOString() };
  const ids = await db
    .insert(subscriptions)
    .values([
      { ...row, scope: 'project', targetId: Number(p.id), unsubscribeHash: tokenHash(token), unsubscribeToken: token },
      { ...row, scope: 'nil', targetId: Number(p.nil_id), frequency: 'weekly', unsubscribeHash: tokenHash(other), unsubscribeToken: other },
    ])
    .returning({ id: subscriptions.id });
  return { email, token, ids: ids.map((r) => r.id) };
}

/** Presses Tab until `selector` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await hasFocus(page, selector)) return;
  }
  throw new Error(`never reached ${selector} with Tab`);
}

// Locators, not page.evaluate: they work with the page's JavaScript turned off.
const hasFocus = async (page: Page, selector: string) => (await page.locator(`${selector}:focus`).count()) === 1;

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  db.$client.close();
});

describe('axe on the residents templates', () => {
  it('public: project page with its forms, confirm, unsubscribe, Municipio and NIL pages', async () => {
    const [p] = (await db.$client.execute("select p.id, p.slug, n.slug as nil from projects p join nil n on n.id = p.nil_id where p.publication = 'published' and p.municipio_id = 9 order by p.id limit 1")).rows;
    const page = await (await browser.newContext()).newPage();
    for (const path of [`/it/projects/${p.slug}`, `/en/projects/${p.slug}`, '/it/follow/confirm?token=x', '/en/follow/unsubscribe?token=x', '/it/follow/unsubscribe?done=1', '/it/municipi/9', `/it/nil/${p.nil}`]) {
      await page.goto(base() + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    // An error state: the follow form refused without consent, errors next to the fields.
    await page.goto(`${base()}/it/projects/${p.slug}`);
    await page.fill('#follow-email', 'not-an-address');
    await page.click('#follow button[type=submit]');
    await page.waitForSelector('#follow-email-error');
    expect(await page.inputValue('#follow-email')).toBe('not-an-address');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('staff: feedback queue, mail queue and outbox, one message, impacts', async () => {
    const { email } = await createStaff(db, 'admin');
    const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await signInThroughPage(page, base(), email);
    const [p] = (await db.$client.execute("select id from projects where publication = 'published' order by id limit 1")).rows;
    for (const path of ['/staff/feedback/', '/staff/mail/', `/staff/projects/${p.id}/impacts/`]) {
      await page.goto(base() + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto(`${base()}/staff/mail/`);
    await page.click('button:has-text("Invia ora i riepiloghi")'); // the admin's "send now" and its notice
    await page.waitForSelector('#digests-done');
    expect(await axeViolations(page)).toEqual([]);
    const first = page.locator('#outbox a').first();
    if (await first.count()) {
      await first.click();
      await page.waitForSelector('#eml');
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

describe('manage page', () => {
  it('passes axe in Italian, in Arabic right to left, after a change and on a bad link', async () => {
    const page = await (await browser.newContext()).newPage();
    const italian = await follower('it');
    await page.goto(`${base()}/it/follow/manage?token=${italian.token}`);
    expect(await page.locator('[data-subscription]').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base()}/ar/follow/manage?token=${italian.token}`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    // After a change, with its status message.
    await page.goto(`${base()}/it/follow/manage?token=${italian.token}&done=frequency&item=${italian.ids[1]}`);
    expect(await page.locator('#manage-done').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base()}/en/follow/manage?token=not-a-token`);
    expect(await page.locator('#manage-invalid').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('changes how often and stops one thing by keyboard, without JavaScript, saying what was done where focus lands', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const { email, token, ids } = await follower('en');
    await page.goto(`${base()}/en/follow/manage?token=${token}`);

    // The first subscription: from "at once" to "one summary a week", with the arrow keys and Enter.
    await tabTo(page, `#manage-${ids[0]}-instant`);
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked(`#manage-${ids[0]}-weekly`)).toBe(true);
    await tabTo(page, `[data-subscription="${ids[0]}"] button[value="frequency"]`, 1);
    await Promise.all([page.waitForURL(/done=frequency/), page.keyboard.press('Enter')]);
    expect(await hasFocus(page, '#manage-done')).toBe(true);
    expect(await page.textContent('#manage-done')).toMatch(/^Done: for “.+” you chose “One summary a week”\.$/);
    expect(await scalar('select frequency from subscriptions where id = ?', [ids[0]])).toBe('weekly');

    // The neighbourhood: stopped with the Space bar on its own button.
    await tabTo(page, `[data-subscription="${ids[1]}"] button[value="stop"]`);
    await Promise.all([page.waitForURL(/done=stop/), page.keyboard.press('Space')]);
    expect(await hasFocus(page, '#manage-done')).toBe(true);
    expect(await page.textContent('#manage-done')).toMatch(/^Done: you no longer follow “.+ neighbourhood”\.$/);
    expect(await page.locator('[data-subscription]').count()).toBe(1);
    expect(await scalar('select count(*) from subscriptions where email = ?', [email])).toBe(1);
  });
});
