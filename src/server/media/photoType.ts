/**
 * What a photo really is, from its first bytes, never from its name or declared type: only JPEG,
 * PNG and WebP pass, and the file's extension must agree (issue #4, point 9).
 */
export type PhotoType = 'jpeg' | 'png' | 'webp';

const extensions: Record<PhotoType, string[]> = { jpeg: ['jpg', 'jpeg'], png: ['png'], webp: ['webp'] };

/** @example sniffPhoto(Buffer.from([0xff, 0xd8, 0xff, 0xe0])) // 'jpeg' */
export function sniffPhoto(bytes: Uint8Array): PhotoType | null {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

/** @example extensionMatches('IMG_001.JPG', 'jpeg') // true */
export function extensionMatches(fileName: string, type: PhotoType): boolean {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return fileName.includes('.') && extensions[type].includes(ext);
}
