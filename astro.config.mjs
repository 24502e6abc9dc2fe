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
    // Every public page lives under src/pages/[locale]/ and checks its locale itself (404 when
    // unknown), and / picks the reader's language (src/pages/index.ts). 'manual' keeps Astro's
    // prefix rule from answering 404 for the pages that are not localized, like /staff/… (#8).
    routing: 'manual',
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
      // Shows the monthly report (/staff/report/YYYY-MM) without a staff sign-in: for demos and
      // tests only, see src/server/canSeeReport.ts. Never set it in production. 'secret' because
      // Astro inlines 'public' server variables at build time; secret ones are read at start.
      REPORT_PUBLIC_DEMO: envField.boolean({ context: 'server', access: 'secret', optional: true, default: false }),
    },
  },
  security: { checkOrigin: true },
});
