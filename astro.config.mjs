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
      // Open-data API (issue #6): requests per minute per client address, 0 for no limit; and
      // whether to count the address a trusted reverse proxy puts last in X-Forwarded-For.
      // `secret` so they are read when the server starts, not fixed at build time.
      API_RATE_LIMIT: envField.number({ context: 'server', access: 'secret', optional: true, default: 300, int: true, min: 0 }),
      API_TRUST_PROXY: envField.boolean({ context: 'server', access: 'secret', optional: true, default: false }),
    },
  },
  security: { checkOrigin: true },
});
