/**
 * The full GeoJSON export builds its features in SQLite (db/projectFeatures.ts) for speed
 * (issue #6); this proves the text is byte for byte what recordCells() + JSON.stringify give,
 * also for text that JSON must escape and for positions that need all 17 digits.
 */
import { describe, expect, it } from 'vitest';
import { selectProjectRecords, type StoredRecord } from '../../db/projectRecords.ts';
import { recordCells } from '../../src/lib/projectRecord.ts';
import { projectUrl } from '../../src/server/export/projectsCsv.ts';
import { projectsGeoJsonFullEncoder } from '../../src/server/export/projectsGeoJsonFull.ts';
import { projectConditions } from '../../src/server/projectConditions.ts';
import { exportText, seededDb } from '../helpers/projectFiles.ts';

const origin = 'https://periferie.example';

/** The reference serializer: the record as the CSV sees it, stringified by JavaScript. */
function reference({ record, updatedAt }: StoredRecord): string {
  const { lat, lon, ...properties } = recordCells(record, { url: projectUrl(origin, record.slug), updated_at: updatedAt });
  return `{"type":"Feature","id":${JSON.stringify(record.slug)},"geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":${JSON.stringify(properties)}}`;
}

describe('full GeoJSON features built in SQLite', () => {
  it('are byte for byte the reference serializer, escapes and all', async () => {
    const db = await seededDb();
    const nasty = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)).join('') + ' "virgolette" \\ è ü 漢字 🚲 \u2028\u2029 </script>';
    await db.$client.execute({
      sql: `insert into projects (slug, category, status, lat, lon, publication, budget_current_cents, budget_baseline_cents, cup)
            values ('strano', 'green', 'design', 45.46421234567891, 9.123456789012345, 'published', 125000050, 7, null), ('tondi', 'green', 'design', 45.47, 9.2, 'published', 10000, 150, null), ('spiccioli', 'green', 'design', 45.47, 9.2, 'published', 5, 100000000000, null),
                   ('senza-testi', 'mobility', 'works', 45.4642, 9.19, 'published', null, 0, 'B41B20000250001')`,
      args: [],
    });
    const id = Number((await db.$client.execute("select id from projects where slug = 'strano'")).rows[0].id);
    await db.$client.execute({ sql: "insert into project_translations (project_id, locale, title, summary) values (?, 'it', ?, ?), (?, 'en', ?, '')", args: [id, nasty, nasty, id, nasty] });
    await db.$client.execute({ sql: "insert into funding (project_id, source, amount_cents) values (?, 'pnrr', 5), (?, 'comune', 9), (?, 'region', 9)", args: [id, id, id] });

    const where = projectConditions({});
    const records = await selectProjectRecords(db, { where, limit: 100_000 });
    expect(records.length).toBeGreaterThan(40);
    const expected = `{"type":"FeatureCollection","features":[\n${records.map(reference).join(',\n')}\n]}\n`;
    const text = await exportText(db, projectsGeoJsonFullEncoder(origin));
    expect(text).toBe(expected);
    expect(JSON.parse(text).features.find((f: { id: string }) => f.id === 'strano').properties).toMatchObject({ title_it: nasty, title_en: nasty, summary_en: null, budget_eur: 1250000.5, budget_baseline_eur: 0.07, funding_source: 'comune' });
  });

  it('answers an empty collection when nothing matches', async () => {
    const db = await seededDb();
    const text = await exportText(db, projectsGeoJsonFullEncoder(origin), projectConditions({ q: 'nessun-progetto-così' } as never));
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
