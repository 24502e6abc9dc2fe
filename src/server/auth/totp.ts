/**
 * TOTP (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1, 30-second steps, 6 digits), the second factor
 * of issue #10, point 1 (ASVS 6.3.3). Our own 40 lines over node:crypto rather than a
 * dependency: the algorithm is small, fixed, and checked against the RFC's test vectors.
 * Used by src/server/auth/secondFactor.ts (enrolment, sign-in, re-authentication).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as authenticator apps expect. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new RangeError('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** HOTP value of `counter` (RFC 4226 §5.3, dynamic truncation). */
export function hotp(secret: Uint8Array, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

/** @example totp(secret, Date.now()) // '287082' */
export function totp(secret: Uint8Array, atMs: number, digits = 6, stepSeconds = 30): string {
  return hotp(secret, Math.floor(atMs / 1000 / stepSeconds), digits);
}

/**
 * The time step a code belongs to, within one step either side for clock drift, or null. The
 * caller stores the step and refuses it (and earlier ones) next time, so a code works once.
 */
export function verifyTotp(secret: Uint8Array, code: string, atMs: number, lastUsedStep = -1): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = Math.floor(atMs / 30_000);
  for (const step of [now - 1, now, now + 1]) {
    if (step <= lastUsedStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(code))) return step;
  }
  return null;
}

/** A new 160-bit secret (RFC 4226 recommends the HMAC's output length). */
export const newTotpSecret = (): Buffer => randomBytes(20);

/** The otpauth:// URI authenticator apps read from a QR code. */
export function otpauthUri(secret: Uint8Array, account: string, issuer = 'Periferie Milano'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${base32Encode(secret)}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}
