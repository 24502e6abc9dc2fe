// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';

/**
 * The public origin, for canonical URLs, hreflang, Open Graph, JSON-LD, the sitemap and
 * robots.txt (issue #5). A build-time setting: prerendered pages carry it in their HTML, so set
 * SITE_URL when building for another host (e.g. `SITE_URL=https://staging.example.it npm run build`).
 */
const SITE_URL = process.env.SITE_URL || 'https://periferie.comune.milano.it';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
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
    },
  },
  security: { checkOrigin: true },
});
