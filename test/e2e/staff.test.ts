/**
 * The back office in real headless Chromium (issue #4): a person signs in, edits, sends to
 * review; another publishes; the public page shows the change. Every staff page template passes
 * axe, the CSP blocks nothing of ours, and the XSS payloads run no script in a real browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { axeViolations, launchBrowser, webglArgs } from '../helpers/browser.ts';
import { createStaff, PASSWORD, staffClient } from '../helpers/staff.ts';
import { inviteUser } from '../../src/server/auth/invites.ts';
import { answerCodeStep } from '../helpers/secondFactor.ts';
import { withPayloads } from '../helpers/xss.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');
const problems: string[] = [];
const dialogs: string[] = [];
let projects: { id: number; slug: string }[];

async function signedIn(role: 'editor' | 'publisher' | 'admin'): Promise<{ context: BrowserContext; page: Page; email: string }> {
  const { email } = await createStaff(db, role);
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text()); });
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(`${base()}/staff/`);
  await page.waitForURL(/\/staff\/sign-in\//);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]:has-text("Accedi")');
  await answerCodeStep(page, base(), email);
  await page.waitForURL(`${base()}/staff/`);
  return { context, page, email };
}

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  projects = (await db.$client.execute("select id, slug from projects where publication = 'published' and municipio_id = 6 and parent_id is null order by id limit 2")).rows.map((r) => ({ id: Number(r.id), slug: String(r.slug) }));
  browser = await launchBrowser(webglArgs);
});
afterAll(async () => {
  await browser?.close();
  db.$client.close();
});

describe('sign in, edit, review, publish', () => {
  it('shows the change on the public page only after another person publishes it', async () => {
    const [p] = projects;
    const editor = await signedIn('editor');
    await editor.page.goto(`${base()}/staff/projects/${p.id}/`);
    await editor.page.fill('#f-translations-it-summary', 'Sommario cambiato nel browser');
    await editor.page.click('button:has-text("Salva la bozza")');
    await editor.page.waitForURL(/saved=1/);
    expect(await editor.page.textContent('[role=status]')).toContain('Bozza salvata');
    await editor.page.click('button:has-text("Invia in revisione")');
    await editor.page.waitForURL(/done=submit/);
    expect(await editor.page.textContent('#revision-state')).toContain('In revisione');
    expect(await editor.page.locator('button:has-text("Pubblica")').count()).toBe(0);

    const anonymousContext = await browser.newContext();
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto(`${base()}/it/projects/${p.slug}`);
    expect(await anonymous.textContent('main')).not.toContain('Sommario cambiato nel browser');

    const publisher = await signedIn('publisher');
    await publisher.page.goto(`${base()}/staff/projects/${p.id}/`);
    await publisher.page.click('button:has-text("Pubblica")');
    await publisher.page.waitForURL(/done=publish/);
    await anonymous.goto(`${base()}/it/projects/${p.slug}`);
    expect(await anonymous.textContent('main')).toContain('Sommario cambiato nel browser');

    await publisher.page.click('button:has-text("Esci da tutti i dispositivi")');
    await publisher.page.goto(`${base()}/staff/`);
    expect(publisher.page.url()).toContain('/staff/sign-in/');
    await Promise.all([editor.context.close(), publisher.context.close(), anonymousContext.close()]);
  });
});

describe('an invitation link', () => {
  it('lets the invited person set a password in a real browser', async () => {
    // A browser sends `Origin: null` with a form posted from a page whose Referrer-Policy is
    // no-referrer, which the cross-site write check refuses: HTTP clients always send an Origin.
    const { id: admin } = await createStaff(db, 'admin');
    const email = `invited-browser-${Date.now()}@comune.milano.it`;
    const { token } = await inviteUser(db, { email, name: 'Invitata', role: 'editor', municipioId: null }, admin);
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(`${base()}/staff/invite/${token}`);
    await page.fill('#password', 'una password lunga e nuova');
    await page.fill('#confirm', 'una password lunga e nuova');
    await page.click('button[type=submit]');
    await page.waitForLoadState();
    expect(await page.locator('.notice.success').count(), await page.locator('body').innerText()).toBe(1);
    await context.close();
  });
});

describe('staff page templates', () => {
  it('have no axe violation', async () => {
    const admin = await signedIn('admin');
    const [, q] = projects;
    // A second revision, so the comparison page has something to show.
    const client = await staffClient(db, 'editor');
    const view = (await editView(db, q.id))!;
    await client.post(`/staff/projects/${q.id}/`, 'projects.save', { ...recordToForm(view.record), projectId: String(q.id), version: String(view.project.version), contractor: 'Impresa Axe' });
    // The first test published projects[0]: it has a superseded and a published revision.
    const revisions = (await db.$client.execute({ sql: 'select id from project_revisions where project_id = ? order by id', args: [projects[0].id] })).rows.map((r) => Number(r.id));
    expect(revisions.length).toBeGreaterThan(1);
    const invite = await admin.page.request.get(`${base()}/staff/users/`); // warms the page
    expect(invite.status()).toBe(200);
    const templates = [
      '/staff/', '/staff/projects/', '/staff/projects/?page=2&open=nope', '/staff/projects/new/', `/staff/projects/${q.id}/`, `/staff/projects/${q.id}/preview/`,
      `/staff/projects/${projects[0].id}/compare/?a=${revisions[0]}&b=${revisions.at(-1)}`,
      '/staff/users/', '/staff/audit/', '/staff/invite/not-a-valid-token', '/staff/forbidden/',
    ];
    for (const path of templates) {
      await admin.page.goto(base() + path);
      expect(await admin.page.locator('h1').count(), path).toBe(1);
      expect(await axeViolations(admin.page), path).toEqual([]);
    }
    // Sending back: the note's field, the note refused (spaces pass the browser's own check),
    // then shown above the author's form. The draft ends as a draft again for the XSS test below.
    const version = async () => String((await editView(db, q.id))!.project.version);
    expect((await client.post(`/staff/projects/${q.id}/`, 'projects.step', { projectId: String(q.id), version: await version(), step: 'submit' })).status).toBe(303);
    await admin.page.goto(`${base()}/staff/projects/${q.id}/`);
    expect(await axeViolations(admin.page), 'in review').toEqual([]);
    await admin.page.fill('#f-note', '   ');
    await Promise.all([admin.page.waitForLoadState(), admin.page.click('#step-return')]);
    expect(await admin.page.textContent('#f-note-error')).toContain('Scrivi cosa va cambiato');
    expect(await axeViolations(admin.page), 'note refused').toEqual([]);
    await admin.page.fill('#f-note', 'Manca la foto del cantiere.');
    await Promise.all([admin.page.waitForURL(/done=return/), admin.page.click('#step-return')]);
    expect(await admin.page.textContent('#sent-back')).toContain('Manca la foto del cantiere.');
    expect(await axeViolations(admin.page), 'sent back').toEqual([]);
    // A form refused with errors, in English.
    await admin.page.selectOption('#staff-lang', 'en');
    await admin.page.click('button:has-text("Cambia lingua")');
    await admin.page.goto(`${base()}/staff/projects/new/`);
    await admin.page.click('button:has-text("Create the draft")');
    expect(await admin.page.textContent('#error-summary')).toContain('This field is required.');
    expect(await axeViolations(admin.page)).toEqual([]);
    const anonContext = await browser.newContext();
    const anon = await anonContext.newPage();
    await anon.goto(`${base()}/staff/sign-in/`);
    expect(await axeViolations(anon)).toEqual([]);
    await anon.click('#forgot-password');
    await anon.waitForURL(`${base()}/staff/sign-in/reset/`);
    expect(await axeViolations(anon), 'reset').toEqual([]);
    await anonContext.close();
    await admin.context.close();
  }, 180_000); // the project form pages draw their location map (WebGL in software)

  it('reported no console error (no CSP violation) and opened no dialog', () => {
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

describe('XSS payloads in a real browser', () => {
  it('run no script on the public and staff pages', async () => {
    const p = projects[1];
    const editor = await staffClient(db, 'editor');
    const view = (await editView(db, p.id))!;
    const saved = await editor.post(`/staff/projects/${p.id}/`, 'projects.save', withPayloads({ ...recordToForm(view.record), projectId: String(p.id), version: String(view.project.version) }));
    expect(saved.status).toBe(303);
    const admin = await signedIn('admin');
    for (const path of [`/staff/projects/${p.id}/`, `/staff/projects/${p.id}/preview/`, '/staff/projects/']) {
      await admin.page.goto(base() + path);
      expect(await admin.page.locator('img[src="x"], iframe').count(), path).toBe(0);
      // Inline scripts are Astro's own island loaders (hashed by the CSP); none may carry a payload.
      const inline = await admin.page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(inline.filter((code) => /alert\(|xss\d/.test(code)), path).toEqual([]);
    }
    expect(dialogs).toEqual([]);
    await admin.context.close();
  });
});
