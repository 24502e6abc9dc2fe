/**
 * Checks and re-encodes a staff photo (issue #4, point 9). The original is never stored or
 * served: sharp decodes it (refusing more than 40 megapixels before decoding, so a decompression
 * bomb costs nothing) and writes fresh WebP and JPEG files at responsive widths, with no
 * metadata at all (sharp drops EXIF, XMP, IPTC and so the GPS position unless asked to keep
 * them). Whatever else a polyglot file carried does not survive the re-encoding.
 * https://sharp.pixelplumbing.com/api-constructor#parameters (limitInputPixels, failOn)
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata } from 'sharp';
import { extensionMatches, sniffPhoto } from './photoType.ts';

export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;
export const PHOTO_WIDTHS = [320, 640, 1280, 1920] as const;
export const PHOTO_FORMATS = ['webp', 'jpg'] as const;

export class PhotoError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(key);
    this.key = key;
  }
}

/** Stores the photo under `<mediaDir>/<id>/` and returns the record's `file`, `/media/<id>`. */
export async function processPhoto(file: File, mediaDir: string): Promise<{ file: string; width: number; height: number }> {
  if (file.size === 0) throw new PhotoError('staff.error.photoMissing');
  if (file.size > MAX_PHOTO_BYTES) throw new PhotoError('staff.error.photoTooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffPhoto(bytes);
  if (!type) throw new PhotoError('staff.error.photoType');
  if (!extensionMatches(file.name, type)) throw new PhotoError('staff.error.photoExtension');

  // Loaded on the first upload, not at start: libvips adds ~26 MB to every server process's
  // memory, and only staff and residents sending photos need it (issue #9, server memory).
  const { default: sharp } = await import('sharp');
  const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' as const, sequentialRead: true };
  let meta: Metadata;
  try {
    // Reading the header decodes no pixels; the size is checked here so the message says why.
    meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoError('staff.error.photoUnreadable');
  }
  if (!meta.width || !meta.height) throw new PhotoError('staff.error.photoUnreadable');
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) throw new PhotoError('staff.error.photoPixels');
  // The decoder must agree with the magic bytes: a PNG header on a JPEG body is refused.
  if (meta.format !== type) throw new PhotoError('staff.error.photoType');
  if ((meta.pages ?? 1) > 1) throw new PhotoError('staff.error.photoType'); // animated WebP/PNG are not photos

  const id = randomBytes(16).toString('hex');
  const work = join(mediaDir, `.tmp-${id}`);
  // A disk that refuses the write (full, read-only, a file where the folder should be) is a
  // clean, localized refusal with nothing left behind (issue #10, point 3), not a 500.
  await mkdir(work, { recursive: true }).catch(() => {
    throw new PhotoError('staff.error.photoStorage');
  });
  try {
    for (const width of PHOTO_WIDTHS) {
      // rotate() applies the EXIF orientation before the metadata is dropped. Encoding to a
      // buffer first tells a photo that fails to decode from a disk that fails to write.
      const base = sharp(bytes, options).rotate().resize({ width, withoutEnlargement: true });
      const webp = await base.clone().webp({ quality: 80 }).toBuffer();
      const jpeg = await base.clone().jpeg({ quality: 82, mozjpeg: true }).toBuffer();
      await writeFile(join(work, `${width}.webp`), webp).catch(storageFailed);
      await writeFile(join(work, `${width}.jpg`), jpeg).catch(storageFailed);
    }
    await rename(work, join(mediaDir, id)).catch(storageFailed); // appears whole or not at all
  } catch (error) {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
    throw error instanceof PhotoError ? error : new PhotoError('staff.error.photoUnreadable');
  }
  return { file: `/media/${id}`, width: meta.width, height: meta.height };
}

function storageFailed(): never {
  throw new PhotoError('staff.error.photoStorage');
}

/** Removes a stored photo whose record could not be saved, so no file is left without its row. */
export async function discardPhoto(file: string, mediaDir: string): Promise<void> {
  const id = /^\/media\/([a-f0-9]{32})$/.exec(file)?.[1];
  if (id) await rm(join(mediaDir, id), { recursive: true, force: true }).catch(() => undefined);
}
