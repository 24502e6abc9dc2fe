/**
 * Every public page template in real headless Chromium: it renders, axe-core finds no WCAG
 * 2.1 AA violation, and the list works by keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createDb } from '../../db/client.ts';
import { axeViolations, launchBrowser, webglArgs } from '../helpers/browser.ts';

let browser: Browser;
let page: Page;
const templates: Record<string, string> = {};
const consoleErrors: string[] = [];

beforeAll(async () => {
  const db = await createDb(inject('databaseUrl'));
  const project = (await db.$client.execute(
    "select slug from projects p where publication = 'published' and exists (select 1 from milestones m where m.project_id = p.id) and exists (select 1 from project_changes c where c.project_id = p.id) order by id limit 1",
  )).rows[0];
  const programme = (await db.$client.execute(
    "select slug from projects p where publication = 'published' and exists (select 1 from projects c where c.parent_id = p.id) limit 1",
  )).rows[0];
  const area = (await db.$client.execute(
    "select n.slug, n.municipio_id from nil n join projects p on p.nil_id = n.id where p.publication = 'published' group by n.id order by count(*) desc limit 1",
  )).rows[0];
  db.$client.close();
  Object.assign(templates, {
    home: '/it/',
    list: '/it/projects?municipio=8',
    project: `/it/projects/${project.slug}`,
    programme: `/en/projects/${programme.slug}`,
    municipi: '/it/municipi',
    municipio: `/it/municipi/${area.municipio_id}`,
    nilIndex: '/en/nil',
    nil: `/it/nil/${area.slug}`,
    notFound: '/it/nowhere',
  });
  browser = await launchBrowser(webglArgs); // project and area pages show a map (issue #3)
  page = await (await browser.newContext()).newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(`${msg.type()}: ${msg.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('page templates', () => {
  for (const name of ['home', 'list', 'project', 'programme', 'municipi', 'municipio', 'nilIndex', 'nil', 'notFound']) {
    it(`${name} has no axe violation`, async () => {
      const response = await page.goto(inject('baseUrl') + templates[name]);
      expect(response?.status()).toBe(name === 'notFound' ? 404 : 200);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('printed no console error or warning', () => {
    // 404 responses log a resource error in Chromium by design; everything else must be clean.
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});

describe('keyboard', () => {
  it('skips to content, then filters the list using the keyboard only', async () => {
    await page.goto(`${inject('baseUrl')}/it/projects`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vai al contenuto');
    await page.keyboard.press('Enter');
    await page.focus('#f-category');
    await page.selectOption('#f-category', 'green');
    await page.keyboard.press('Tab'); // status
    await page.focus('#f-q');
    await page.keyboard.press('Enter'); // submits the GET form
    await page.waitForURL(/category=green/);
    const total = Number(await page.locator('#result-count').getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    const badges = await page.locator('.results article').count();
    expect(badges).toBe(Math.min(total, 20));
  });

  it('follows a project link with Enter', async () => {
    await page.goto(`${inject('baseUrl')}/it/projects`);
    const first = page.locator('.results h3 a').first();
    const href = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });
});

describe('small screens', () => {
  it('has no horizontal scroll at 320 px', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    for (const path of [templates.home, templates.list, templates.project]) {
      await narrow.goto(inject('baseUrl') + path);
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      // The main menu is one row that scrolls sideways, so the page starts within the first third
      // of a phone's screen; its last link is reachable by keyboard.
      expect(await narrow.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height), path).toBeLessThan(280);
      expect(await narrow.locator('.nav li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size), path).toBe(1);
    }
    await narrow.locator('.nav a').last().focus();
    expect(await narrow.locator('.nav a').last().evaluate((a) => { const r = a.getBoundingClientRect(); return r.right <= innerWidth && r.left >= 0; })).toBe(true);
    await narrow.close();
  });
});
