/**
 * The answer to a resident's own action takes focus, so a screen reader reads it on arrival (a
 * live region present at load is not announced): the vote's thanks, a refused follow form's
 * first wrong field, a confirmation link's outcome, the filtered list's count. A plain visit
 * moves focus nowhere.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createDb } from '../../db/client.ts';
import { launchBrowser } from '../helpers/browser.ts';

let browser: Browser;
let page: Page;
let slug = '';
const url = (path: string) => inject('baseUrl') + path;
/** The focused element's id once the browser has run autofocus (after the first rendering). */
const focused = async () => {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.id));
};
/** Submits a form by its button and waits for the answer page. */
const submit = async (selector: string) => {
  await Promise.all([page.waitForEvent('framenavigated'), page.click(selector)]);
  await page.waitForLoadState();
};

beforeAll(async () => {
  const db = await createDb(inject('databaseUrl'));
  slug = String((await db.$client.execute("select slug from projects where publication = 'published' and municipio_id = 5 order by id limit 1")).rows[0].slug);
  db.$client.close();
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 375, height: 667 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

it('leaves focus alone on a plain visit', async () => {
  for (const path of [`/it/projects/${slug}`, '/it/projects', '/it/follow/confirm?token=x', '/it/follow/unsubscribe?token=x']) {
    await page.goto(url(path));
    expect(await focused(), path).toBe('body');
  }
});

it('focuses the thanks for a vote, in view', async () => {
  await page.goto(url(`/it/projects/${slug}`));
  await page.check('#vote-going_well');
  await submit('#judgement button[type=submit]');
  expect(await focused()).toBe('judgement-done');
  expect(await page.locator('#judgement-done').evaluate((p) => { const r = p.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
});

it('focuses the first wrong field of a refused follow form', async () => {
  await page.goto(url(`/en/projects/${slug}`));
  await page.fill('#follow-email', 'someone@example.org'); // no consent given
  await submit('#follow button[type=submit]');
  expect(await focused()).toBe('follow-consent');
  expect(await page.getAttribute('#follow-consent', 'aria-describedby')).toContain('follow-consent-error');
});

it('focuses the outcome of a confirmation link and of an unsubscription', async () => {
  await page.goto(url('/de/follow/confirm?token=not-a-token'));
  await submit('main button[type=submit]');
  expect(await focused()).toBe('confirm-failed');
  await page.goto(url('/de/follow/unsubscribe?token=not-a-token'));
  await submit('main button[type=submit]');
  expect(page.url()).toContain('done=0');
  expect(await focused()).toBe('unsubscribed');
});

it('takes the filtered list to its result count', async () => {
  await page.goto(url('/it/projects'));
  await page.click('.filters summary'); // a phone: the lists are behind a disclosure
  await page.selectOption('#f-category', 'green');
  await submit('.filters button[type=submit]');
  expect(new URL(page.url()).hash).toBe('#result-count');
  expect(await focused()).toBe('result-count');
});
