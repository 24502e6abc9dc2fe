import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, ENDPOINT_CSP } from '../../src/server/securityHeaders.ts';

describe('security headers', () => {
  it('adds HSTS over https only, and keeps a page CSP Astro already set', () => {
    const https = new Headers({ 'Content-Security-Policy': "script-src 'self'" });
    applySecurityHeaders(https, new URL('https://periferie.comune.milano.it/it/'), { private: false });
    expect(https.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect(https.get('Content-Security-Policy')).toBe("script-src 'self'");
    expect(https.get('Cache-Control')).toBeNull();
    const http = new Headers();
    applySecurityHeaders(http, new URL('http://127.0.0.1:4321/healthz'), { private: true });
    expect(http.get('Strict-Transport-Security')).toBeNull();
    expect(http.get('Content-Security-Policy')).toBe(ENDPOINT_CSP);
    expect(http.get('Cache-Control')).toBe('no-store, private');
    expect(http.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
