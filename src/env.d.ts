/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's locale, from the first path segment (src/middleware.ts). */
    locale: import('./i18n/locales.ts').Locale;
  }
}
