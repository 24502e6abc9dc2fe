/** Where photos live: `<DATA_DIR>/media` (astro:env DATA_DIR, default `data`). */
import { resolve } from 'node:path';
import { DATA_DIR } from 'astro:env/server';

export function mediaDir(): string {
  return resolve(DATA_DIR, 'media');
}
