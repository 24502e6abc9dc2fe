/**
 * `npm run import:projects` as staff run it (issue #6): a real process on a real database file.
 * Hostile files get row-level reasons and write nothing; a process killed mid-commit leaves the
 * database as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { tempFileDb } from '../helpers/db.ts';
import { areasOnlyDb, syntheticCsv } from '../helpers/projectFiles.ts';

const root = join(import.meta.dirname, '../..');
let db: Db;
let url: string;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ db, url, dir, cleanup } = await tempFileDb());
  await areasOnlyDb(db);
});
afterAll(() => cleanup());

function file(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function cli(path: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ['db/import/projects-cli.ts', path, ...flags], {
    cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function snapshot() {
  const n = async (table: string) => Number((await db.$client.execute(`select count(*) as n from ${table}`)).rows[0].n);
  return { projects: await n('projects'), texts: await n('project_translations'), funding: await n('funding'), runs: await n('import_runs') };
}

const header = 'cup,slug,title_it,title_en,summary_it,category,status,municipio,nil,lat,lon,budget_eur,funding_source,start_date,end_date,progress';
const good = 'B41B20000250001,parco-nuovo,Parco nuovo,New park,Un parco,green,design,,,45.5136,9.1377,1250000.50,pnrr,2026-01-01,2027-06-30,0';

// Each case starts a real process (about a second each on a 2-core machine).
describe('npm run import:projects', { timeout: 60_000 }, () => {
  it('dry-runs by default: one line per row, nothing written', async () => {
    const before = await snapshot();
    const { code, out } = cli(file('good.csv', `${header}\n${good}\n`));
    expect(code).toBe(0);
    expect(out).toContain('line 2: create parco-nuovo');
    expect(out).toContain('1 to create, 0 to update, 0 unchanged, 0 refused. Dry run: nothing was written');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses hostile rows with their line and reason, and writes nothing even with --commit', async () => {
    const before = await snapshot();
    const rows = [
      good,
      'B41B20000250001,doppio,Stesso CUP,,,green,design,,,45.5136,9.1377,,,,,0',
      'B41B2000025,cup-corto,CUP corto,,,green,design,,,45.5136,9.1377,,,,,0',
      ',fuori,Fuori Milano,,,green,design,,,41.9028,12.4964,,,,,0',
      ',html,"<img src=x onerror=alert(1)>",,,green,design,,,45.5136,9.1377,,,,,0',
      `,formula,"=cmd|' /C calc'!A0",,,green,design,,,45.5136,9.1377,,,,,0`,
      ',ok,Riga buona,,,green,design,,,45.5136,9.1377,,,,,0',
    ];
    const { code, out, err } = cli(file('hostile.csv', `${header}\n${rows.join('\n')}\n`), '--commit');
    expect(code).toBe(1);
    expect(out).toContain('line 2: refuse parco-nuovo\n    cup: B41B20000250001 is on more than one row (line 3)');
    expect(out).toContain('line 3: refuse doppio');
    expect(out).toMatch(/line 4: refuse cup-corto\n {4}cup \("B41B2000025"\): is not a valid CUP/);
    expect(out).toMatch(/line 5: refuse fuori\n {4}lat \("41.9028"\): position 41.9028, 12.4964 is outside Milan/);
    expect(out).toMatch(/line 6: refuse html\n {4}title_it .*HTML tags/);
    expect(out).toMatch(/line 7: refuse formula\n {4}title_it .*spreadsheet formula/);
    expect(out).toContain('line 8: create ok');
    expect(err).toContain('1 to create, 0 to update, 0 unchanged, 6 refused. Nothing was written');
    expect(await snapshot()).toEqual(before);
  });

  it('accepts Excel’s semicolons, BOM and decimal commas, and commits them', async () => {
    const excel = `\uFEFF${header.replaceAll(',', ';')}\r\n${good.replaceAll(',', ';').replace('45.5136', '45,5136').replace('9.1377', '9,1377').replace('1250000.50', '1250000,50')}\r\n`;
    const { code, out } = cli(file('excel.csv', excel), '--commit');
    expect(out).toContain('byte-order mark removed');
    expect(out).toContain('cells are separated by semicolons');
    expect(code).toBe(0);
    expect(out).toMatch(/committed as import run \d+: 1 created \(drafts\)/);
    const saved = (await db.$client.execute("select lat, lon, budget_current_cents, publication from projects where cup = 'B41B20000250001'")).rows[0];
    expect(saved).toMatchObject({ lat: 45.5136, lon: 9.1377, budget_current_cents: 125000050, publication: 'draft' });
  });

  it.each([
    ['latin1.csv', Buffer.concat([Buffer.from(`${header}\n,a,Citt`), Buffer.from([0xe0]), Buffer.from(',,,green,design,,,45.5,9.1,,,,,0\n')]), 'not UTF-8 text: line 2'],
    ['columns.csv', 'cup;slug;titolo\nA;b;c\n', 'unknown column "titolo"'],
    ['missing.csv', 'cup,slug,title_it\nA,b,c\n', 'missing column(s) title_en, summary_it, category'],
    ['empty.csv', `${header}\n`, 'a header but no rows'],
    ['not.geojson', '{"type":"Feature"}', 'not a GeoJSON FeatureCollection'],
  ])('refuses %s as a whole, naming the problem', async (name, content, words) => {
    const before = await snapshot();
    const { code, err } = cli(file(name, content), '--commit');
    expect(code).toBe(1);
    expect(err).toContain(words);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a 100 MB file before reading it', async () => {
    const path = join(dir, 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: costs no disk and no time
    closeSync(fd);
    const started = performance.now();
    const { code, err } = cli(path, '--commit');
    expect(code).toBe(1);
    expect(err).toContain('the file is 100 MB, more than the 20 MB an import accepts');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('leaves the database as it was when killed in the middle of a commit', async () => {
    const before = await snapshot();
    const path = file('large.csv', await syntheticCsv(db, 3000, 'killed'));
    const child = spawn(process.execPath, ['db/import/projects-cli.ts', path, '--commit', '--publish'], {
      cwd: root, env: { ...process.env, DATABASE_URL: url, IMPORT_TEST_PAUSE_MS: '60000' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr!.on('data', (d) => {
        stderr += d;
        if (stderr.includes('paused inside the transaction')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before pausing: ${stderr}`)));
    });
    // The first batch of 200 projects is written, uncommitted, when the process dies.
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(await snapshot()).toEqual(before);
    expect((await db.$client.execute('pragma integrity_check')).rows[0].integrity_check).toBe('ok');
    expect((await db.$client.execute("select count(*) as n from projects where slug like 'killed-%'")).rows[0].n).toBe(0);

    // The same file then goes in whole.
    const { code } = cli(path, '--commit', '--publish');
    expect(code).toBe(0);
    expect((await snapshot()).projects).toBe(before.projects + 3000);
  });

  it('tells the front cache to drop every page after a commit, never after a dry run, and never fails for it', async () => {
    const seen: { method: string; tags: string | undefined }[] = [];
    let status = 200;
    // Raw TCP, as Node's HTTP parser refuses Varnish's BAN method with a 400 of its own.
    const front = createServer((socket) => {
      socket.once('data', (chunk) => {
        const [line, ...headers] = chunk.toString('latin1').split('\r\n');
        const tags = headers.find((h) => /^x-cache-tags:/i.test(h))?.replace(/^[^:]*:\s*/, '');
        seen.push({ method: line.split(' ')[0], tags });
        socket.end(`HTTP/1.1 ${status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      });
    }).listen(0, '127.0.0.1');
    await once(front, 'listening');
    const base = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
    // Async: the front cache above answers from this process's event loop.
    const run = (path: string, ...flags: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((done) => {
        const child = spawn(process.execPath, ['db/import/projects-cli.ts', path, ...flags], { cwd: root, env: { ...process.env, DATABASE_URL: url, CACHE_PURGE_URL: base } });
        let out = '';
        let err = '';
        child.stdout.on('data', (c) => (out += c));
        child.stderr.on('data', (c) => (err += c));
        child.on('close', (code) => done({ code, out, err }));
      });
    try {
      const csv = file('front.csv', `${header}\n,front-cache,Cache davanti,,,green,design,,,45.5136,9.1377,,,,,0\n`);
      expect((await run(csv)).code).toBe(0);
      expect(seen).toEqual([]);
      const committed = await run(csv, '--commit');
      expect(committed.code, committed.out + committed.err).toBe(0);
      expect(seen).toEqual([{ method: 'BAN', tags: 'all' }]);
      expect(committed.out).toContain(`Front cache at ${base} told to drop every public page.`);
      // A front cache that refuses: the import stands, and says what it could not do.
      status = 405;
      const again = await run(file('front2.csv', `${header}\n,front-cache-2,Cache davanti 2,,,green,design,,,45.5136,9.1377,,,,,0\n`), '--commit');
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/committed as import run \d+: 1 created/);
      expect(again.err).toContain('answered 405 to BAN');
    } finally {
      front.close();
    }
  });
});
