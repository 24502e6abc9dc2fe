import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { deriveProjectAreas, ImportError, importAreas } from '../../db/import/areas.ts';
import { municipi, nil, projects } from '../../db/schema.ts';
import { locate, parseBoundaries } from '../../src/lib/boundaries.ts';
import { areaCentroid } from '../../src/lib/geo.ts';
import { slugify, titleCase } from '../../src/lib/slug.ts';
import { memoryDb, officialData, tempFileDb } from '../helpers/db.ts';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'test/fixtures/areas', name);
const official = {
  nilText: readFileSync(officialData.nil, 'utf8'),
  municipiText: readFileSync(officialData.municipi, 'utf8'),
  nilLabel: 'ds964_nil_wm.geojson',
  municipiLabel: 'ds379_municipi_label.geojson',
};

// Named places.
const piazzaDelDuomo = { lat: 45.4642, lon: 9.19 };
const quartoOggiaro = { lat: 45.5136, lon: 9.1377 }; // NIL 76's centroid in nil_municipio_lookup.csv
const rho = { lat: 45.53, lon: 9.04 }; // just past the city line

async function addProject(db: Db, slug: string, place: { lat: number; lon: number }, extra: Partial<typeof projects.$inferInsert> = {}) {
  const [row] = await db.insert(projects).values({ slug, category: 'green', status: 'works', ...place, ...extra }).returning();
  return row.id;
}
const projectById = async (db: Db, id: number) => (await db.select().from(projects).where(eq(projects.id, id)))[0];

/** Everything the importer may touch, for before/after comparisons. */
async function snapshot(db: Db) {
  return {
    municipi: await db.select().from(municipi).orderBy(municipi.id),
    nil: await db.select().from(nil).orderBy(nil.id),
    projects: await db.select().from(projects).orderBy(projects.id),
  };
}

/** A database as a lookup-based seed leaves it: Municipio 1 and NIL 1 without boundaries. */
async function seededDb() {
  const db = await memoryDb();
  await db.insert(municipi).values({ id: 1, name: 'Municipio 1' });
  await db.insert(nil).values({ id: 1, name: 'DUOMO', slug: 'duomo', municipioId: 1, centroidLat: 45.46369, centroidLon: 9.18693 });
  const projectId = await addProject(db, 'piazza-duomo', piazzaDelDuomo, { nilId: 1, municipioId: 1 });
  return { db, projectId };
}

describe('importAreas on the official files', () => {
  it('loads 88 NIL and 9 Municipi with boundaries, names and slugs', async () => {
    const db = await memoryDb();
    const started = performance.now();
    expect(await importAreas(db, official)).toEqual({ nil: 88, municipi: 9, projectsLocated: 0 });
    expect(performance.now() - started).toBeLessThan(2000);

    const { nil: nils, municipi: ms } = await snapshot(db);
    expect(nils).toHaveLength(88);
    expect(ms.map((m) => m.name)).toEqual(Array.from({ length: 9 }, (_, i) => `Municipio ${i + 1}`));
    expect(nils.every((n) => n.boundary && n.minLon! < n.centroidLon && n.centroidLon < n.maxLon!)).toBe(true);
    // Both files cover the whole Comune, 181.76 km² (SOURCES.md).
    const km2 = (rows: { areaM2: number | null }[]) => rows.reduce((s, r) => s + r.areaM2!, 0) / 1e6;
    expect(km2(nils)).toBeCloseTo(181.76, 1);
    expect(km2(ms)).toBeCloseTo(181.76, 1);
    expect(nils[0]).toMatchObject({ id: 1, name: 'Duomo', slug: 'duomo', municipioId: 1 });
    expect(nils.find((n) => n.id === 76)).toMatchObject({ name: 'Quarto Oggiaro - Vialba - Musocco', municipioId: 8 });
  });

  it('puts Piazza del Duomo in NIL 1 and Municipio 1, Quarto Oggiaro in NIL 76 and Municipio 8', async () => {
    const db = await memoryDb();
    const duomo = await addProject(db, 'duomo', piazzaDelDuomo);
    const quarto = await addProject(db, 'quarto', quartoOggiaro);
    const outside = await addProject(db, 'rho', rho);
    expect((await importAreas(db, official)).projectsLocated).toBe(2);
    expect(await projectById(db, duomo)).toMatchObject({ nilId: 1, municipioId: 1 });
    expect(await projectById(db, quarto)).toMatchObject({ nilId: 76, municipioId: 8 });
    expect(await projectById(db, outside)).toMatchObject({ nilId: null, municipioId: null });
  });

  it("places every NIL in the Municipio holding most of it, as the City's lookup and the seed do", async () => {
    const db = await memoryDb();
    await importAreas(db, official);
    const lookup = readFileSync(officialData.lookup, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
    const imported = new Map((await db.select().from(nil)).map((n) => [n.id, n.municipioId]));
    expect(lookup).toHaveLength(88);
    for (const [id, , municipioMain] of lookup) expect({ id, municipioId: imported.get(id) }).toEqual({ id, municipioId: municipioMain });
    // Porta Romana: 50.1 % in Municipio 5, 49.8 % in 4, and its centroid in 4.
    expect(imported.get(27)).toBe(5);
  });

  it('is idempotent', async () => {
    const db = await memoryDb();
    await addProject(db, 'duomo', piazzaDelDuomo);
    await importAreas(db, official);
    const first = await snapshot(db);
    await importAreas(db, official);
    expect(await snapshot(db)).toEqual(first);
  });

  it('keeps the ids of NIL rows seeded from the lookup and fills them in', async () => {
    const { db, projectId } = await seededDb();
    await importAreas(db, official);
    expect((await db.select().from(nil).where(eq(nil.id, 1)))[0]).toMatchObject({ name: 'Duomo', slug: 'duomo' });
    expect((await db.select().from(municipi).where(eq(municipi.id, 1)))[0].boundary).toContain('Polygon');
    expect(await projectById(db, projectId)).toMatchObject({ nilId: 1, municipioId: 1 });
  });
});

describe('deriveProjectAreas', () => {
  it('changes nothing before any boundaries are imported', async () => {
    const { db } = await seededDb();
    const before = await snapshot(db);
    expect(await deriveProjectAreas(db)).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('corrects one project without touching the others', async () => {
    const db = await memoryDb();
    await importAreas(db, official);
    const moved = await addProject(db, 'moved', rho, { nilId: 1, municipioId: 1 });
    const other = await addProject(db, 'other', quartoOggiaro, { nilId: 1, municipioId: 1 });
    expect(await deriveProjectAreas(db, moved)).toBe(0);
    expect(await projectById(db, moved)).toMatchObject({ nilId: null, municipioId: null });
    expect(await projectById(db, other)).toMatchObject({ nilId: 1, municipioId: 1 });
  });
});

describe('a refused import leaves the database unchanged', () => {
  const cases = [
    ['nil-not-json.geojson', /nil-not-json\.geojson: not valid JSON/],
    ['nil-not-collection.geojson', /not a GeoJSON FeatureCollection \(its type is "Feature"\)/],
    ['nil-missing-id.geojson', /features\[1\] \(no ID_NIL, "BRERA"\): properties\.ID_NIL/],
    ['nil-unclosed-ring.geojson', /features\[0\] \(ID_NIL 2, "BRERA"\): ring 0: a ring is not closed/],
    ['nil-swapped-coordinates.geojson', /features\[0\] \(ID_NIL 4, "GUASTALLA"\): .*outside Milan \(latitude and longitude swapped\?\)/],
  ] as const;

  it.each(cases)('refuses %s, naming the feature', async (name, message) => {
    const { db } = await seededDb();
    const before = await snapshot(db);
    const broken = { ...official, nilText: readFileSync(fixture(name), 'utf8'), nilLabel: name };
    const error = await importAreas(db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([expect.stringMatching(message)]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('checks the Municipi file too, even when the NIL file is fine', async () => {
    const db = await memoryDb();
    await importAreas(db, official);
    const before = await snapshot(db);
    const broken = { ...official, municipiText: readFileSync(fixture('municipi-area-text.geojson'), 'utf8'), municipiLabel: 'm.geojson' };
    const error = (await importAreas(db, broken).catch((e: unknown) => e)) as ImportError;
    expect(error.problems).toEqual([expect.stringMatching(/^m\.geojson features\[0\] \(MUNICIPIO 3\): properties\.AREA/)]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back the Municipi when a NIL write fails halfway', async () => {
    const { db } = await seededDb();
    // A stray hand-made row holding NIL 2's slug makes the NIL upsert hit the unique index.
    await db.insert(nil).values({ id: 99, name: 'Stray', slug: 'brera', municipioId: 1, centroidLat: 45.47, centroidLon: 9.19 });
    const before = await snapshot(db);
    const error = (await importAreas(db, official).catch((e: unknown) => e)) as Error;
    expect(String(error.cause)).toMatch(/UNIQUE constraint failed: nil\.slug/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('parseBoundaries', () => {
  const square = (lon: number, lat: number) => [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]];
  const feature = (id: unknown, name: string, coordinates: unknown = square(9.18, 45.46)) => ({
    type: 'Feature',
    properties: { ID_NIL: id, NIL: name, Shape_Area: 1e6 },
    geometry: { type: 'Polygon', coordinates },
  });
  const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

  it('reports every broken feature, not just the first', () => {
    const text = collection(feature(1, 'DUOMO', [[[9.18, 45.46]]]), feature(2, 'BRERA'), feature(89, 'NUOVO'));
    const result = parseBoundaries('nil', text, 'f');
    expect(result.ok ? [] : result.problems).toEqual([
      'f features[0] (ID_NIL 1, "DUOMO"): ring 0: a ring needs at least 4 positions',
      expect.stringMatching(/^f features\[2\] \(ID_NIL 89, "NUOVO"\): properties\.ID_NIL: Too big/),
    ]);
  });

  it('refuses a number used twice and a file with NIL missing', () => {
    const twice = parseBoundaries('nil', collection(feature(1, 'DUOMO'), feature(1, 'BRERA')), 'f');
    expect(twice.ok ? [] : twice.problems).toEqual(['f features[1] (ID_NIL 1, "BRERA"): ID_NIL 1 already used by features[0]']);
    const partial = parseBoundaries('nil', collection(feature(1, 'DUOMO')), 'f');
    expect(partial.ok ? [] : partial.problems).toEqual([expect.stringMatching(/^f: no feature for ID_NIL 2, 3, .*, 88 \(expected 88\)$/)]);
  });

  it('locates points in the official NIL', () => {
    const result = parseBoundaries('nil', official.nilText, official.nilLabel);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(locate(piazzaDelDuomo.lon, piazzaDelDuomo.lat, result.areas)?.officialName).toBe('DUOMO');
    expect(locate(rho.lon, rho.lat, result.areas)).toBeUndefined();
  });
});

describe('areaCentroid', () => {
  it('weighs by area and subtracts holes', () => {
    // A 4 × 2 rectangle whose right half is a hole leaves the left 2 × 2 square.
    const halfCutOut = { type: 'Polygon' as const, coordinates: [square4(0, 0, 4, 2), square4(2, 0, 4, 2)] };
    expect(areaCentroid(halfCutOut)).toEqual([1, 1]);
    const reversedHole = { type: 'Polygon' as const, coordinates: [square4(0, 0, 4, 2), square4(2, 0, 4, 2).reverse()] };
    expect(areaCentroid(reversedHole)).toEqual([1, 1]);
  });
  function square4(x0: number, y0: number, x1: number, y1: number): [number, number][] {
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
  }
});

describe('slugify and titleCase', () => {
  it.each([
    ["NIGUARDA - CA' GRANDA - PRATO CENTENARO - Q.RE FULVIO TESTI", 'niguarda-ca-granda-prato-centenaro-qre-fulvio-testi'],
    ["CITTA' STUDI", 'citta-studi'],
    ['Città Studi', 'citta-studi'],
    ['GIARDINI P.TA VENEZIA', 'giardini-pta-venezia'],
  ])('slugify(%j) is %j', (name, slug) => expect(slugify(name)).toBe(slug));

  it.each([
    ['QUARTO OGGIARO - VIALBA - MUSOCCO', 'Quarto Oggiaro - Vialba - Musocco'],
    ["PARCO BOSCO IN CITTA'", 'Parco Bosco in Città'],
    ["MONLUE' - PONTE LAMBRO", 'Monluè - Ponte Lambro'],
    ["NIGUARDA - CA' GRANDA", "Niguarda - Ca' Granda"],
    ['GIARDINI P.TA VENEZIA', 'Giardini P.ta Venezia'],
    ['PTA ROMANA', 'P.ta Romana'],
    ['RONCHETTO SUL NAVIGLIO - Q.RE LODOVICO IL MORO', 'Ronchetto sul Naviglio - Q.re Lodovico il Moro'],
    ['DE ANGELI - MONTE ROSA', 'De Angeli - Monte Rosa'],
    ['XXII MARZO', 'XXII Marzo'],
  ])('titleCase(%j) is %j', (name, title) => expect(titleCase(name)).toBe(title));
});

describe('npm run import:areas', () => {
  const run = (url: string, ...args: string[]) =>
    spawnSync(join(root, 'node_modules/.bin/node'), ['db/import/areas-cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    });

  it('imports the official files into DATABASE_URL and refuses a broken one', async () => {
    const { db, url, cleanup } = await tempFileDb();
    try {
      const ok = run(url, officialData.nil, officialData.municipi);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/9 Municipi and 88 NIL/);
      const before = await snapshot(db);
      expect(before.nil).toHaveLength(88);

      const broken = run(url, fixture('nil-unclosed-ring.geojson'), officialData.municipi);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/nil-unclosed-ring\.geojson features\[0\] \(ID_NIL 2, "BRERA"\): ring 0: a ring is not closed\n$/);
      expect(await snapshot(db)).toEqual(before);

      const missing = run(url, join(root, 'nowhere.geojson'), officialData.municipi);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe(`${join(root, 'nowhere.geojson')}: cannot read the file (no such file)\n`);
    } finally {
      cleanup();
    }
  }, 30_000);
});
