/**
 * The accessibility review's back-office fixes in real Chromium: disabling an account, rejecting
 * a report, deleting a project or a worksite notice ask first on a page whose question takes the focus, confirmed
 * or cancelled by keyboard, with JavaScript and without; Cancel goes back to the button. Every
 * new or changed page state passes axe: the questions, the outcomes, a refused save naming a
 * row as its heading does, and the notice of a NIL the point is not in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createDb, type Db } from '../../db/client.ts';
import { recordToForm } from '../../src/lib/recordToForm.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { axeViolations, launchBrowser, webglArgs } from '../helpers/browser.ts';
import { signInThroughPage } from '../helpers/browserSignIn.ts';
import { createStaff, staffClient } from '../helpers/staff.ts';

let browser: Browser;
let db: Db;
const base = () => inject('baseUrl');
const rows = async (sql: string, args: (string | number)[] = []) => (await db.$client.execute({ sql, args })).rows;
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Autofocus happens at the first rendering after load, a moment after `load` itself. */
const focusLandsOn = (page: Page, id: string) => expect.poll(() => focused(page), { timeout: 5_000 }).toBe(id);
const problems: string[] = [];

async function adminPage(javaScriptEnabled = true): Promise<Page & { accountId: number }> {
  const { email, id } = await createStaff(db, 'admin');
  // Signing in takes a script-free page too; the no-JS context signs in the same way.
  const page = await (await browser.newContext({ locale: 'it-IT', javaScriptEnabled })).newPage();
  page.on('console', (msg) => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(msg.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await signInThroughPage(page, base(), email);
  return Object.assign(page, { accountId: id });
}

/** Follows a link or button by keyboard: focus on it, Enter, and wait for the page it leads to. */
async function enter(page: Page, selector: string, url: RegExp) {
  await page.focus(selector);
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
}

/** A published project of Municipio 4 (no other suite edits it) and a new draft copied from it. */
async function newDraft(changes: Record<string, string> = {}) {
  const [source] = await rows("select id, nil_id from projects where publication = 'published' and municipio_id = 4 and parent_id is null and nil_id is not null order by id limit 1");
  const editor = await staffClient(db, 'editor');
  const view = (await editView(db, Number(source.id)))!;
  const created = await editor.post('/staff/projects/new/', 'projects.create', { ...recordToForm(view.record), slug: `conferma-${Date.now()}`, cup: '', 'translations.it.title': 'Progetto da eliminare', ...changes });
  expect(created.status).toBe(303);
  return { id: Number(created.headers.get('location')!.match(/projects\/(\d+)\//)![1]), sourceId: Number(source.id), nilId: Number(source.nil_id) };
}

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  browser = await launchBrowser(webglArgs);
});
afterAll(async () => {
  await browser?.close();
  db.$client.close();
});

describe('disabling an account', () => {
  it('is asked first, focus on the question; cancelled and confirmed by keyboard', async () => {
    const page = await adminPage();
    const [kept, disabled] = [await createStaff(db, 'editor'), await createStaff(db, 'viewer')];
    await page.goto(`${base()}/staff/users/`);
    expect(await axeViolations(page)).toEqual([]);

    await enter(page, `#disable-${kept.id}`, /\/disable\/$/);
    expect(await page.textContent('h1')).toBe(`Disattivare l’account ${kept.email}?`);
    await focusLandsOn(page, 'confirm-question');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('confirm-yes');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('confirm-cancel');
    await Promise.all([page.waitForURL(`${base()}/staff/users/#disable-${kept.id}`), page.keyboard.press('Enter')]);
    // Back where the person was: on the button that led to the question.
    expect(await focused(page)).toBe(`disable-${kept.id}`);
    expect((await rows('select disabled from users where id = ?', [kept.id]))[0].disabled).toBe(0);

    await enter(page, `#disable-${disabled.id}`, /\/disable\/$/);
    await focusLandsOn(page, 'confirm-question');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/\/staff\/users\/\?_action=users\.setDisabled/), page.keyboard.press('Enter')]);
    expect(await page.textContent('#toggle-done')).toBe(`Account ${disabled.email} disattivato.`);
    expect((await rows('select disabled from users where id = ?', [disabled.id]))[0].disabled).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // One's own account is never offered; asked anyway, the page says why and leads back.
    await page.goto(`${base()}/staff/users/${page.accountId}/disable/`);
    await focusLandsOn(page, 'confirm-question');
    expect(await page.locator('#confirm-yes').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("rejecting a resident's report", () => {
  it('works by keyboard without JavaScript, the question read first', async () => {
    const [project] = await rows("select id from projects where publication = 'published' and municipio_id = 4 order by id limit 1");
    const insert = async () => Number((await rows("insert into feedback (project_id, kind, body, locale) values (?, 'delay', 'Il cantiere è fermo da un mese', 'it') returning id", [Number(project.id)]))[0].id);
    const [kept, rejected] = [await insert(), await insert()];
    const page = await adminPage(false);
    await page.goto(`${base()}/staff/feedback/`);
    await enter(page, `#reject-${kept}`, /\/reject\/$/);
    await focusLandsOn(page, 'confirm-question'); // autofocus: no script needed
    expect(await page.textContent('blockquote')).toBe('Il cantiere è fermo da un mese');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(`${base()}/staff/feedback/#reject-${kept}`), page.keyboard.press('Enter')]);
    expect(await focused(page)).toBe(`reject-${kept}`);

    await enter(page, `#reject-${rejected}`, /\/reject\/$/);
    await focusLandsOn(page, 'confirm-question');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('confirm-yes');
    await Promise.all([page.waitForURL(/\/staff\/feedback\/\?_action=moderation\.reject/), page.keyboard.press('Enter')]);
    expect(await page.textContent('#reject-done')).toBe(`Segnalazione n. ${rejected} scartata.`);
    expect((await rows('select state from feedback where id = ?', [kept]))[0].state).toBe('new');
    expect((await rows('select state from feedback where id = ?', [rejected]))[0].state).toBe('rejected');
    await page.context().close();

    // The same states with JavaScript, for axe (itself a script).
    const checked = await adminPage();
    for (const path of ['/staff/feedback/', `/staff/feedback/${kept}/reject/`, `/staff/feedback/${rejected}/reject/`]) {
      await checked.goto(base() + path);
      expect(await axeViolations(checked), path).toEqual([]);
    }
    await checked.goto(`${base()}/staff/feedback/${kept}/reject/`);
    await focusLandsOn(checked, 'confirm-question');
    await checked.keyboard.press('Tab');
    await Promise.all([checked.waitForURL(/_action=moderation\.reject/), checked.keyboard.press('Enter')]);
    expect(await checked.textContent('#reject-done')).toBeTruthy();
    expect(await axeViolations(checked)).toEqual([]);
    await checked.context().close();
  });
});

describe('the project form and workflow', () => {
  it('names a refused row as its heading does, says the NIL notice, and deletes only when confirmed', async () => {
    const [other] = await rows("select id from nil where id <> (select nil_id from projects where publication = 'published' and municipio_id = 4 and parent_id is null and nil_id is not null order by id limit 1) order by id limit 1");
    const draft = await newDraft({ nilId: String(other.id) });
    const hasBoundaries = Number((await rows('select count(*) as n from nil where boundary is not null'))[0].n) > 0;
    const page = await adminPage();
    await page.goto(`${base()}/staff/projects/${draft.id}/`);
    await page.waitForSelector('.location-editor[data-ready]', { timeout: 30_000 });
    if (hasBoundaries) expect(await page.textContent('#nil-mismatch')).toContain('alla pubblicazione il progetto sarà collocato in');
    expect(await axeViolations(page)).toEqual([]);

    // Two funding rows added, the first of them removed again: the second is now the row after
    // the existing ones, whatever its form index. Sent without the browser's own check, as a
    // browser without JavaScript would, so the server's summary answers.
    const existing = await page.locator('fieldset[data-rows="funding"] > .row-block').count();
    await page.click('button:has-text("Aggiungi una riga di finanziamento")');
    const first = (await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).split('.')[1];
    await page.click('button:has-text("Aggiungi una riga di finanziamento")');
    const second = (await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).split('.')[1];
    await page.fill(`[name="funding.${second}.line"]`, 'Capitolo senza importo');
    await page.locator(`fieldset[data-rows="funding"] > .row-block[data-row="${first}"] button:has-text("Togli questa riga")`).click();
    await page.fill('#f-lat', '');
    await Promise.all([page.waitForURL(/_action=projects\.save/), page.evaluate(() => document.querySelector<HTMLFormElement>('form[data-enhance]')!.submit())]);
    const heading = await page.textContent(`#h-funding-${second}`);
    expect(heading).toBe(`Riga ${existing + 1}`);
    expect(await page.textContent('#error-summary')).toContain(`Finanziamenti – ${heading} – Importo (€): Campo obbligatorio.`);
    expect(await page.textContent('#f-lat-error')).toBe('Campo obbligatorio.');
    await focusLandsOn(page, 'error-summary');
    expect(await page.inputValue(`[name="funding.${second}.line"]`)).toBe('Capitolo senza importo');
    expect(await axeViolations(page)).toEqual([]);

    // Delete: asked first; Cancel goes back to the button; confirmed by keyboard.
    await page.goto(`${base()}/staff/projects/${draft.id}/`);
    await enter(page, '#step-delete', /confirm\/\?step=delete$/);
    await focusLandsOn(page, 'confirm-question');
    expect(await page.textContent('h1')).toBe('Eliminare il progetto «Progetto da eliminare»?');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(`${base()}/staff/projects/${draft.id}/#step-delete`), page.keyboard.press('Enter')]);
    expect(await focused(page)).toBe('step-delete');
    await Promise.all([page.waitForURL(/confirm\/\?step=delete$/), page.keyboard.press('Enter')]);
    await focusLandsOn(page, 'confirm-question');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/\/staff\/projects\/\?deleted=1$/), page.keyboard.press('Enter')]);
    expect(await page.textContent('#deleted-done')).toBe('Progetto eliminato.');
    expect(await rows('select id from projects where id = ?', [draft.id])).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Archive asks the same way, and so does deleting a worksite notice.
    await page.goto(`${base()}/staff/projects/${draft.sourceId}/confirm/?step=archive`);
    await focusLandsOn(page, 'confirm-question');
    expect(await axeViolations(page)).toEqual([]);
    const impacts = `${base()}/staff/projects/${draft.sourceId}/impacts/`;
    await page.goto(impacts);
    await page.selectOption('#f-kind', 'noise');
    await page.fill('#f-startsOn', '2026-01-01');
    await page.fill('#f-endsOn', '2099-12-31');
    await page.fill('#f-descriptionIt', 'Martelli pneumatici di notte');
    await Promise.all([page.waitForURL(/_action=moderation\.addImpact/), page.click('button:has-text("Aggiungi")')]);
    const notice = Number((await rows("select id from worksite_impacts where description like '%Martelli pneumatici%'"))[0].id);
    await page.goto(impacts);
    expect(await axeViolations(page)).toEqual([]);
    await enter(page, `#remove-impact-${notice}`, /\/remove\/$/);
    await focusLandsOn(page, 'confirm-question');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/_action=moderation\.removeImpact/), page.keyboard.press('Enter')]);
    expect(await page.textContent('#impact-removed')).toBe('Avviso eliminato.');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 180_000); // the project form draws its location map (WebGL in software)

  it('reported no console error (no CSP violation)', () => {
    expect(problems).toEqual([]);
  });
});
