import { describe, expect, it } from 'vitest';
import { cookieSecure, sessionCookieName } from '../../src/server/auth/cookie.ts';

describe('session cookie', () => {
  it('is Secure with the __Host- prefix over https, plain on loopback http', () => {
    expect(cookieSecure(new URL('https://periferie.comune.milano.it/staff/'))).toBe(true);
    expect(sessionCookieName(new URL('https://periferie.comune.milano.it/staff/'))).toBe('__Host-pm_session');
    expect(cookieSecure(new URL('http://127.0.0.1:4321/staff/'))).toBe(false);
    expect(sessionCookieName(new URL('http://localhost:4321/staff/'))).toBe('pm_session');
  });
});
