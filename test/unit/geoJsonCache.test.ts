/**
 * The GeoJSON body cache (issue #3) keeps one body per view, the one of the data's current
 * fingerprint: the soak (issue #10) found every edit leaving a dead body behind until the cap.
 */
import { describe, expect, it } from 'vitest';
import { geoJsonCacheUsage, geoJsonResponse, type GeoJsonSource } from '../../src/server/geoJsonResponse.ts';

function countingSource(key: string, fingerprint: () => string) {
  const source = {
    builds: 0,
    key,
    fingerprint: async () => fingerprint(),
    build: async () => {
      source.builds++;
      return JSON.stringify({ type: 'FeatureCollection', features: [], note: fingerprint() });
    },
  } satisfies GeoJsonSource & { builds: number };
  return source;
}

const get = (source: GeoJsonSource) => geoJsonResponse(new Request('http://x/api/v1/projects.geojson'), source);

describe('GeoJSON body cache', () => {
  it('builds once per fingerprint and serves the body of the current one', async () => {
    let version = 'v1';
    const source = countingSource('cache-test-a', () => version);
    expect(await (await get(source)).json()).toMatchObject({ note: 'v1' });
    await get(source);
    expect(source.builds).toBe(1);
    version = 'v2';
    expect(await (await get(source)).json()).toMatchObject({ note: 'v2' });
    expect(source.builds).toBe(2);
  });

  it('drops the body of an old fingerprint instead of keeping one per edit', async () => {
    const before = geoJsonCacheUsage().views;
    let version = 0;
    const source = countingSource('cache-test-b', () => `v${String(version).padStart(3, '0')}`);
    for (version = 0; version < 50; version++) await get(source);
    expect(geoJsonCacheUsage().views).toBe(before + 1);
    const { bytes } = geoJsonCacheUsage();
    // Back to an old fingerprint: its body is gone, so it is built again, and still one entry.
    version = 0;
    await get(source);
    expect(source.builds).toBe(51);
    expect(geoJsonCacheUsage()).toEqual({ views: before + 1, bytes });
  });
});
