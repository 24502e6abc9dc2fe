/**
 * Photo uploads through the running server (issue #4, point 9): a real photo is re-encoded into
 * responsive WebP and JPEG without any metadata (GPS included) and served with long cache
 * lifetimes; every hostile file is refused with a clear message and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import sharp from 'sharp';
import { createDb, type Db } from '../../db/client.ts';
import { editView } from '../../src/server/projects/revisions.ts';
import { staffClient } from '../helpers/staff.ts';

let db: Db;
let editor: Awaited<ReturnType<typeof staffClient>>;
let projectId: number;

beforeAll(async () => {
  db = await createDb(inject('databaseUrl'));
  editor = await staffClient(db, 'editor');
  // Municipio 7 is this file's, so other suites' edits do not race with these.
  projectId = Number((await db.$client.execute("select id from projects where publication = 'published' and municipio_id = 7 order by id limit 1")).rows[0].id);
});
afterAll(() => db.$client.close());

async function upload(bytes: Uint8Array, name: string, type: string, fields: Record<string, string> = { 'photo.alt.it': 'Il cortile rinnovato' }) {
  const view = (await editView(db, projectId))!;
  const form = new FormData();
  form.set('projectId', String(projectId));
  form.set('version', String(view.project.version));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('photo.file', new Blob([new Uint8Array(bytes)], { type }), name);
  return editor.post(`/staff/projects/${projectId}/`, 'media.upload', form);
}

const gpsJpeg = () =>
  sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 40, g: 120, b: 60 } } })
    .withExif({ IFD0: { Make: 'TestCam', Artist: 'Someone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 28/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '9/1 11/1 0/1' } })
    .jpeg()
    .toBuffer();

describe('photo upload', () => {
  it('re-encodes a photo into responsive sizes without metadata and serves it cached', async () => {
    const original = await gpsJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const reply = await upload(new Uint8Array(original), 'cortile.JPG', 'image/jpeg');
    expect(reply.status).toBe(303);
    const record = (await editView(db, projectId))!.record;
    const photo = record.media.at(-1)!;
    expect(photo.file).toMatch(/^\/media\/[a-f0-9]{32}$/);
    expect(photo.alt.it).toBe('Il cortile rinnovato');
    // Logged with the edit it made, in its transaction: the file, its size, who and on what.
    const [entry] = (await db.$client.execute({ sql: "select user_id, target_id, detail from audit_log where action = 'photo_upload' and detail like ?", args: [`%${photo.file}%`] })).rows;
    expect(entry).toMatchObject({ user_id: editor.account.id, target_id: String(projectId) });
    expect(JSON.parse(String(entry.detail))).toEqual({ file: photo.file, width: 2400, height: 1600 });
    for (const [name, type, width] of [['640.webp', 'image/webp', 640], ['1920.jpg', 'image/jpeg', 1920], ['320.jpg', 'image/jpeg', 320]] as const) {
      const res = await fetch(`${inject('baseUrl')}${photo.file}/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta.width).toBe(width);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
    }
    expect((await fetch(`${inject('baseUrl')}${photo.file}/9999.webp`)).status).toBe(404);
    expect((await fetch(`${inject('baseUrl')}/media/..%2F..%2Fsite.db/640.webp`)).status).toBe(404);
  });

  it('requires alt text', async () => {
    const before = (await editView(db, projectId))!.record.media.length;
    const reply = await upload(new Uint8Array(await gpsJpeg()), 'a.jpg', 'image/jpeg', {});
    expect(reply.status).toBe(422);
    expect(reply.html).toMatch(/id="f-photo-alt-it-error">Campo obbligatorio/);
    expect((await editView(db, projectId))!.record.media.length).toBe(before);
  });

  const png = () => sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } }).png().toBuffer();
  const hostile: [string, () => Promise<Uint8Array>, string, string, RegExp][] = [
    ['an SVG with script', async () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'), 'x.svg', 'image/svg+xml', /Sono accettate solo foto JPEG, PNG o WebP/],
    ['HTML named .jpg', async () => new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'x.jpg', 'image/jpeg', /Sono accettate solo foto JPEG, PNG o WebP/],
    ['a JPEG/HTML polyglot', async () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('<html><script>alert(1)</script></html>')]), 'x.jpg', 'image/jpeg', /non è un’immagine leggibile/],
    ['a PNG named .jpg', async () => new Uint8Array(await png()), 'x.jpg', 'image/jpeg', /estensione del file non corrisponde/],
    ['a decompression bomb (49 megapixels in a few kB)', async () => new Uint8Array(await sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#000' }, limitInputPixels: false }).greyscale().png({ compressionLevel: 9, palette: true }).toBuffer()), 'bomb.png', 'image/png', /supera 40 megapixel/],
    ['a file over 15 MB', async () => { const b = new Uint8Array(15.5 * 1024 * 1024); b.set([0xff, 0xd8, 0xff]); return b; }, 'big.jpg', 'image/jpeg', /supera 15 MB/],
    ['no extension', async () => new Uint8Array(await png()), 'photo', 'image/png', /estensione del file non corrisponde/],
  ];
  it.each(hostile)('refuses %s with a clear message', async (_name, make, fileName, type, message) => {
    const before = (await editView(db, projectId))!.record.media.length;
    const reply = await upload(await make(), fileName, type);
    expect(reply.status).toBe(422);
    expect(reply.html).toMatch(message);
    expect((await editView(db, projectId))!.record.media.length).toBe(before);
  });
});
