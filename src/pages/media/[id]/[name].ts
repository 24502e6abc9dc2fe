import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mediaDir } from '../../../server/media/mediaDir.ts';

const types = { webp: 'image/webp', jpg: 'image/jpeg' } as const;

/**
 * Serves re-encoded photos (`/media/<id>/<width>.<webp|jpg>`). A photo's files never change once
 * written (a new upload gets a new random id), so they are cached for a year, immutable.
 */
export const GET: APIRoute = async ({ params }) => {
  const id = params.id ?? '';
  const m = /^(320|640|1280|1920)\.(webp|jpg)$/.exec(params.name ?? '');
  if (!/^[a-f0-9]{32}$/.test(id) || !m) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(join(mediaDir(), id, m[0]));
    return new Response(body, {
      headers: {
        'Content-Type': types[m[2] as keyof typeof types],
        'Cache-Control': 'public, max-age=31536000, immutable',
        'Content-Length': String(body.byteLength),
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
