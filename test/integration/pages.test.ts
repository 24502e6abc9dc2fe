/**
 * Every public page template against the running server, and every list filter checked
 * against a direct SQL count over the same database the server uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories } from '../../src/lib/vocabulary.ts';
import { inject } from 'vitest';
import { createDb, type Db } from '../../db/client.ts';
import { cardSlugs, get, totalOf } from '../helpers/http.ts';
import { changedBehindServer } from '../helpers/db.ts';

let db: Db;
const scalar = async (sql: string, args: (string | number)[] = []) =>
  Number(Object.values((await db.$client.execute({ sql, args })).rows[0])[0]);

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
});
afterAll(() => db.$client.close());

describe('health and entry', () => {
  it('answers /healthz with ok', async () => {
    const { status, html, headers } = await get('/healthz');
    expect(status).toBe(200);
    expect(JSON.parse(html)).toEqual({ ok: true });
    expect(headers.get('content-type')).toContain('application/json');
  });

  it('redirects / to the reader’s language', async () => {
    expect((await get('/', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })).headers.get('location')).toBe('/en/');
    expect((await get('/', { headers: { 'Accept-Language': 'pt-BR' } })).headers.get('location')).toBe('/it/');
  });

  it('answers an unknown page with a localized 404', async () => {
    const it404 = await get('/it/projects/non-esiste');
    expect(it404.status).toBe(404);
    expect(it404.html).toContain('Pagina non trovata');
    const en404 = await get('/en/nowhere');
    expect(en404.status).toBe(404);
    expect(en404.html).toContain('Page not found');
    expect((await get('/xx/projects')).status).toBe(404);
    // A project, neighbourhood or Municipio that is not there: the reader stays in their language.
    for (const [path, lang, text] of [['/en/projects/nope', 'en', 'Page not found'], ['/ar/nil/nope', 'ar', 'الصفحة غير موجودة'], ['/de/municipi/10', 'de', '']] as const) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.html, path).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
      if (text) expect(missing.html, path).toContain(text);
      expect(missing.html, path).toContain(`href="/${lang}/projects"`);
      expect(missing.html, path).not.toContain('/404');
    }
  });
});

describe('home', () => {
  it('shows headline figures equal to the database', async () => {
    const { status, html } = await get('/it/');
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="it" dir="ltr"[ >]/);
    const published = await scalar("select count(*) from projects where publication = 'published'");
    expect(html).toContain(`<strong>${published}</strong> <span>progetti pubblicati</span>`);
    // Open sites are works: a programme in progress is not a site of its own (issue #8).
    const underway = await scalar(
      "select count(*) from projects p where publication = 'published' and status = 'works' and not exists (select 1 from projects c where c.parent_id = p.id and c.publication = 'published')",
    );
    expect(html).toContain(`<strong>${underway}</strong> <span>cantieri aperti</span>`);
  });

  it('leads a resident to their neighbourhood from the first screen', async () => {
    const { html } = await get('/it/');
    const hero = html.match(/<div class="hero"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(hero).toMatch(/<nav class="area-links"[^>]*aria-label="Il tuo quartiere"/);
    expect(hero).toMatch(/href="\/it\/near-me"[^>]*>Cosa si fa vicino a me\?<\/a>/);
    expect(hero).toMatch(/href="\/it\/nil"[^>]*>Tutti i quartieri<\/a>/);
  });

  it('is served in English', async () => {
    const { html } = await get('/en/');
    expect(html).toMatch(/<html lang="en" dir="ltr"[ >]/);
    expect(html).toContain('published projects');
  });
});

describe('project list filters', () => {
  const published = "publication = 'published'";
  const cases: [string, string, (string | number)[]][] = [
    ['municipio=8', `${published} and municipio_id = ?`, [8]],
    ['municipio=4', `${published} and municipio_id = ?`, [4]],
    ['category=green', `${published} and category = ?`, ['green']],
    ['category=school', `${published} and category = ?`, ['school']],
    ['status=underway', `${published} and status = 'works'`, []],
    ['status=preparing', `${published} and status in ('design', 'tendering')`, []],
    ['status=open', `${published} and status = 'in_use'`, []],
    ['funding=pnrr', `${published} and exists (select 1 from funding f where f.project_id = projects.id and f.source = ?)`, ['pnrr']],
    ['funding=pinqua', `${published} and exists (select 1 from funding f where f.project_id = projects.id and f.source = ?)`, ['pinqua']],
    [
      'municipio=8&category=public_housing',
      `${published} and municipio_id = 8 and category = 'public_housing'`,
      [],
    ],
  ];

  it.each(cases)('%s matches SQL', async (query, where, args) => {
    const expected = await scalar(`select count(*) from projects where ${where}`, args);
    const { status, html } = await get(`/it/projects?${query}`);
    expect(status).toBe(200);
    expect(totalOf(html)).toBe(expected);
  });

  it('filters by NIL', async () => {
    const nilId = await scalar(`select nil_id from projects where ${published} group by nil_id order by count(*) desc limit 1`);
    const expected = await scalar(`select count(*) from projects where ${published} and nil_id = ?`, [nilId]);
    expect(expected).toBeGreaterThan(1);
    expect(totalOf((await get(`/it/projects?nil=${nilId}`)).html)).toBe(expected);
  });

  it('finds projects by free text, accents and case ignored', async () => {
    const row = (await db.$client.execute(
      "select t.title, p.slug from project_translations t join projects p on p.id = t.project_id where t.locale = 'it' and p.publication = 'published' order by p.id limit 1",
    )).rows[0];
    const word = String(row.title).split(/\s+/).find((w) => w.length > 5)!;
    const { html } = await get(`/it/projects?q=${encodeURIComponent(word.toUpperCase())}`);
    expect(totalOf(html)).toBeGreaterThan(0);
    expect(cardSlugs(html)).toContain(String(row.slug));
    expect(totalOf((await get('/it/projects?q=zzzqqqxxx')).html)).toBe(0);
  });

  it('keeps every filter in the URL and in the form', async () => {
    const { html } = await get('/it/projects?municipio=8&category=green&sort=title');
    expect(html).toMatch(/<option value="8" selected/);
    expect(html).toMatch(/<option value="green" selected/);
    expect(html).toMatch(/<option value="title" selected/);
  });

  it('sorts by title and by budget', async () => {
    const byTitle = cardSlugs((await get('/it/projects?sort=title')).html);
    const titles = (await db.$client.execute(
      "select p.slug from projects p join project_translations t on t.project_id = p.id and t.locale = 'it' where p.publication = 'published' order by t.title collate nocase, p.id limit 20",
    )).rows.map((r) => String(r.slug));
    expect(byTitle).toEqual(titles);
    const byBudget = cardSlugs((await get('/it/projects?sort=budget')).html);
    const budgets = (await db.$client.execute(
      "select slug from projects where publication = 'published' order by budget_current_cents desc nulls last, id limit 20",
    )).rows.map((r) => String(r.slug));
    expect(byBudget).toEqual(budgets);
  });

  it('paginates 20 per page with links that keep the filters', async () => {
    const total = await scalar(`select count(*) from projects where ${published}`);
    const first = await get('/it/projects?sort=title');
    expect(cardSlugs(first.html)).toHaveLength(Math.min(20, total));
    expect(first.html).toContain('href="/it/projects?sort=title&amp;page=2"');
    const second = await get('/it/projects?sort=title&page=2');
    expect(cardSlugs(second.html).length).toBe(Math.min(20, total - 20));
    expect(cardSlugs(second.html)).not.toContain(cardSlugs(first.html)[0]);
  });

  it('ignores an invalid filter and says so instead of failing', async () => {
    const { status, html } = await get('/it/projects?municipio=99&category=%3Cscript%3E');
    expect(status).toBe(200);
    expect(html).toContain('Alcuni filtri non erano validi');
    expect(html).not.toContain('<script>');
    expect(totalOf(html)).toBe(await scalar(`select count(*) from projects where ${published}`));
  });

  it('shows no draft, in-review or archived project', async () => {
    const hidden = (await db.$client.execute("select slug from projects where publication != 'published'")).rows.map((r) => String(r.slug));
    expect(hidden.length).toBeGreaterThan(0);
    const { html } = await get('/it/projects?page=1');
    for (const slug of hidden) {
      expect(html).not.toContain(`/projects/${slug}"`);
      expect((await get(`/it/projects/${slug}`)).status).toBe(404);
    }
  });
});

describe('project page', () => {
  async function delayedProject() {
    return (await db.$client.execute(`
      select p.slug, p.id, p.budget_current_cents, p.end_baseline, p.end_current
      from projects p where p.publication = 'published' and p.end_current > p.end_baseline
        and exists (select 1 from project_changes c where c.project_id = p.id and c.field = 'end')
        and exists (select 1 from milestones m where m.project_id = p.id)
        and exists (select 1 from funding f where f.project_id = p.id)
      order by p.id limit 1`)).rows[0];
  }

  it('shows status, progress, baseline vs current with the reasons, funding, milestones, contact and last check', async () => {
    const p = await delayedProject();
    const { status, html } = await get(`/it/projects/${p.slug}`);
    expect(status).toBe(200);
    expect(html).toMatch(/class="badge status-\w+"/);
    expect(html).toMatch(/<progress id="project-progress" max="100" value="\d+"/);
    expect(html).toContain('Previsione iniziale');
    expect(html).toMatch(/giorni di ritardo sulla previsione iniziale/);
    const reason = (await db.$client.execute({ sql: "select reason from project_changes where project_id = ? and field = 'end'", args: [p.id] })).rows[0];
    expect(html).toContain(JSON.parse(String(reason.reason)).it.replace(/'/g, '&#39;'));
    const milestone = (await db.$client.execute({ sql: 'select title from milestones where project_id = ? limit 1', args: [p.id] })).rows[0];
    expect(html).toContain(JSON.parse(String(milestone.title)).it.replace(/'/g, '&#39;'));
    expect(html).toContain('Chi lo finanzia');
    expect(html).toContain('Ultima verifica dei dati');
    expect(html).toContain('mailto:');
  });

  it('shows English text in English and Italian with a notice where untranslated', async () => {
    const p = await delayedProject();
    const en = (await db.$client.execute({ sql: "select title from project_translations where project_id = ? and locale = 'en'", args: [p.id] })).rows[0];
    const english = await get(`/en/projects/${p.slug}`);
    expect(english.html).toContain(String(en.title).replace(/'/g, '&#39;'));
    expect(english.html).not.toContain('has not been translated');
    await db.$client.execute({ sql: "delete from project_translations where project_id = ? and locale = 'en'", args: [p.id] });
    await changedBehindServer(db);
    try {
      const fallback = await get(`/en/projects/${p.slug}`);
      expect(fallback.html).toContain('This text has not been translated yet');
      expect(fallback.html).toMatch(/<h1 lang="it">/);
    } finally {
      await db.$client.execute({
        sql: "insert into project_translations (project_id, locale, title, summary, body) values (?, 'en', ?, '', '')",
        args: [p.id, en.title],
      });
      await changedBehindServer(db);
    }
  });

  it('shows a programme’s progress as the budget-weighted mean of its works', async () => {
    const parent = (await db.$client.execute(
      "select p.id, p.slug from projects p where publication = 'published' and exists (select 1 from projects c where c.parent_id = p.id) limit 1",
    )).rows[0];
    const children = (await db.$client.execute({
      sql: "select progress, budget_current_cents b from projects where parent_id = ? and publication = 'published'",
      args: [parent.id],
    })).rows;
    const weight = children.reduce((s, c) => s + Math.max(Number(c.b ?? 0), 1), 0);
    const expected = Math.round(children.reduce((s, c) => s + Math.max(Number(c.b ?? 0), 1) * Number(c.progress), 0) / weight);
    const { html } = await get(`/it/projects/${parent.slug}`);
    expect(html).toContain(`<progress id="project-progress" max="100" value="${expected}"`);
    expect(html).toContain('Interventi del programma');
  });

  it('shows a change in the database on the next request', async () => {
    const p = await delayedProject();
    const marker = `Titolo cambiato ${Date.now()}`;
    const before = (await db.$client.execute({ sql: "select title from project_translations where project_id = ? and locale = 'it'", args: [p.id] })).rows[0];
    await db.$client.execute({ sql: "update project_translations set title = ? where project_id = ? and locale = 'it'", args: [marker, p.id] });
    await changedBehindServer(db);
    try {
      expect((await get(`/it/projects/${p.slug}`)).html).toContain(marker);
      expect((await get(`/it/projects?q=${encodeURIComponent(marker)}`)).html).toContain(marker);
    } finally {
      await db.$client.execute({ sql: "update project_translations set title = ? where project_id = ? and locale = 'it'", args: [before.title, p.id] });
      await changedBehindServer(db);
    }
  });
});

describe('untranslated text', () => {
  it('is marked "in Italian" on project cards, and announced on a page shown in Italian', async () => {
    const { html } = await get('/de/projects');
    const cards = html.split('<article class="card').slice(1);
    const italian = cards.filter((c) => /<h3><a [^>]*lang="it"/.test(c));
    expect(italian.length).toBeGreaterThan(0);
    for (const card of italian) expect(card).toContain('auf Italienisch');
    for (const card of cards.filter((c) => !italian.includes(c))) expect(card).not.toContain('auf Italienisch');
    expect((await get('/de/news/goccia-avviso-in-arrivo')).html).toContain('Diese Seite ist noch nicht in Ihre Sprache übersetzt');
    expect((await get('/de/open-data')).html).not.toContain('Diese Seite ist noch nicht in Ihre Sprache übersetzt'); // written in German
    // Photos' alt text and captions in Italian say so, for screen readers (WCAG 3.1.2).
    const photos = (await get('/de/projects/san-siro-piazzale-selinunte')).html;
    const gallery = photos.match(/<ul class="gallery"[\s\S]*?<\/ul>/)?.[0] ?? '';
    const imgs = [...gallery.matchAll(/<img [^>]*>/g)];
    expect(imgs.length).toBeGreaterThan(0);
    for (const [tag] of imgs) expect(tag).toContain('lang="it"');
    expect((await get('/en/open-data')).html).not.toContain('This text has not been translated yet');
  });
});

describe('area pages', () => {
  it('lists a Municipio’s NIL and projects', async () => {
    const expected = await scalar("select count(*) from projects where publication = 'published' and municipio_id = 6");
    const { status, html } = await get('/it/municipi/6');
    expect(status).toBe(200);
    expect(html).toContain('<h1>Municipio 6</h1>');
    expect(totalOf(html)).toBe(expected);
    expect(html).toContain('href="/it/nil/giambellino"');
    expect((await get('/it/municipi/10')).status).toBe(404);
    expect((await get('/it/municipi/abc')).status).toBe(404);
  });

  it('offers only the Municipio’s own NIL as a filter, and says when a filter matches nothing', async () => {
    const own = (await db.$client.execute('select id from nil where municipio_id = 6 order by id')).rows.map((r) => String(r.id));
    const { html } = await get('/it/municipi/6');
    const select = html.match(/<select[^>]*name="nil"[\s\S]*?<\/select>/)![0];
    const offered = [...select.matchAll(/<option value="(\d+)"/g)].map((m) => m[1]);
    expect(offered.sort()).toEqual(own.sort());
    // Filters that match nothing are not "no project here yet".
    const absent = (await db.$client.execute(
      "select value from json_each(?) where value not in (select category from projects where publication = 'published' and municipio_id = 6) limit 1",
      [JSON.stringify(categories)],
    )).rows[0].value;
    const none = await get(`/it/municipi/6?category=${absent}`);
    expect(none.html).toContain('Nessun progetto corrisponde ai filtri scelti.');
    expect(none.html).not.toContain('Nessun progetto pubblicato in quest’area per ora.');
  });

  it('lists a NIL’s projects, filterable', async () => {
    const nil = (await db.$client.execute(
      "select n.id, n.slug, n.name from nil n join projects p on p.nil_id = n.id where p.publication = 'published' group by n.id order by count(*) desc limit 1",
    )).rows[0];
    const expected = await scalar("select count(*) from projects where publication = 'published' and nil_id = ?", [Number(nil.id)]);
    const { status, html } = await get(`/en/nil/${nil.slug}`);
    expect(status).toBe(200);
    expect(html).toContain(String(nil.name).replace(/'/g, '&#39;'));
    expect(totalOf(html)).toBe(expected);
    const category = (await db.$client.execute({ sql: "select category from projects where nil_id = ? and publication = 'published' limit 1", args: [Number(nil.id)] })).rows[0].category;
    const filtered = await scalar("select count(*) from projects where publication = 'published' and nil_id = ? and category = ?", [Number(nil.id), String(category)]);
    expect(totalOf((await get(`/en/nil/${nil.slug}?category=${category}`)).html)).toBe(filtered);
    expect((await get('/en/nil/does-not-exist')).status).toBe(404);
  });

  it('indexes the 9 Municipi and the NIL', async () => {
    const municipi = await get('/it/municipi');
    for (let n = 1; n <= 9; n++) expect(municipi.html).toContain(`href="/it/municipi/${n}"`);
    const nil = await get('/it/nil');
    expect((nil.html.match(/href="\/it\/nil\/[^"]+"/g) ?? []).length).toBe(await scalar('select count(*) from nil'));
  });
});
