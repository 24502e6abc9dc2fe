// @ts-check
import { defineConfig, envField } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import keepCspDigests from './src/integrations/keepCspDigests.ts';
import dedupeCspHashes from './src/integrations/dedupeCspHashes.ts';
import keepPreloadedCss from './src/integrations/keepPreloadedCss.ts';
import precompress from './src/integrations/precompress.ts';
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
    // Issue #9: our own small server (src/server/http/serve.ts) serves the static files
    // precompressed and with the security headers, then hands everything else to Astro.
    mode: 'middleware',
    // Writes dist/_headers.json: the CSP of each prerendered page, sent as a header by serve.ts.
    staticHeaders: true,
    // Staff uploads are capped at 15 MB (issue #4); nothing we accept is larger than that.
    bodySizeLimit: 20 * 1024 * 1024,
  }),
  // precompress last: it reads the finished client build (issue #9, point 3).
  integrations: [svelte(), keepCspDigests(), dedupeCspHashes(), keepPreloadedCss(), precompress()],
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
      // Issue #3: a MapLibre style URL (vector or raster) for production basemaps; empty = the
      // plain built-in background, which makes no request outside this site. Not confidential:
      // `secret` only because Astro reads secret variables at start and inlines public ones into
      // the build, and one build should serve any deployment.
      MAP_STYLE_URL: envField.string({ context: 'server', access: 'secret', optional: true, default: '' }),
      // Other hosts that style's tiles, glyphs or sprites come from (comma-separated origins),
      // added with the style's own origin to the map pages' CSP connect-src and img-src.
      MAP_EXTRA_ORIGINS: envField.string({ context: 'server', access: 'secret', optional: true, default: '' }),
      // Issue #3: serves /<locale>/dev/location-editor, the location editor's demo, for tests.
      MAP_EDITOR_DEMO: envField.boolean({ context: 'server', access: 'secret', optional: true, default: false }),
      // Residents (issue #7). Mail: SMTP_URL (smtp[s]://user:pass@host:port) or host/port/user/pass;
      // with neither, messages are written as .eml files to DATA_DIR/outbox. All 'secret' so they
      // are read when the server starts, not baked into the build.
      SMTP_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      SMTP_HOST: envField.string({ context: 'server', access: 'secret', optional: true }),
      SMTP_PORT: envField.number({ context: 'server', access: 'secret', optional: true, default: 587 }),
      SMTP_USER: envField.string({ context: 'server', access: 'secret', optional: true }),
      SMTP_PASS: envField.string({ context: 'server', access: 'secret', optional: true }),
      MAIL_FROM: envField.string({ context: 'server', access: 'secret', optional: true, default: 'Periferie Milano <noreply@periferie.comune.milano.it>' }),
      // How often the mail worker looks at the queue.
      MAIL_INTERVAL_MS: envField.number({ context: 'server', access: 'secret', optional: true, default: 15000 }),
      // Public address used in links of e-mails; by default the address the resident subscribed at.
      SITE_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Target first-reply time to residents' feedback, in Milan working days (Mon–Fri, holidays out).
      FEEDBACK_TARGET_DAYS: envField.number({ context: 'server', access: 'secret', optional: true, default: 5 }),
      // The weekly digests' moment, Milan time: weekday 1 (Monday) … 7 (Sunday) and hour 0–23.
      DIGEST_WEEKDAY: envField.number({ context: 'server', access: 'secret', optional: true, default: 1, int: true, min: 1, max: 7 }),
      DIGEST_HOUR: envField.number({ context: 'server', access: 'secret', optional: true, default: 8, int: true, min: 0, max: 23 }),
      // Signs the public forms' timestamps (minimum time to submit); unset, one is made once and kept
      // in the database, shared by every instance (issue #9).
      FORM_SECRET: envField.string({ context: 'server', access: 'secret', optional: true }),
      // `npm run backup` asks the running server for the copy with this token (issue #10,
      // point 4); unset, POST /internal/backup does not exist.
      BACKUP_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Encrypts staff TOTP secrets at rest (issue #10, point 1; src/server/auth/authKey.ts). Set
      // the same long random value on every instance; unset, DATA_DIR/auth-secret is created.
      AUTH_SECRET: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Issue #9: memory for the public page cache (0 turns it off), how long a shared cache may
      // keep a public page (s-maxage; also the server copy's longest life), and the front cache
      // (Varnish, a CDN) told which URLs to drop on publish: PURGE per URL, BAN per cache tag.
      PAGE_CACHE_MB: envField.number({ context: 'server', access: 'secret', optional: true, default: 32, min: 0 }),
      CACHE_MAX_AGE: envField.number({ context: 'server', access: 'secret', optional: true, default: 300, int: true, min: 0 }),
      CACHE_PURGE_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
    },
  },
  security: {
    // Checked in src/middleware.ts instead (src/server/crossOrigin.ts): it also covers JSON bodies,
    // lets refusals carry the security headers (issue #10) and lets the RFC 8058 one-click
    // unsubscribe POST from mail providers through (issue #7).
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
      // MapLibre and Terra Draw position markers, popups and controls through style attributes;
      // only those (style-src-attr) may be inline. <style> elements and every script stay hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    // MapLibre GL JS is one ~1.1 MB module by design, loaded only on pages that show a map
    // (issue #3, point 9); the default 500 kB warning would fire on every build.
    build: { chunkSizeWarningLimit: 1200 },
  },
});
