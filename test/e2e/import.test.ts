/**
 * The back-office import (issue #6) in real headless Chromium: an admin uploads a file with a
 * refused row, reads the dry run, uploads a good one and commits it, with axe on every step.
 * No JavaScript is involved: the page is plain forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createDb, type Db } from '../../db/client.ts';
import { axeViolations, launchBrowser } from '../helpers/browser.ts';
import { createStaff } from '../helpers/staff.ts';
import { signInThroughPage } from '../helpers/browserSignIn.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');
const header = 'cup,slug,title_it,title_en,summary_it,category,status,municipio,nil,lat,lon,budget_eur,funding_source,start_date,end_date,progress';
const stamp = Date.now().toString(36);
const row = (slug: string, lat = '45.5136') => `,${slug},Giardino ${slug},Garden,Un giardino,green,design,,,${lat},9.1377,100000,comune,2026-01-01,2026-12-31,0`;

async function signedInAdmin(): Promise<Page> {
  const { email } = await createStaff(db, 'admin');
  const page = await (await browser.newContext({ locale: 'it-IT', viewport: { width: 360, height: 740 } })).newPage();
  await signInThroughPage(page, base(), email);
  return page;
}

async function uploadFile(page: Page, name: string, text: string) {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.click('button:has-text("Prova senza scrivere")');
  await page.waitForLoadState('load');
}

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // The server is shared: the projects imported here must not show up in other files' figures.
  await db.$client.execute({ sql: 'delete from projects where slug like ?', args: [`giardino-${stamp}-%`] });
  db.$client.close();
});

describe('import page', () => {
  it('walks upload → refused dry run → good dry run → commit, accessible at every step', async () => {
    const page = await signedInAdmin();
    await page.click('a[href="/staff/import/"]');
    await page.waitForURL(`${base()}/staff/import/`);
    expect(await axeViolations(page)).toEqual([]);

    await uploadFile(page, 'errata.csv', `${header}\n${row(`giardino-${stamp}-x`)}\n${row(`giardino-${stamp}-y`, '41.9')}\n`);
    expect(await page.textContent('#import-outcome')).toContain('Righe rifiutate: 1.');
    expect(await page.textContent('tr[data-line="3"]')).toContain('fuori Milano');
    expect(await page.locator('#commit-form').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await uploadFile(page, 'buona.csv', `${header}\n${row(`giardino-${stamp}-a`)}\n${row(`giardino-${stamp}-b`)}\n`);
    expect(await page.textContent('dd[data-count="create"]')).toBe('2');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#commit-form button');
    await page.waitForLoadState('load');
    expect(await page.textContent('#import-outcome')).toMatch(/creati 2 \(come bozze\)/);
    expect(await axeViolations(page)).toEqual([]);
    const saved = await db.$client.execute({ sql: 'select publication from projects where slug like ?', args: [`giardino-${stamp}-%`] });
    expect(saved.rows.map((r) => r.publication)).toEqual(['draft', 'draft']);
  });
});
