/** The second factor's primitives (issue #10, point 1), against RFC 6238 Appendix B and RFC 4226 Appendix D. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRecoveryCode, newRecoveryCodes, recoveryCodeHash } from '../../src/server/auth/recoveryCodes.ts';
import { base32Decode, base32Encode, hotp, otpauthUri, totp, verifyTotp } from '../../src/server/auth/totp.ts';

const rfcSecret = Buffer.from('12345678901234567890');

describe('TOTP', () => {
  it('matches the RFC 4226 HOTP vectors', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expected.forEach((code, counter) => expect(hotp(rfcSecret, counter)).toBe(code));
  });

  it('matches the RFC 6238 SHA-1 vectors (8 digits)', () => {
    const vectors: [number, string][] = [[59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130']];
    for (const [t, code] of vectors) expect(totp(rfcSecret, t * 1000, 8)).toBe(code);
  });

  it('accepts one step of drift either side, each step once, and nothing malformed', () => {
    const at = 1_700_000_000_000;
    const code = totp(rfcSecret, at);
    const step = verifyTotp(rfcSecret, code, at + 30_000);
    expect(step).toBe(Math.floor(at / 30_000));
    expect(verifyTotp(rfcSecret, code, at + 30_000, step!)).toBeNull(); // replay
    expect(verifyTotp(rfcSecret, code, at + 90_000)).toBeNull();
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code} `, '\u0661'.repeat(6)]) expect(verifyTotp(rfcSecret, bad, at)).toBeNull();
  });

  it('base32 round-trips any bytes, and the otpauth URI carries the secret', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(base32Decode(base32Encode(bytes)).equals(Buffer.from(bytes))).toBe(true);
    }));
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI'); // RFC 4648 §10
    expect(otpauthUri(rfcSecret, 'a@comune.milano.it')).toContain(`secret=${base32Encode(rfcSecret)}`);
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes, matched by hash however they are typed, each found once', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const hashes = codes.map(recoveryCodeHash);
    expect(hashes.join()).not.toContain(codes[0]);
    expect(matchRecoveryCode(` ${codes[3].toUpperCase().replace(/-/g, ' ')} `, hashes)).toBe(3);
    expect(matchRecoveryCode('not-a-real-code', hashes)).toBe(-1);
  });
});
