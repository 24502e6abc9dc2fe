/** Tracking parameters dropped from page addresses (src/lib/trackingParams.ts, issue #9). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKING_PARAMS, withoutTracking } from '../../src/lib/trackingParams.ts';

describe('withoutTracking', () => {
  it('drops campaign and click ids, keeps every other pair as sent and in order', () => {
    expect(withoutTracking('')).toBe('');
    expect(withoutTracking('?status=open')).toBe('?status=open');
    expect(withoutTracking('?fbclid=IwAR0abc')).toBe('');
    expect(withoutTracking('?utm_source=fb&status=open&UTM_Medium=social&q=a%20b&gclid=x')).toBe('?status=open&q=a%20b');
    expect(withoutTracking('?q=utm_source%3Dx&utm_campaign')).toBe('?q=utm_source%3Dx');
    // Encoded names are still names; a broken escape is kept rather than guessed at.
    expect(withoutTracking('?%66bclid=1&%E0%A4%A=2')).toBe('?%E0%A4%A=2');
    // Look-alikes are not tracking ids.
    expect(withoutTracking('?utm=1&fbclidx=2&page=2')).toBe('?utm=1&fbclidx=2&page=2');
  });

  it('never leaves a tracking parameter, never touches a query without one, and is idempotent', () => {
    const name = fc.oneof(fc.constantFrom('utm_source', 'utm_campaign', 'fbclid', 'gclid', 'msclkid', 'status', 'page', 'q', 'municipio'), fc.string({ maxLength: 8 }));
    const pair = fc.tuple(name, fc.string({ maxLength: 12 })).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const search = pairs.length ? `?${pairs.join('&')}` : '';
        const clean = withoutTracking(search);
        const names = clean ? clean.slice(1).split('&').map((p) => decodeURIComponent(p.split('=')[0])) : [];
        expect(names.some((n) => TRACKING_PARAMS.test(n))).toBe(false);
        expect(withoutTracking(clean)).toBe(clean);
        const expected = pairs.filter((p) => !TRACKING_PARAMS.test(decodeURIComponent(p.split('=')[0])));
        expect(clean).toBe(expected.length ? `?${expected.join('&')}` : '');
      }),
      { numRuns: 300 },
    );
  });
});
