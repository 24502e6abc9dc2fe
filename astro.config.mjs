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
  // Markdown is rendered by src/server/markdown.ts; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  server: { port: 4321 },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    // Manual: the public pages live under /[locale]/ and check the locale themselves (unknown
    // ones answer 404); the back office under /staff/ is not localized by path (issue #4), which
    // Astro's prefix-always strategy would turn into a 404.
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
      SEED_DEMO: envField.boolean({ context: 'server', access: 'secret', optional: true, default: true }),
      // Where the City's official boundary files are looked for when the demo is seeded.
      BOUNDARIES_DIR: envField.string({ context: 'server', access: 'secret', optional: true, default: '../shared/data/milano' }),
      // Staff photos (issue #4): re-encoded files are written under DATA_DIR/media.
      DATA_DIR: envField.string({ context: 'server', access: 'secret', optional: true, default: 'data' }),
      // Shows the monthly report (/staff/report/YYYY-MM) without a staff sign-in: for demos and
      // tests only, see src/server/canSeeReport.ts. Never set it in production. 'secret' because
      // Astro inlines 'public' server variables at build time; secret ones are read at start.
      REPORT_PUBLIC_DEMO: envField.boolean({ context: 'server', access: 'secret', optional: true, default: false }),
      // Open-data API (issue #6): requests per minute per client address, 0 for no limit; and
      // whether to count the address a trusted reverse proxy puts last in X-Forwarded-For.
      // `secret` so they are read when the server starts, not fixed at build time.
      API_RATE_LIMIT: envField.number({ context: 'server', access: 'secret', optional: true, default: 300, int: true, min: 0 }),
      API_TRUST_PROXY: envField.boolean({ context: 'server', access: 'secret', optional: true, default: false }),
      // `npm run backup` asks the running server for the copy with this token (issue #10,
      // point 4); unset, POST /internal/backup does not exist.
      BACKUP_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
    },
  },
  security: {
    // Replaced by src/server/crossOrigin.ts in the middleware, which also covers JSON bodies and
    // lets refusals carry the security headers (issue #10).
    checkOrigin: false,
    // Photo uploads go through an Action: 15 MB of photo plus its form fields (issue #4, point 9).
    actionBodySizeLimit: 16 * 1024 * 1024,
    // Issue #4, point 11: Astro hashes every script and style it emits into script-src/style-src,
    // so no 'unsafe-inline' is needed. On-demand pages get it as an HTTP header, which (unlike a
    // meta tag) can carry frame-ancestors. src/middleware.ts gives endpoints a strict policy too.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        // maplibre-gl runs its tile parser in a blob: worker.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
});
