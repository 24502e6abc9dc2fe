/**
 * Bulk import of projects (issue #6) on real migrated databases: matching, dry run, the
 * all-or-nothing commit, and export → import round trips that give identical records.
 */
import { describe, expect, it } from 'vitest';
import { commitProjectImport } from '../../db/import/commitProjectImport.ts';
import { planProjectImport } from '../../db/import/planProjectImport.ts';
import { parseImportFile } from '../../src/lib/import/parseImportFile.ts';
import type { ParsedFile } from '../../src/lib/import/importRows.ts';
import { projectsCsvEncoder } from '../../src/server/export/projectsCsv.ts';
import { projectsGeoJsonFullEncoder } from '../../src/server/export/projectsGeoJsonFull.ts';
import { memoryDb } from '../helpers/db.ts';
import { areasOnlyDb, exportText, seededDb } from '../helpers/projectFiles.ts';
import type { Db } from '../../db/client.ts';
import { formatImportMessage } from '../../src/i18n/formatImportMessage.ts';
import { useTranslations } from '../../src/i18n/useTranslations.ts';
import type { ImportMessage } from '../../src/lib/import/importMessage.ts';

/** Import messages are data; these tests read them as the English CLI prints them. */
const say = (m: ImportMessage) => formatImportMessage(useTranslations('en'), m);

const origin = 'https://periferie.example';
const run = (name: string) => ({ fileName: name, fileSha256: 'x', format: 'csv' as const, actor: 'test' });

function parse(text: string, name = 'progetti.csv'): Extract<ParsedFile, { ok: true }> {
  const parsed = parseImportFile(new TextEncoder().encode(text), name);
  if (!parsed.ok) throw new Error(parsed.problems.map(say).join('\n'));
  return parsed;
}

async function counts(db: Db) {
  const n = async (table: string) => Number((await db.$client.execute(`select count(*) as n from ${table}`)).rows[0].n);
  return { projects: await n('projects'), texts: await n('project_translations'), funding: await n('funding'), changes: await n('project_changes'), runs: await n('import_runs') };
}

/** Drops the updated_at column, the one thing an import rightly does not carry over. */
const withoutUpdatedAt = (csv: string) => csv.split('\r\n').map((line) => line.replace(/;[^;]*$/, '')).join('\r\n');

const header = 'cup,slug,title_it,title_en,summary_it,category,status,municipio,nil,lat,lon,budget_eur,funding_source,start_date,end_date,progress';
const row = (over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    cup: 'B41B20000250001', slug: 'parco-nuovo', title_it: 'Parco nuovo', title_en: 'New park', summary_it: 'Un parco', category: 'green',
    status: 'design', municipio: '', nil: '', lat: '45.5136', lon: '9.1377', budget_eur: '1250000.5', funding_source: 'pnrr',
    start_date: '2026-01-01', end_date: '2027-06-30', progress: '0', ...over,
  };
  return header.split(',').map((c) => cells[c]).join(',');
};

describe('export → import round trip', () => {
  it('imports the CSV export into an empty database and exports the same records', async () => {
    const source = await seededDb();
    const csv = await exportText(source, projectsCsvEncoder('excel-it', origin));
    const target = await areasOnlyDb();
    const plan = await planProjectImport(target, parse(csv).rows, { publish: true });
    expect(plan.rows.filter((r) => r.action === 'refuse').map((r) => `${r.where}: ${r.problems.map(say)}`)).toEqual([]);
    expect(plan.counts.create).toBe(plan.rows.length);
    await commitProjectImport(target, plan, run('export.csv'));
    expect(withoutUpdatedAt(await exportText(target, projectsCsvEncoder('excel-it', origin)))).toBe(withoutUpdatedAt(csv));
  });

  it('does the same with the RFC 4180 dialect and with the full GeoJSON', async () => {
    const source = await seededDb();
    for (const [encoder, name] of [[projectsCsvEncoder('rfc4180', origin), 'p.csv'], [projectsGeoJsonFullEncoder(origin), 'p.geojson']] as const) {
      const text = await exportText(source, encoder);
      const target = await areasOnlyDb();
      const plan = await planProjectImport(target, parse(text, name).rows, { publish: true });
      expect(plan.counts.refuse).toBe(0);
      await commitProjectImport(target, plan, run(name));
      const strip = (t: string) => t.replace(/"updated_at":"[^"]*"/g, '').replace(/,[^,\r\n]*\r\n/g, '\r\n');
      expect(strip(await exportText(target, encoder))).toBe(strip(text));
    }
  });

  it('keeps every bit of a position, printed as JavaScript prints it', async () => {
    const db = await areasOnlyDb();
    await db.$client.execute("insert into projects (slug, category, status, lat, lon, publication) values ('preciso', 'green', 'design', 45.46421234567891, 9.123456789012345, 'published'), ('tondo', 'green', 'design', 45.4642, 9.19, 'published')");
    const geojson = JSON.parse(await exportText(db, projectsGeoJsonFullEncoder(origin)));
    expect(geojson.features.map((f: { geometry: { coordinates: number[] } }) => f.geometry.coordinates)).toEqual([[9.123456789012345, 45.46421234567891], [9.19, 45.4642]]);
    expect(await exportText(db, projectsCsvEncoder('rfc4180', origin))).toContain(',45.4642,9.19,');
  });

  it('finds every row unchanged when the export goes back into its own database', async () => {
    const db = await seededDb();
    const plan = await planProjectImport(db, parse(await exportText(db, projectsCsvEncoder('excel-it', origin))).rows);
    expect(plan.counts).toMatchObject({ create: 0, update: 0, refuse: 0 });
    expect(plan.counts.unchanged).toBeGreaterThan(40);
  });
});

describe('matching and the dry run', () => {
  it('creates drafts unless asked to publish, and places them in their NIL', async () => {
    const db = await areasOnlyDb();
    const plan = await planProjectImport(db, parse(`${header}\n${row()}\n`).rows);
    expect(plan.rows[0]).toMatchObject({ where: 'line 2', action: 'create', slug: 'parco-nuovo' });
    expect(plan.rows[0].record).toMatchObject({ nil: 76, municipio: 8, budgetBaselineCents: 125000050 });
    const before = await counts(db);
    expect(before.projects).toBe(0); // the plan wrote nothing
    const result = await commitProjectImport(db, plan, run('a.csv'));
    expect(result).toMatchObject({ create: 1, update: 0 });
    const saved = (await db.$client.execute("select publication, nil_id, municipio_id from projects where slug = 'parco-nuovo'")).rows[0];
    expect(saved).toMatchObject({ publication: 'draft', nil_id: 76, municipio_id: 8 });
    expect((await db.$client.execute('select file_name, created, published from import_runs')).rows[0]).toMatchObject({ file_name: 'a.csv', created: 1, published: 0 });
    const entry = (await db.$client.execute("select action, target_type, detail from audit_log where action = 'import'")).rows[0];
    expect(entry).toMatchObject({ action: 'import', target_type: 'import_run' });
    expect(JSON.parse(String(entry.detail))).toMatchObject({ file: 'a.csv', create: 1 });
  });

  it('matches by CUP first, then by slug, and records why tracked values changed', async () => {
    const db = await areasOnlyDb();
    await commitProjectImport(db, await planProjectImport(db, parse(`${header}\n${row()}\n${row({ cup: '', slug: 'senza-cup', title_it: 'Senza CUP' })}\n`).rows), run('a.csv'));
    const text = `${header}\n${row({ slug: 'nuovo-nome', budget_eur: '1300000', status: 'tendering' })}\n${row({ cup: 'C12D34000000001', slug: 'senza-cup', title_it: 'Senza CUP' })}\n${row({ cup: '', slug: 'terzo', title_it: 'Terzo' })}\n`;
    const plan = await planProjectImport(db, parse(text).rows, { publish: true });
    expect(plan.rows.map((r) => [r.action, r.slug])).toEqual([['update', 'parco-nuovo'], ['update', 'senza-cup'], ['create', 'terzo']]);
    expect(plan.rows[0].changes).toEqual(['status', 'budget_eur', 'publication']);
    expect(plan.rows[0].notes.map(say)).toContain('slug kept as parco-nuovo: imports never change a project\'s address');
    expect(plan.rows[1].changes).toContain('cup');
    await commitProjectImport(db, plan, run('b.csv'));
    const changes = (await db.$client.execute('select field, from_value, to_value, reason from project_changes order by field')).rows;
    expect(changes.map((c) => [c.field, c.from_value, c.to_value])).toEqual([['budget', '125000050', '130000000'], ['status', 'design', 'tendering']]);
    expect(JSON.parse(String(changes[0].reason)).it).toContain('b.csv');
    const baseline = (await db.$client.execute("select budget_baseline_cents, budget_current_cents, version, publication from projects where slug = 'parco-nuovo'")).rows[0];
    expect(baseline).toMatchObject({ budget_baseline_cents: 125000050, budget_current_cents: 130000000, version: 2, publication: 'published' });
  });

  it('never erases a stored value with an empty cell', async () => {
    const db = await areasOnlyDb();
    await commitProjectImport(db, await planProjectImport(db, parse(`${header}\n${row()}\n`).rows), run('a.csv'));
    const plan = await planProjectImport(db, parse(`${header}\n${row({ title_en: '', budget_eur: '', end_date: '' })}\n`).rows);
    expect(plan.rows[0]).toMatchObject({ action: 'unchanged', record: { titleEn: 'New park', budgetCents: 125000050, endDate: '2027-06-30' } });
  });

  it('refuses a slug that belongs to another project than the CUP, and duplicates within the file', async () => {
    const db = await areasOnlyDb();
    await commitProjectImport(db, await planProjectImport(db, parse(`${header}\n${row()}\n${row({ cup: 'C12D34000000001', slug: 'altro', title_it: 'Altro' })}\n`).rows), run('a.csv'));
    const text = `${header}\n${row({ slug: 'altro' })}\n${row({ cup: 'E99F00000000001', slug: 'x1' })}\n${row({ cup: 'E99F00000000001', slug: 'x2' })}\n`;
    const plan = await planProjectImport(db, parse(text).rows);
    expect(plan.rows.map((r) => r.action)).toEqual(['refuse', 'refuse', 'refuse']);
    expect(say(plan.rows[0].problems[0])).toBe('slug: altro belongs to another project than CUP B41B20000250001 (parco-nuovo)');
    expect(say(plan.rows[1].problems[0])).toBe('cup: E99F00000000001 is on more than one row (line 4)');
    await expect(commitProjectImport(db, plan, run('c.csv'))).rejects.toThrow('nothing was written');
  });

  it('checks NIL and Municipio columns against each other when no boundaries are loaded', async () => {
    const db = await memoryDb();
    await db.$client.execute("insert into municipi (id, name) values (8, 'Municipio 8'), (9, 'Municipio 9')");
    await db.$client.execute("insert into nil (id, name, slug, municipio_id, centroid_lat, centroid_lon) values (76, 'Quarto Oggiaro', 'quarto-oggiaro', 8, 45.51, 9.13)");
    const text = `${header}\n${row({ nil: '76', municipio: '' })}\n${row({ cup: '', slug: 'b', nil: '76', municipio: '9' })}\n${row({ cup: '', slug: 'c', nil: '77' })}\n`;
    const plan = await planProjectImport(db, parse(text).rows);
    expect(plan.rows[0]).toMatchObject({ action: 'create', record: { nil: 76, municipio: 8 } });
    expect(plan.rows[1].problems.map(say)).toEqual(['municipio: NIL 76 is in Municipio 8, not 9']);
    expect(plan.rows[2].problems.map(say)).toEqual(['nil: NIL 77 is not in the database']);
  });
});

describe('all or nothing', () => {
  it('rolls back every row when the database refuses one mid-commit', async () => {
    const db = await areasOnlyDb();
    const plan = await planProjectImport(db, parse(`${header}\n${row()}\n${row({ cup: '', slug: 'secondo', title_it: 'Secondo' })}\n`).rows);
    // Someone else takes a slug between the dry run and the commit.
    await db.$client.execute("insert into projects (slug, category, status, lat, lon) values ('secondo', 'green', 'design', 45.5, 9.1)");
    const before = await counts(db);
    await expect(commitProjectImport(db, plan, run('a.csv'))).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
  });
});
