/**
 * The portal's pure pieces (issue #5): hreflang sets, paths, site search, static maps, the
 * content schemas that make a bad project link fail the build, and the sitemap's XML.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alternates } from '../../src/i18n/alternates.ts';
import { localeCodes, locales, localeInfo } from '../../src/i18n/locales.ts';
import { pagePath, switchLocalePath } from '../../src/i18n/localizedPath.ts';
import { pageUrls } from '../../src/i18n/pageUrls.ts';
import { missingKeys } from '../../src/i18n/useTranslations.ts';
import { pickLocale } from '../../src/lib/acceptLanguage.ts';
import { fold, plainText, searchDocuments, searchTerms } from '../../src/lib/searchText.ts';
import { insideNilOutline, staticMap } from '../../src/lib/staticMap.ts';
import { itinerarySchema, opportunitySchema, storySchema } from '../../src/lib/contentSchemas.ts';
import { itineraryFigures } from '../../src/lib/itineraryFigures.ts';
import { jsonLdScript } from '../../src/lib/jsonLd.ts';
import { splitContentId } from '../../src/lib/contentId.ts';
import { factDifferences } from '../../src/lib/contentFacts.ts';
import { sitemapXml } from '../../src/server/sitemapXml.ts';
import { telHref } from '../../src/lib/telHref.ts';

const SITE = 'https://periferie.example.it';

describe('locales', () => {
  it('lists the seven locales of the issue, Italian first, Arabic right to left', () => {
    expect(localeCodes).toEqual(['it', 'en', 'fr', 'es', 'de', 'zh', 'ar']);
    expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    expect(localeInfo('zh').intl).toBe('zh-CN');
  });

  it('has no untranslated UI key in any locale', () => {
    for (const code of localeCodes) expect(missingKeys(code), code).toEqual([]);
  });

  it('has a script that lists untranslated keys for the lead after a merge', () => {
    const run = spawnSync(process.execPath, ['src/i18n/missing-cli.ts', 'fr', 'ar'], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Every locale has every key.');
  });

  it('picks every new locale from Accept-Language', () => {
    expect(pickLocale('zh-CN,zh;q=0.9,en;q=0.5', localeCodes, 'it')).toBe('zh');
    expect(pickLocale('ar-EG', localeCodes, 'it')).toBe('ar');
    expect(pickLocale('de-AT, en;q=0.8', localeCodes, 'it')).toBe('de');
    expect(pickLocale('pt-BR', localeCodes, 'it')).toBe('it');
  });
});

describe('paths and hreflang', () => {
  it('drops the slash prerendering adds, keeping the home page’s', () => {
    expect(pagePath('/en/stories/x/')).toBe('/en/stories/x');
    expect(pagePath('/en/stories')).toBe('/en/stories');
    expect(pagePath('/ar')).toBe('/ar/');
    expect(pagePath('/ar/')).toBe('/ar/');
    expect(switchLocalePath('/it/stories/x', 'zh')).toBe('/zh/stories/x');
  });

  it('gives every member of a set the same set, plus x-default', () => {
    const set = (path: string) => alternates(path, ['it', 'en', 'ar'], SITE).map((a) => `${a.hreflang} ${a.href}`);
    const fromIt = set('/it/stories/x');
    expect(fromIt).toEqual([
      `it ${SITE}/it/stories/x`,
      `en ${SITE}/en/stories/x`,
      `ar ${SITE}/ar/stories/x`,
      `x-default ${SITE}/it/stories/x`,
    ]);
    expect(set('/en/stories/x')).toEqual(fromIt);
    expect(set('/ar/stories/x')).toEqual(fromIt);
  });

  it('sends x-default of a home page to the language picker at /', () => {
    expect(alternates('/fr/', localeCodes, SITE).at(-1)).toEqual({ hreflang: 'x-default', href: `${SITE}/` });
  });

  it('builds absolute page URLs on the configured site, not the request’s host', () => {
    expect(pageUrls(new URL(SITE), new URL('http://127.0.0.1:4321/it/about/'))).toEqual({ site: `${SITE}/`, page: `${SITE}/it/about` });
    expect(pageUrls(undefined, new URL('http://127.0.0.1:4321/ar/')).page).toBe('http://127.0.0.1:4321/ar/');
    // A path that starts with `//` is a path of ours, never another host.
    expect(pageUrls(new URL(SITE), new URL('http://127.0.0.1:4321//evil.example/it/x')).page).toBe(`${SITE}//evil.example/it/x`);
    expect(pageUrls(new URL(SITE), new URL('http://127.0.0.1:4321/it/citt%C3%A0 x')).page).toBe(`${SITE}/it/citt%C3%A0%20x`);
  });

  it('splits content ids into locale and slug', () => {
    expect(splitContentId('zh/via-padova')).toEqual({ locale: 'zh', slug: 'via-padova' });
  });
});

describe('site search', () => {
  const docs = [
    { title: 'Piazza Capuana', description: 'La nuova piazza di Quarto Oggiaro', body: 'Alberi e mercato' },
    { title: 'Città Studi', description: 'Università', body: 'Una piazza piccola' },
    { title: '帕多瓦大街：属于每个人的街道', description: '从洛雷托广场到运河', body: '' },
    { title: 'شارع بادوفا، شارع الجميع', description: '', body: 'حديقة تروتر' },
  ];

  it('folds case and accents', () => {
    expect(fold('Città  STUDI!')).toBe('citta studi');
    expect(searchDocuments(docs, 'citta')).toEqual([docs[1]]);
  });

  it('needs every term and ranks title matches first', () => {
    expect(searchDocuments(docs, 'piazza').map((d) => d.title)).toEqual(['Piazza Capuana', 'Città Studi']);
    expect(searchDocuments(docs, 'piazza mercato')).toEqual([docs[0]]);
    expect(searchDocuments(docs, 'piazza inesistente')).toEqual([]);
  });

  it('finds Chinese and Arabic words inside unspaced or joined text', () => {
    expect(searchDocuments(docs, '帕多瓦')).toEqual([docs[2]]);
    expect(searchDocuments(docs, 'تروتر')).toEqual([docs[3]]);
  });

  it('ignores empty queries and Markdown syntax', () => {
    expect(searchTerms('  ,, ')).toEqual([]);
    expect(searchDocuments(docs, '')).toEqual([]);
    expect(plainText('## Titolo\n[il link](/it/x) **forte**')).not.toMatch(/[#*[\]()]/);
  });
});

describe('static maps', () => {
  it('puts every point inside the drawing and draws the route through them in order', () => {
    const points = [{ lon: 9.218, lat: 45.4878 }, { lon: 9.2224, lat: 45.4908 }, { lon: 9.252, lat: 45.495 }];
    const map = staticMap({ points, nil: [20, 18], route: true });
    for (const m of map.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(map.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(map.height);
    }
    expect(map.highlight).toHaveLength(2);
    expect(map.route).toBe(map.markers.map((m, i) => `${i ? 'L' : 'M'}${m.x} ${m.y}`).join(''));
    // North is up: Parco Lambro (further north than Loreto) is drawn higher.
    expect(map.markers[2].y).toBeLessThan(map.markers[0].y);
  });

  it('knows which NIL a point lies in', () => {
    expect(insideNilOutline(9.1395, 45.513, 76)).toBe(true); // Piazza Capuana, Quarto Oggiaro
    expect(insideNilOutline(9.1395, 45.513, 35)).toBe(false);
  });
});

describe('content schemas', () => {
  const known = new Set(['quarto-oggiaro-piazza-capuana']);
  const story = {
    title: 'Una storia',
    description: 'Descrizione.',
    published: new Date('2026-06-12'),
    neighbourhood: 'Quarto Oggiaro',
    nil: 76,
    projects: ['quarto-oggiaro-piazza-capuana'],
  };

  it('accepts a story linking a published project and reads YAML dates as ISO days', () => {
    expect(storySchema(known).parse(story).published).toBe('2026-06-12');
  });

  it('rejects a link to a project that does not exist, naming it (this fails the build)', () => {
    const result = storySchema(known).safeParse({ ...story, projects: ['no-such-project'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('no-such-project');
  });

  it('rejects an itinerary stop linking an unknown project, and coordinates outside their NIL', () => {
    const stop = (project?: string, lat = 45.513) => ({ name: 'A', text: 'B', at: { lat, lon: 9.1395, nil: 76 }, ...(project ? { project } : {}) });
    const base = { title: 'T', description: 'D', mode: 'walk', distanceKm: 2, hours: 1, start: 'S', projects: [] };
    expect(itinerarySchema(known).safeParse({ ...base, stops: [stop(), stop('quarto-oggiaro-piazza-capuana')] }).success).toBe(true);
    const badLink = itinerarySchema(known).safeParse({ ...base, stops: [stop(), stop('ghost')] });
    expect(badLink.error?.issues.map((i) => i.message).join()).toContain('ghost');
    const badPlace = itinerarySchema(known).safeParse({ ...base, stops: [stop(), stop(undefined, 45.44)] });
    expect(badPlace.error?.issues.map((i) => i.message).join()).toContain('outline of the NIL');
  });

  it('spots a translation whose facts drift from the Italian source', () => {
    const stop = (lat: number) => ({ name: 'x', text: 'y', at: { lat, lon: 9.2, nil: 20 } });
    const source = { title: 'Titolo', mode: 'walk', distanceKm: 4.8, hours: 2.5, projects: ['a'], stops: [stop(45.48), stop(45.49)] };
    expect(factDifferences('itineraries', source, { ...source, title: 'عنوان', stops: [stop(45.48), stop(45.49)] })).toEqual([]);
    expect(factDifferences('itineraries', source, { ...source, stops: [stop(45.48), stop(45.94)] })).toEqual(['stops']);
    expect(factDifferences('itineraries', source, { ...source, hours: 3 })).toEqual(['hours']);
  });

  it('requires an opportunity’s investor facts', () => {
    const result = opportunitySchema(known).safeParse({ title: 'T', description: 'D' });
    const missing = result.error?.issues.map((i) => i.path[0]);
    for (const field of ['areaM2', 'zoning', 'currentUse', 'procedure', 'timeline', 'contact', 'location'])
      expect(missing, field).toContain(field);
  });
});

describe('formatting and markup', () => {
  it('formats itinerary figures through Intl units in each language', () => {
    expect(itineraryFigures({ distanceKm: 4.8, hours: 2.5 }, 'en-GB')).toEqual({ distance: '4.8 km', duration: '2.5 hours' });
    expect(itineraryFigures({ distanceKm: 4.8, hours: 2.5 }, 'it-IT').distance).toBe('4,8 km');
  });

  it('keeps JSON-LD from closing its script element', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdScript({ name: '</x>' }))).toEqual({ name: '</x>' });
  });

  it('writes a sitemap entry per locale with the whole group as alternates', () => {
    const xml = sitemapXml([{ path: '/it/stories/x', locales: ['it', 'en'], lastmod: '2026-11-02T08:00:00Z' }], SITE);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain(`<loc>${SITE}/en/stories/x</loc>`);
    expect(xml).toContain('<lastmod>2026-11-02</lastmod>');
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(2);
    expect(xml).not.toContain('/fr/');
  });
});

describe('telephone links', () => {
  it('dial Milan from abroad: a number without a country code is Italian', () => {
    expect(telHref('02 02 02')).toBe('tel:+39020202');
    expect(telHref('02 8845 1234')).toBe('tel:+390288451234');
    expect(telHref('347 123 4567')).toBe('tel:+393471234567');
    expect(telHref('+39 02 02 02')).toBe('tel:+39020202');
    expect(telHref('0039 (02) 8845-1234')).toBe('tel:+390288451234');
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
  });
});
