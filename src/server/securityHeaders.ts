/**
 * The headers every response carries (issue #4, point 11). Pages get Astro's hashed CSP
 * (astro.config.mjs `security.csp`, sent as a header, which unlike a meta tag can carry
 * frame-ancestors); anything else gets a strict policy of its own.
 */
export const ENDPOINT_CSP = "default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function applySecurityHeaders(headers: Headers, url: URL, options: { private: boolean }): void {
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', headers.get('Referrer-Policy') ?? 'strict-origin-when-cross-origin');
  headers.set('X-Frame-Options', 'DENY');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', ENDPOINT_CSP);
  if (url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // Staff pages and anything answering a signed-in person are never stored by a cache.
  if (options.private) {
    headers.set('Cache-Control', 'no-store, private');
    headers.append('Vary', 'Cookie');
  }
}
