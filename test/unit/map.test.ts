/** The map's pure parts (issue #3): view in the URL, lean GeoJSON, simplification, near me. */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { areaCentroid, pointInArea, type AreaGeometry } from '../../src/lib/geo.ts';
import { leanPoints, leanShapes, roundCoordinate } from '../../src/lib/leanGeoJson.ts';
import { formatMapView, parseMapView } from '../../src/lib/mapView.ts';
import { boxAround, formatDistance, matchNil, parseNearMeQuery } from '../../src/lib/nearMe.ts';
import { locationBounds, parseShape } from '../../src/lib/projectLocation.ts';
import { simplifyArea, simplifyLine } from '../../src/lib/simplifyArea.ts';
import { etagOf, matchesIfNoneMatch } from '../../src/server/geoJsonResponse.ts';
import { storedShape } from '../../src/components/map/storedShape.ts';
import { shapeText } from '../../src/components/map/shapeText.ts';
import { officialData } from '../helpers/db.ts';

describe('map view in the URL', () => {
  it('reads and writes zoom/lat/lon', () => {
    expect(parseMapView('14/45.46420/9.19000')).toEqual({ zoom: 14, lat: 45.4642, lon: 9.19 });
    expect(formatMapView({ zoom: 13.456, lat: 45.464211, lon: 9.190001 })).toBe('13.46/45.46421/9.19000');
    const view = { zoom: 12.5, lat: 45.5, lon: 9.2 };
    expect(parseMapView(formatMapView(view))).toEqual(view);
  });

  it('ignores malformed or impossible views', () => {
    for (const bad of ['', 'abc', '14/45.4', '30/45/9', '12/95/9', '12/45/200', '12/45/9/1', '1e3/45/9'])
      expect(parseMapView(bad), bad).toBeNull();
    expect(parseMapView(null)).toBeNull();
  });
});

describe('lean GeoJSON', () => {
  it('writes one RFC 7946 Point feature per project: id, plain status, [lon, lat] to 5 decimals', () => {
    const text = leanPoints([
      { id: 7, status: 'works', lat: 45.4642012345, lon: 9.1900049 },
      { id: 9, status: 'tendering', lat: 45.5, lon: 9.2 },
    ]);
    const fc = JSON.parse(text);
    expect(fc).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [9.19, 45.4642] }, properties: { status: 'underway' } },
        { type: 'Feature', id: 9, geometry: { type: 'Point', coordinates: [9.2, 45.5] }, properties: { status: 'preparing' } },
      ],
    });
    expect(JSON.parse(leanPoints([]))).toEqual({ type: 'FeatureCollection', features: [] });
    expect(roundCoordinate(9.123456)).toBe(9.12346);
  });

  it('keeps lines and areas, rounded, and drops stored geometry that is not usable', () => {
    const fc = JSON.parse(
      leanShapes([
        { id: 1, status: 'in_use', geometry: '{"type":"LineString","coordinates":[[9.1234567,45.1],[9.2,45.2]]}' },
        { id: 2, status: 'design', geometry: 'not json' },
        { id: 3, status: 'design', geometry: '{"type":"Point","coordinates":[9.1,45.1]}' },
        { id: 4, status: 'suspended', geometry: '{"type":"Polygon","coordinates":[[[9,45],[9.1,45],[9.1,45.1],[9,45]]]}' },
      ]),
    );
    expect(fc.features.map((f: { id: number }) => f.id)).toEqual([1, 4]);
    expect(fc.features[0].geometry.coordinates[0]).toEqual([9.12346, 45.1]);
    expect(fc.features[1].properties).toEqual({ status: 'paused' });
  });
});

describe('GeoJSON budget', () => {
  it('costs at most 20 bytes per point after gzip, as served (level 6)', () => {
    // 20,000 projects spread like the benchmark's: a few hundred metres around 88 centres.
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const centres = Array.from({ length: 88 }, () => [9.05 + random() * 0.2, 45.39 + random() * 0.14]);
    const statuses = ['not_started', 'design', 'tendering', 'works', 'completed', 'in_use', 'suspended'] as const;
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const [lon, lat] = centres[Math.floor(random() * 88)];
      return { id: 100 + i, status: statuses[Math.floor(random() * 7)], lon: lon + (random() - 0.5) * 0.004, lat: lat + (random() - 0.5) * 0.004 };
    });
    const bytes = gzipSync(leanPoints(rows), { level: 6 }).length;
    expect(bytes / rows.length).toBeLessThanOrEqual(20);
  });
});

describe('simplification of boundaries', () => {
  it('keeps the ends of a line and drops points closer than the tolerance', () => {
    const line: [number, number][] = [[0, 0], [1, 0.00001], [2, 0], [3, 1], [4, 0]];
    expect(simplifyLine(line, 0.001)).toEqual([[0, 0], [2, 0], [3, 1], [4, 0]]);
  });

  it.skipIf(!existsSync(officialData.nil))('shrinks the official NIL a lot and keeps every ring closed and in place', () => {
    const features = JSON.parse(readFileSync(officialData.nil, 'utf8')).features as { geometry: AreaGeometry }[];
    let before = 0;
    let after = 0;
    for (const { geometry } of features) {
      const simple = simplifyArea(geometry, 0.00005);
      const polygons = simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates;
      const original = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      polygons.forEach((polygon, p) =>
        polygon.forEach((ring, r) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring.at(-1));
          before += original[p][r].length;
          after += ring.length;
        }),
      );
      const [x, y] = areaCentroid(geometry);
      if (pointInArea(x, y, geometry)) expect(pointInArea(x, y, simple)).toBe(true);
    }
    expect(after).toBeLessThan(before / 3);
  });
});

describe('project shapes on small maps', () => {
  it('reads a stored shape and boxes it with the point', () => {
    const shape = parseShape('{"type":"LineString","coordinates":[[9.1,45.4],[9.2,45.5]]}');
    expect(shape?.type).toBe('LineString');
    expect(locationBounds(9.15, 45.3, shape)).toEqual([9.1, 45.3, 9.2, 45.5]);
    expect(parseShape('{"type":"Point","coordinates":[9,45]}')).toBeNull();
    expect(parseShape('{')).toBeNull();
    expect(locationBounds(9.19, 45.46, null)).toEqual([9.19, 45.46, 9.19, 45.46]);
  });

  it('gives the staff editor a line, an area or an area in parts only when well formed', () => {
    const ring = [[9.1, 45.4], [9.2, 45.4], [9.2, 45.5], [9.1, 45.4]];
    expect(storedShape(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))?.type).toBe('Polygon');
    const parts = { type: 'MultiPolygon', coordinates: [[ring], [ring.map(([x, y]) => [x + 0.2, y])]] };
    expect(storedShape(JSON.stringify(parts))).toEqual(parts);
    expect(storedShape('{"type":"LineString","coordinates":[[9.1,45.4],[9.2,45.5]]}')?.type).toBe('LineString');
    for (const halfTyped of ['{"type":"Polygon","coordinates":[1]}', '{"type":"LineString","coordinates":[[9.1]]}', '{"type":"MultiPolygon","coordinates":[1]}', '{"type":"MultiPolygon","coordinates":[[[[9.1,45.4]]]]}', '{"type":"MultiPolygon","coordinates":[]}', '{"type":"Multi', ''])
      expect(storedShape(halfTyped), halfTyped).toBeNull();
  });

  it('says what the staff editor has drawn, and that a shape it cannot edit is only shown', () => {
    const labels = { noShape: 'None.', shapePolygon: 'Area of {n}.', shapeLine: 'Line of {n}.', shapeParts: '{n} parts.', shapeFixed: 'Shown only.' };
    const ring = [[9.1, 45.4], [9.2, 45.4], [9.2, 45.5], [9.1, 45.4]];
    const line = { type: 'LineString' as const, coordinates: [[9.1, 45.4], [9.2, 45.5]] };
    const area = { type: 'Polygon' as const, coordinates: [ring] };
    expect(shapeText(labels, null, null)).toBe('None.');
    expect(shapeText(labels, line, null)).toBe('Line of 2.');
    expect(shapeText(labels, area, null)).toBe('Area of 3.');
    expect(shapeText(labels, { type: 'MultiPolygon', coordinates: [[ring], [ring]] }, null)).toBe('2 parts.');
    expect(shapeText(labels, null, area)).toBe('Area of 3. Shown only.');
  });
});

describe('near me', () => {
  const list = [
    { name: 'Lodi - Corvetto', slug: 'lodi-corvetto' },
    { name: 'Porta Vigentina - Porta Lodovica', slug: 'porta-vigentina-porta-lodovica' },
    { name: 'Città Studi', slug: 'citta-studi' },
    { name: 'Duomo', slug: 'duomo' },
  ];

  it('finds the NIL from loosely typed names', () => {
    expect(matchNil('corvetto', list).map((n) => n.slug)).toEqual(['lodi-corvetto']);
    expect(matchNil('CITTA STUDI', list).map((n) => n.slug)).toEqual(['citta-studi']);
    expect(matchNil('Città Studi', list).map((n) => n.slug)).toEqual(['citta-studi']);
    expect(matchNil('porta', list).map((n) => n.slug)).toEqual(['porta-vigentina-porta-lodovica']);
    expect(matchNil('lod', list)).toHaveLength(2);
    expect(matchNil('nowhere', list)).toEqual([]);
    expect(matchNil('  ', list)).toEqual([]);
  });

  it('reads the query and drops what is wrong', () => {
    expect(parseNearMeQuery(new URLSearchParams('nil=Duomo&within=1000'))).toMatchObject({ nil: 'Duomo', within: 1000 });
    expect(parseNearMeQuery(new URLSearchParams('within=333')).within).toBe(500);
    expect(parseNearMeQuery(new URLSearchParams('lat=45.46&lon=9.19'))).toMatchObject({ lat: 45.46, lon: 9.19 });
    expect(parseNearMeQuery(new URLSearchParams('lat=45.46'))).toMatchObject({ lat: undefined, lon: undefined });
    expect(parseNearMeQuery(new URLSearchParams('lat=x&lon=9.19&nil=Duomo'))).toMatchObject({ lat: undefined, nil: 'Duomo' });
  });

  it('words distances and boxes them', () => {
    expect(formatDistance(347, 'it-IT')).toBe('350 m');
    expect(formatDistance(1234, 'it-IT')).toBe('1,2 km');
    expect(formatDistance(1234, 'en-GB')).toBe('1.2 km');
    const box = boxAround(45.46, 9.19, 1000);
    expect(box.maxLat - box.minLat).toBeCloseTo(2000 / 111_320, 6);
    expect(box.maxLon - box.minLon).toBeGreaterThan(box.maxLat - box.minLat);
  });
});

describe('ETag', () => {
  it('compares If-None-Match weakly, in lists and with *', () => {
    const tag = etagOf('a', 'b');
    expect(tag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(etagOf('a', 'b')).toBe(tag);
    expect(etagOf('a', 'c')).not.toBe(tag);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", ${tag.slice(2)}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});
