// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  output: 'server',
  adapter: node({
    mode: 'standalone',
    // Staff uploads are capped at 15 MB (issue #4); nothing we accept is larger than that.
    bodySizeLimit: 20 * 1024 * 1024,
  }),
  integrations: [svelte()],
  server: { port: 4321 },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  env: {
    schema: {
      DATABASE_URL: envField.string({
        context: 'server',
        access: 'secret',
        optional: true,
        default: 'file:data/periferie.db',
      }),
      DATABASE_AUTH_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
      SEED_DEMO: envField.boolean({ context: 'server', access: 'public', optional: true, default: true }),
      // Where the City's official boundary files are looked for when the demo is seeded.
      BOUNDARIES_DIR: envField.string({ context: 'server', access: 'public', optional: true, default: '../shared/data/milano' }),
      // Issue #3: a MapLibre style URL (vector or raster) for production basemaps; empty = the
      // plain built-in background, which makes no request outside this site. Not confidential:
      // `secret` only because Astro reads secret variables at start and inlines public ones into
      // the build, and one build should serve any deployment.
      MAP_STYLE_URL: envField.string({ context: 'server', access: 'secret', optional: true, default: '' }),
      // Issue #3: serves /<locale>/dev/location-editor, the location editor's demo, for tests.
      MAP_EDITOR_DEMO: envField.boolean({ context: 'server', access: 'secret', optional: true, default: false }),
    },
  },
  security: { checkOrigin: true },
  vite: {
    // MapLibre GL JS is one ~1.1 MB module by design, loaded only on pages that show a map
    // (issue #3, point 9); the default 500 kB warning would fire on every build.
    build: { chunkSizeWarningLimit: 1200 },
  },
});
