/**
 * Puts back, empty, the stylesheets a client chunk preloads and Astro deleted (issue #9, the
 * small maps). ProjectMap is hydrated as an island on /map, so Astro's CSS plugin deletes the
 * client build's copy of its styles, all of which the server build already gives the pages that
 * use it. The small maps of project and area pages import ProjectMap in the browser instead
 * (src/components/map/smallMapElement.ts), and Vite's preload list for that import still names
 * the deleted file: its 404 stopped the map from starting. Their page has those styles already
 * (SmallMap.astro imports ProjectMap for them), so an empty file under the name is all the import
 * needs. Only missing files are written; if Astro stops deleting them, this writes nothing.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The stylesheets named in the preload lists (`__vite__mapDeps`) of a built chunk, as paths
 * relative to the client build's root.
 * @example preloadedCss('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.1.js","_astro/a.2.css"])))') // ['_astro/a.2.css']
 */
export function preloadedCss(code: string): string[] {
  const found: string[] = [];
  for (const [, list] of code.matchAll(/__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/g)) {
    for (const dep of JSON.parse(list) as string[]) if (dep.endsWith('.css')) found.push(dep);
  }
  return found;
}

const STUB = '/* The page has these styles already: src/integrations/keepPreloadedCss.ts */\n';

export default function keepPreloadedCss(): AstroIntegration {
  let client: URL | undefined;
  return {
    name: 'periferie:keep-preloaded-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        client = config.build.client;
      },
      'astro:build:done': async ({ logger }) => {
        if (!client) return;
        const root = fileURLToPath(client);
        const assets = join(root, '_astro');
        const written = new Set<string>();
        for (const name of await readdir(assets)) {
          if (!name.endsWith('.js')) continue;
          for (const dep of preloadedCss(await readFile(join(assets, name), 'utf8'))) {
            const path = join(root, dep);
            if (written.has(path) || existsSync(path)) continue;
            await writeFile(path, STUB);
            written.add(path);
          }
        }
        if (written.size > 0) logger.info(`${written.size} preloaded stylesheet(s) Astro had moved to the server build written empty`);
      },
    },
  };
}
