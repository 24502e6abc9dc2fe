/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's locale, from the first path segment (src/middleware.ts). */
    locale: import('./i18n/locales.ts').Locale;
    /** The signed-in staff member, or null (src/middleware.ts, from the session cookie). */
    user: import('./server/auth/sessions.ts').SessionUser | null;
    /** A session waiting for its second factor or its enrolment: signs nobody in (issue #10). */
    pending: import('./server/auth/sessions.ts').SessionUser | null;
    /** The back office's language: preference cookie, else Accept-Language (src/server/staffLocale.ts). */
    staffLocale: import('./server/staffLocale.ts').StaffLocale;
    /** Seconds a throttled sign-in must wait, for the page's Retry-After header. */
    retryAfter?: number;
    /**
     * The newest cache tag version, read once per request before anything renders: by the
     * page cache's lookup in src/server/http/serveCached.ts or src/server/cache/servePublic.ts.
     * Whatever keeps data under that version (src/server/projectPage.ts) reuses it.
     */
    cacheVersion?: number;
  }
}
