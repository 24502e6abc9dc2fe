/**
 * The multilingual portal against the running server (issue #5): every locale's pages carry the
 * right lang, dir and reciprocal hreflang; untranslated content falls back visibly; marketing
 * pages ship no JavaScript; JSON-LD, sitemap, robots.txt and search behave.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb } from '../../db/client.ts';
import { locales } from '../../src/i18n/locales.ts';
import { get } from '../helpers/http.ts';
import { hreflangSet, htmlLangDir, jsonLd } from '../helpers/html.ts';

/** One page of each kind that exists in all seven locales (the minimum the issue asks for). */
const everywhere = [
  '/',
  '/stories',
  '/opportunities',
  '/itineraries',
  '/news',
  '/stories/via-padova-la-strada-di-tutti',
  '/opportunities/bovisa-edifici-della-goccia',
  '/itineraries/da-nolo-alla-martesana',
  '/about',
];

describe('every locale', () => {
  for (const { code, dir } of locales) {
    it(`${code}: home and one page of each content type have lang="${code}" dir="${dir}" and reciprocal hreflang`, async () => {
      for (const page of everywhere) {
        const path = `/${code}${page}`;
        const { status, html } = await get(path);
        expect(status, path).toBe(200);
        expect(htmlLangDir(html), path).toEqual({ lang: code, dir });
        const set = hreflangSet(html);
        expect(set, path).toContain(`${code} ${path}`);
        expect(set.filter((l) => l.startsWith('x-default')), path).toHaveLength(1);
        expect(set, path).toHaveLength(locales.length + 1);
        // Reciprocal: every alternate names the very same set.
        for (const entry of set.filter((l) => !l.startsWith('x-default'))) {
          const other = entry.split(' ')[1];
          expect(hreflangSet((await get(other)).html), `${other} from ${path}`).toEqual(set);
        }
      }
    });
  }
});

describe('news, written in Italian and English only', () => {
  for (const { code, dir } of locales)
    it(`${code}: has the right lang and dir, and hreflang only where translated`, async () => {
      const { status, html } = await get(`/${code}/news/gabrio-rosa-lavori-finiti`);
      expect(status).toBe(200);
      expect(htmlLangDir(html)).toEqual({ lang: code, dir });
      const expected = ['en /en/news/gabrio-rosa-lavori-finiti', 'it /it/news/gabrio-rosa-lavori-finiti', 'x-default /it/news/gabrio-rosa-lavori-finiti'];
      expect(hreflangSet(html)).toEqual(code === 'it' || code === 'en' ? expected : []);
    });
});

describe('untranslated content', () => {
  it('is served in Italian under the reader’s interface, marked, noindexed and out of hreflang', async () => {
    const { status, html } = await get('/ar/news/goccia-avviso-in-arrivo');
    expect(status).toBe(200);
    expect(htmlLangDir(html)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(html).toContain('<h1 lang="it">Bovisa, in arrivo l&#39;avviso per gli edifici della Goccia</h1>');
    expect(html).toContain('هذه الصفحة لم تُترجم بعد إلى لغتك');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(hreflangSet(html)).toEqual([]);
    // The translated versions list only themselves.
    expect(hreflangSet((await get('/it/news/goccia-avviso-in-arrivo')).html)).toEqual([
      'en /en/news/goccia-avviso-in-arrivo',
      'it /it/news/goccia-avviso-in-arrivo',
      'x-default /it/news/goccia-avviso-in-arrivo',
    ]);
  });

  it('shows the list of a section with untranslated entries marked "in Italian"', async () => {
    const { html } = await get('/de/news');
    expect(html).toMatch(/lang="it">Periferie Milano ora parla sette lingue/);
    expect(html).toContain('auf Italienisch');
    // Every story is written in German: none is marked.
    const stories = (await get('/de/stories')).html;
    expect(stories).toContain('Via Padova, die Straße für alle');
    expect(stories).not.toContain('auf Italienisch');
  });
});

describe('project text in the new locales', () => {
  it('falls back to Italian with a notice in the reader’s language and lang="it"', async () => {
    const db = await createDb(inject('databaseUrl'));
    const slug = String((await db.$client.execute("select slug from projects where publication = 'published' order by id limit 1")).rows[0].slug);
    db.$client.close();
    const notices: Record<string, string> = {
      fr: 'Ce texte n’a pas encore été traduit',
      es: 'Este texto aún no se ha traducido',
      de: 'Dieser Text ist noch nicht übersetzt',
      zh: '此文本尚未翻译',
      ar: 'هذا النص لم يُترجم بعد',
    };
    for (const [code, notice] of Object.entries(notices)) {
      const { status, html } = await get(`/${code}/projects/${slug}`);
      expect(status, code).toBe(200);
      expect(html, code).toContain(notice);
      expect(html, code).toMatch(/<h1 lang="it">[^<]+<\/h1>/);
    }
    // English is written by staff: no notice there.
    expect((await get(`/en/projects/${slug}`)).html).not.toContain('has not been translated');
  });
});

describe('entry and language switching', () => {
  it('redirects / to each new locale from Accept-Language', async () => {
    for (const [header, to] of [['de-DE,de;q=0.9', '/de/'], ['zh-CN', '/zh/'], ['ar-MA,fr;q=0.5', '/ar/'], ['pt-BR', '/it/']]) {
      const { status, headers } = await get('/', { headers: { 'Accept-Language': header } });
      expect(status).toBe(302);
      expect(headers.get('location'), header).toBe(to);
    }
  });

  it('offers the same page in all other languages from the switcher', async () => {
    const { html } = await get('/it/opportunities/bovisa-edifici-della-goccia');
    for (const { code } of locales.filter((l) => l.code !== 'it'))
      expect(html).toContain(`href="/${code}/opportunities/bovisa-edifici-della-goccia" hreflang="${code}" lang="${code}"`);
    const list = await get('/it/projects?municipio=8');
    expect(list.html).toContain('href="/ar/projects?municipio=8"');
  });
});

describe('search and sharing', () => {
  it('gives every page a title, description, canonical, Open Graph and Twitter card', async () => {
    const { html } = await get('/en/stories/via-padova-la-strada-di-tutti');
    expect(html).toMatch(/<title>Via Padova, everybody(&#39;|')s street · Periferie Milano<\/title>/);
    expect(html).toMatch(/<meta name="description" content="Four kilometres/);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/en\/stories\/via-padova-la-strada-di-tutti">/);
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og-default\.png">/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect((await get('/og-default.png')).status).toBe(200);
  });

  it('describes the site, opportunities and itineraries in schema.org JSON-LD', async () => {
    const home = jsonLd((await get('/it/')).html);
    expect(home.map((d) => d['@type'])).toContain('GovernmentOrganization');
    const place = jsonLd((await get('/en/opportunities/quarto-oggiaro-ex-bocciofila-via-lopez')).html).find((d) => d['@type'] === 'Place')!;
    expect(place.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 45.511, longitude: 9.1335 });
    // The Italian page writes the number as Italians dial it; its link works from abroad too.
    expect((await get('/it/opportunities/quarto-oggiaro-ex-bocciofila-via-lopez')).html).toContain('<a href="tel:+39020202">02 02 02</a>');
    const tripPage = (await get('/it/itineraries/giambellino-a-piedi')).html;
    const trip = jsonLd(tripPage).find((d) => d['@type'] === 'TouristTrip')!;
    expect(tripPage).toContain(`<link rel="canonical" href="${trip.url}">`);
    expect(trip.url).toMatch(/\/it\/itineraries\/giambellino-a-piedi$/);
    expect(trip.itinerary.itemListElement.map((i: any) => i.position)).toEqual([1, 2, 3, 4, 5]);
    expect(trip.inLanguage).toBe('it');
    // A project's id is its canonical address too, not the address the request came in on.
    const projectPage = (await get('/en/projects/biblioteca-sormani-senza-barriere?from=share')).html;
    const project = jsonLd(projectPage).find((d) => d['@type'] === 'Project')!;
    expect(projectPage).toContain(`<link rel="canonical" href="${project['@id']}">`);
    expect(project.url).toBe(project['@id']);
  });

  it('ships no JavaScript on prerendered marketing pages (their maps are SVG)', async () => {
    for (const path of ['/it/stories/giambellino-case-scuola-mercato', '/ar/opportunities/bovisa-edifici-della-goccia', '/zh/itineraries/da-nolo-alla-martesana', '/it/about']) {
      const { html } = await get(path);
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      expect(scripts.every((attrs) => attrs.includes('application/ld+json')), path).toBe(true);
    }
    expect((await get('/zh/itineraries/da-nolo-alla-martesana')).html).toMatch(/<svg viewBox="0 0 640 \d+"[^>]*role="img"/);
  });

  it('lists database and content pages with alternates in /sitemap.xml, named by robots.txt', async () => {
    const robots = await get('/robots.txt');
    expect(robots.html).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    const { status, html, headers } = await get('/sitemap.xml');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/xml');
    const db = await createDb(inject('databaseUrl'));
    const slugs = (await db.$client.execute("select slug from projects where publication = 'published'")).rows.map((r) => String(r.slug));
    const drafts = (await db.$client.execute("select slug from projects where publication <> 'published'")).rows.map((r) => String(r.slug));
    db.$client.close();
    for (const slug of slugs) for (const { code } of locales) expect(html).toContain(`/${code}/projects/${slug}</loc>`);
    for (const slug of drafts) expect(html).not.toContain(`/projects/${slug}<`);
    expect(html).toContain('/zh/stories/via-padova-la-strada-di-tutti</loc>');
    // Untranslated news is served in Italian under /zh/, noindexed, so not listed there.
    expect(html).toContain('/en/news/goccia-avviso-in-arrivo</loc>');
    expect(html).not.toContain('/zh/news/goccia-avviso-in-arrivo</loc>');
    expect(html).toMatch(/<xhtml:link rel="alternate" hreflang="ar" href="[^"]+\/ar\/itineraries\/da-nolo-alla-martesana"\/>/);
  });

  it('answers every sitemap URL with 200', async () => {
    const { html } = await get('/sitemap.xml');
    const paths = [...html.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(paths.length).toBeGreaterThan(500);
    const failures: string[] = [];
    for (let i = 0; i < paths.length; i += 8)
      await Promise.all(paths.slice(i, i + 8).map(async (p) => {
        const { status } = await get(p);
        if (status !== 200) failures.push(`${status} ${p}`);
      }));
    expect(failures).toEqual([]);
  });
});

describe('site search', () => {
  it('merges content and projects in the reader’s language, without JavaScript', async () => {
    const { status, html } = await get('/it/search?q=piazza');
    expect(status).toBe(200);
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain('href="/it/stories/quarto-oggiaro-una-piazza-al-centro"');
    expect(html).toContain('href="/it/projects/quarto-oggiaro-piazza-capuana"');
  });

  it('finds Chinese and Arabic content in those languages', async () => {
    expect((await get(`/zh/search?q=${encodeURIComponent('帕多瓦')}`)).html).toContain('href="/zh/stories/via-padova-la-strada-di-tutti"');
    expect((await get(`/ar/search?q=${encodeURIComponent('بادوفا')}`)).html).toContain('href="/ar/itineraries/da-nolo-alla-martesana"');
  });

  it('counts projects like the project list’s own full-text filter', async () => {
    const search = await get('/en/search?q=parco');
    const list = await get('/en/projects?q=parco');
    const total = Number(list.html.match(/data-total="(\d+)"/)![1]);
    expect(total).toBeGreaterThan(0);
    expect(search.html).toContain(total === 1 ? '1 result' : `${total} results`);
  });
});
