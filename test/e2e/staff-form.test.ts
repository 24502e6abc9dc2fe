/**
 * The staff project form with JavaScript on (issue #4, point 4), in real Chromium with WebGL for
 * the location map: errors from THE schema appear beside the fields before anything is sent, the
 * missing reason among them; rows are added in place; the location is set through the fields
 * the map follows; a failed save loses nothing typed; the enhanced form passes axe; and the
 * edit reaches the public page once another person publishes it; an area in several parts is
 * edited part by part, and one with a hole is shown on the map and kept as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { createDb, type Db } from '../../db/client.ts';
import { axeViolations, launchBrowser, webglArgs } from '../helpers/browser.ts';
import { createStaff } from '../helpers/staff.ts';
import { signInThroughPage } from '../helpers/browserSignIn.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');
const problems: string[] = [];
let projects: { id: number; slug: string; lat: number; lon: number }[];

async function signedIn(role: 'editor' | 'publisher'): Promise<{ context: BrowserContext; page: Page }> {
  const { email } = await createStaff(db, role);
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await signInThroughPage(page, base(), email);
  return { context, page };
}

const openForm = async (page: Page, id: number) => {
  await page.goto(`${base()}/staff/projects/${id}/`);
  await page.waitForSelector('.location-editor[data-ready]', { timeout: 30_000 });
};

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  // Municipio 5, which staff-projects.test.ts leaves alone; newest first, past the oldest one that
  // xss.test.ts fills with payloads, and none with an open revision another suite left behind.
  projects = (await db.$client.execute(`select id, slug, lat, lon from projects p where publication = 'published' and municipio_id = 5 and parent_id is null
    and id > (select min(id) from projects where publication = 'published' and municipio_id = 5 and parent_id is null)
    and not exists (select 1 from project_revisions r where r.project_id = p.id and r.state in ('draft', 'in_review')) order by id desc limit 2`)).rows.map((r) => ({
    id: Number(r.id), slug: String(r.slug), lat: Number(r.lat), lon: Number(r.lon),
  }));
  expect(projects).toHaveLength(2);
  browser = await launchBrowser(webglArgs);
});
afterAll(async () => {
  await browser?.close();
  db.$client.close();
});

describe('the enhanced project form', () => {
  it('checks in the browser, adds rows, sets the location by its fields, and the published change is public', async () => {
    const [p] = projects;
    const { context, page } = await signedIn('editor');
    await openForm(page, p.id);
    expect(await axeViolations(page)).toEqual([]);
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });

    const title = await page.inputValue('#f-translations-it-title');
    await page.fill('#f-translations-it-title', '');
    await page.fill('#f-cup', 'XYZ');
    await page.fill('#f-endCurrent', '2041-06-30');
    await page.click('button:has-text("Salva la bozza")');
    // Nothing was sent; every error, the missing reason included, is beside its field at once.
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.textContent('#f-cup-error')).toContain('Il CUP ha 15 caratteri');
    expect(await page.getAttribute('#f-cup', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-cup', 'aria-describedby')).toContain('f-cup-error');
    expect(await page.textContent('#f-translations-it-title-error')).toBeTruthy();
    expect(await page.textContent('#f-reasons-end-it-error')).toContain('Spiega perché');
    expect(await page.locator('#error-summary li').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#error-summary a[href="#f-cup"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-cup');

    // Fixing a field takes its error away.
    await page.fill('#f-cup', '');
    await page.fill('#f-translations-it-title', title);
    await page.fill('#f-reasons-end-it', 'Lavori aggiuntivi chiesti dal Municipio');
    await page.waitForFunction(() => !document.querySelector('#f-cup-error') && !document.querySelector('#f-reasons-end-it-error'));

    // A milestone added without a round trip, focus in its first field.
    const before = await page.locator('fieldset[data-rows="milestones"] > .row-block').count();
    await page.click('button:has-text("Aggiungi una tappa")');
    expect(await page.locator('fieldset[data-rows="milestones"] > .row-block').count()).toBe(before + 1);
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(focused).toMatch(/^milestones\.\d+\.title\.it$/);
    const row = focused.split('.')[1];
    await page.keyboard.type('Collaudo nel browser');
    await page.fill(`[name="milestones.${row}.plannedOn"]`, '2041-05-15');

    // The location by keyboard through its fields: the map's marker and NIL follow them.
    const lat = (p.lat + 0.0002).toFixed(6);
    await page.focus('#f-lat');
    await page.fill('#f-lat', lat);
    await page.press('#f-lat', 'Tab');
    await page.waitForFunction(() => Boolean(document.querySelector('[data-located]')?.textContent));
    // A line typed as GeoJSON into the geometry field is drawn on the map.
    const line = { type: 'LineString', coordinates: [[p.lon, p.lat], [p.lon + 0.001, p.lat + 0.0005], [p.lon + 0.002, p.lat]] };
    await page.fill('#f-geometry', JSON.stringify(line));
    await page.press('#f-geometry', 'Tab');
    await page.waitForFunction(() => document.querySelector('[data-shape]')?.textContent?.includes('linea con 3 vertici'));
    expect(posts).toEqual([]);

    await page.click('button:has-text("Salva la bozza")');
    await page.waitForURL(/saved=1/);
    expect(await page.evaluate(() => sessionStorage.getItem(`staff-form:${location.pathname}`))).toBeNull();
    expect(Number(await page.inputValue('#f-lat'))).toBe(Number(lat));
    await page.click('button:has-text("Invia in revisione")');
    await page.waitForURL(/done=submit/);

    const publisher = await signedIn('publisher');
    await publisher.page.goto(`${base()}/staff/projects/${p.id}/`);
    await publisher.page.click('button:has-text("Pubblica")');
    await publisher.page.waitForURL(/done=publish/);
    const anonymous = await browser.newContext();
    const pub = await anonymous.newPage();
    await pub.goto(`${base()}/it/projects/${p.slug}`);
    const text = (await pub.textContent('main')) ?? '';
    expect(text).toContain('Collaudo nel browser');
    expect(text).toContain('Lavori aggiuntivi chiesti dal Municipio');
    const stored = (await db.$client.execute({ sql: 'select lat from projects where id = ?', args: [p.id] })).rows[0];
    expect(Number(stored.lat)).toBeCloseTo(Number(lat), 6);
    expect(JSON.parse(String((await db.$client.execute({ sql: 'select geometry from projects where id = ?', args: [p.id] })).rows[0].geometry)).type).toBe('LineString');
    await Promise.all([context.close(), publisher.context.close(), anonymous.close()]);
  }, 180_000); // two people, three pages and a WebGL map drawn in software

  it('writes a large limit as Italian writes numbers, in the browser as on the server', async () => {
    const { context, page } = await signedIn('editor');
    await openForm(page, projects[1].id);
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
    // Past the field's maxlength as a paste from another program can be: the check still says why.
    await page.evaluate(() => {
      const body = document.querySelector<HTMLTextAreaElement>('#f-translations-it-body')!;
      body.value = 'x'.repeat(20_001);
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('button:has-text("Salva la bozza")');
    expect(posts).toEqual([]);
    expect(await page.textContent('#f-translations-it-body-error')).toBe('Testo troppo lungo: al massimo 20.000 caratteri.');
    await context.close();
  });

  it('restores everything typed after a failed save, and asks before leaving unsaved changes', async () => {
    const [, q] = projects;
    const { context, page } = await signedIn('editor');
    // On a phone the form and its map fit the width (issue #4: mobile from 320 px).
    await page.setViewportSize({ width: 320, height: 640 });
    await openForm(page, q.id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.fill('#f-contractor', 'Impresa mai salvata');
    await page.fill('#f-translations-en-summary', 'Typed and never saved');
    await page.click('button:has-text("Aggiungi una riga di finanziamento")');
    const name = await page.evaluate(() => (document.activeElement as HTMLSelectElement).name);
    const row = name.split('.')[1];
    await page.fill(`[name="funding.${row}.amountCents"]`, '1234.5');
    await page.fill(`[name="funding.${row}.line"]`, 'Capitolo perduto');

    // The connection drops as the form is sent.
    await page.route('**/staff/projects/**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await page.click('button:has-text("Salva la bozza")').catch(() => {});
    await page.waitForTimeout(500);
    await page.unroute('**/staff/projects/**');
    await openForm(page, q.id);
    expect(await page.locator('#restored-notice').count()).toBe(1);
    expect(await page.inputValue('#f-contractor')).toBe('Impresa mai salvata');
    expect(await page.inputValue('#f-translations-en-summary')).toBe('Typed and never saved');
    expect(await page.inputValue(`[name="funding.${row}.amountCents"]`)).toBe('1234.5');
    expect(await page.inputValue(`[name="funding.${row}.line"]`)).toBe('Capitolo perduto');
    expect(await axeViolations(page)).toEqual([]);

    // Unsaved changes: closing the tab asks first (dismissed here, so the tab stays open).
    const asked = new Promise<string>((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    // Discarding goes back to what is saved (the copy lives in this tab's sessionStorage).
    await page.click('button:has-text("Scarta le modifiche ripristinate")');
    expect(await page.inputValue('#f-contractor')).not.toBe('Impresa mai salvata');
    expect(await page.locator(`[name="funding.${row}.line"]`).count()).toBe(0);
    expect(await page.locator('#restored-notice').count()).toBe(0);
    const contractor = (await db.$client.execute({ sql: 'select contractor from projects where id = ?', args: [q.id] })).rows[0].contractor;
    expect(contractor).not.toBe('Impresa mai salvata');
    await context.close();
  }, 180_000);

  it('edits an area in parts on the map, shows one with a hole as typed, and deletes both', async () => {
    const [, q] = projects;
    const { context, page } = await signedIn('editor');
    await openForm(page, q.id);
    // Pixels of the parts' outline colour (#0066cc) in the map: Terra Draw's own colours differ.
    const outlinePixels = async () => {
      const { data, info } = await sharp(await page.locator('.location-editor .canvas-box').screenshot()).raw().toBuffer({ resolveWithObject: true });
      let n = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i] < 40 && data[i + 1] > 80 && data[i + 1] < 130 && data[i + 2] > 180) n++;
      return n;
    };
    const square = (dx: number) => [[[q.lon + dx, q.lat], [q.lon + dx + 0.001, q.lat], [q.lon + dx + 0.001, q.lat + 0.0007], [q.lon + dx, q.lat + 0.0007], [q.lon + dx, q.lat]]];
    const twoParts = JSON.stringify({ type: 'MultiPolygon', coordinates: [square(-0.002), square(0.001)] });
    const before = await outlinePixels();
    // An area in two parts is Terra Draw's to edit, one polygon per part: no read-only outline.
    await page.fill('#f-geometry', twoParts);
    await page.press('#f-geometry', 'Tab');
    await page.waitForFunction(() => document.querySelector('[data-shape]')?.textContent === 'Forma: un’area in 2 parti.');
    expect(await page.isEnabled('.location-editor button:has-text("Modifica la forma")')).toBe(true);
    expect(await page.isEnabled('.location-editor button:has-text("Aggiungi una parte all’area")')).toBe(true);
    await page.waitForTimeout(500);
    expect(await outlinePixels()).toBeLessThanOrEqual(before + 5);
    // Moving the point leaves the typed area as it is.
    await page.fill('#f-lat', (q.lat + 0.0001).toFixed(6));
    await page.press('#f-lat', 'Tab');
    await page.waitForFunction(() => Boolean(document.querySelector('[data-located]')?.textContent));
    expect(await page.inputValue('#f-geometry')).toBe(twoParts);
    // A shape typed over a drawn one replaces it, and the field keeps what was typed.
    const onePart = JSON.stringify({ type: 'Polygon', coordinates: square(0.001) });
    await page.fill('#f-geometry', onePart);
    await page.press('#f-geometry', 'Tab');
    await page.waitForFunction(() => document.querySelector('[data-shape]')?.textContent === 'Forma: un’area con 4 vertici.');
    expect(await page.inputValue('#f-geometry')).toBe(onePart);
    await page.fill('#f-geometry', twoParts);
    await page.press('#f-geometry', 'Tab');
    await page.waitForFunction(() => document.querySelector('[data-shape]')?.textContent === 'Forma: un’area in 2 parti.');
    expect(await page.inputValue('#f-geometry')).toBe(twoParts);

    await page.click('.location-editor button:has-text("Elimina la forma")');
    expect(await page.inputValue('#f-geometry')).toBe('');
    await page.waitForFunction(() => document.querySelector('[data-shape]')?.textContent?.includes('Nessuna forma'));

    // An area with a hole, which Terra Draw cannot edit, is drawn by the editor itself and said so.
    const [outer] = square(-0.002);
    const hole = [[q.lon - 0.0017, q.lat + 0.0002], [q.lon - 0.0013, q.lat + 0.0002], [q.lon - 0.0013, q.lat + 0.0005], [q.lon - 0.0017, q.lat + 0.0005], [q.lon - 0.0017, q.lat + 0.0002]];
    await page.fill('#f-geometry', JSON.stringify({ type: 'Polygon', coordinates: [outer, hole] }));
    await page.press('#f-geometry', 'Tab');
    await page.waitForFunction(() => /area con 4 vertici\..*non si può modificare/.test(document.querySelector('[data-shape]')?.textContent ?? ''));
    await expect.poll(outlinePixels, { timeout: 10_000 }).toBeGreaterThan(before + 40);
    // Deleting it clears the field and the map.
    await page.click('.location-editor button:has-text("Elimina la forma")');
    expect(await page.inputValue('#f-geometry')).toBe('');
    await expect.poll(outlinePixels, { timeout: 10_000 }).toBeLessThanOrEqual(before + 5);
    await page.fill('#f-geometry', JSON.stringify({ type: 'Polygon', coordinates: [outer, hole] }));
    await page.press('#f-geometry', 'Tab');
    await expect.poll(outlinePixels, { timeout: 10_000 }).toBeGreaterThan(before + 40);
    // Without the hole it is Terra Draw's to edit again: the editor's own outline goes.
    await page.fill('#f-geometry', JSON.stringify({ type: 'Polygon', coordinates: [outer] }));
    await page.press('#f-geometry', 'Tab');
    await page.waitForFunction(() => document.querySelector('[data-shape]')?.textContent === 'Forma: un’area con 4 vertici.');
    await expect.poll(outlinePixels, { timeout: 10_000 }).toBeLessThanOrEqual(before + 5);
    expect(await page.isEnabled('.location-editor button:has-text("Modifica la forma")')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('merges a save made meanwhile by someone else, and saving again keeps both changes', async () => {
    const [, q] = projects;
    const anna = await signedIn('editor');
    const bruno = await signedIn('editor');
    await openForm(anna.page, q.id);
    await openForm(bruno.page, q.id);
    await anna.page.fill('#f-contractor', 'Impresa di Anna');
    await anna.page.click('button:has-text("Salva la bozza")');
    await anna.page.waitForURL(/saved=1/);
    await bruno.page.fill('#f-translations-en-title', 'Bruno’s title');
    await bruno.page.click('button:has-text("Salva la bozza")');
    await bruno.page.waitForSelector('#stale');
    // Bruno's copy kept before sending is not put back over the merged form.
    await bruno.page.waitForTimeout(500);
    expect(await bruno.page.inputValue('#f-contractor')).toBe('Impresa di Anna');
    expect(await bruno.page.inputValue('#f-translations-en-title')).toBe('Bruno’s title');
    expect(await bruno.page.locator('#restored-notice').count()).toBe(0);
    expect(await axeViolations(bruno.page)).toEqual([]);
    await bruno.page.click('button:has-text("Salva la bozza")');
    await bruno.page.waitForURL(/saved=1/);
    const snapshot = (await db.$client.execute({ sql: "select snapshot from project_revisions where project_id = ? and state = 'draft' order by id desc limit 1", args: [q.id] })).rows[0].snapshot;
    const saved = JSON.parse(String(snapshot));
    expect(saved.contractor).toBe('Impresa di Anna');
    expect(saved.translations.en.title).toBe('Bruno’s title');
    await Promise.all([anna.context.close(), bruno.context.close()]);
  }, 180_000);

  it('reported no console error (no CSP violation)', () => {
    expect(problems).toEqual([]);
  });
});
