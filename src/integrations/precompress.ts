/**
 * Writes a `.br` and a `.gz` beside every compressible file of the client build (issue #9,
 * point 3), once at build time at the highest levels, so src/server/http/staticFiles.ts never
 * compresses on a request. Fonts (woff/woff2) and images are compressed already and skipped;
 * a variant is kept only when it is smaller than the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export const COMPRESSIBLE = /\.(js|mjs|css|svg|html|json|xml|txt|ics|csv|webmanifest|map)$/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

export async function precompressDir(dir: string): Promise<{ files: number; bytes: number; br: number }> {
  const totals = { files: 0, bytes: 0, br: 0 };
  const jobs: Promise<void>[] = [];
  for await (const path of files(dir)) {
    jobs.push(
      (async () => {
        const body = await readFile(path);
        const [br, gzipped] = await Promise.all([
          brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
          gz(body, { level: 9 }),
        ]);
        if (br.length < body.length) await writeFile(`${path}.br`, br);
        if (gzipped.length < body.length) await writeFile(`${path}.gz`, gzipped);
        totals.files += 1;
        totals.bytes += body.length;
        totals.br += Math.min(br.length, body.length);
      })(),
    );
  }
  await Promise.all(jobs);
  return totals;
}

export default function precompress(): AstroIntegration {
  let client: URL | undefined;
  return {
    name: 'periferie:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        client = config.build.client;
      },
      'astro:build:done': async ({ logger }) => {
        if (!client) return;
        const { files: n, bytes, br } = await precompressDir(fileURLToPath(client));
        logger.info(`${n} files precompressed: ${Math.round(bytes / 1024)} KB → ${Math.round(br / 1024)} KB with brotli`);
      },
    },
  };
}
