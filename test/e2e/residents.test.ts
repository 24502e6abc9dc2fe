/** Residents' page templates in real Chromium (issue #7): axe finds nothing on any of them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { createDb, type Db } from '../../db/client.ts';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { createStaff } from '../helpers/staff.ts';
import { signInThroughPage } from '../helpers/browserSignIn.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');

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
