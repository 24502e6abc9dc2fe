/**
 * Encryption at rest of second-factor secrets (issue #10, point 1): AES-256-GCM with a key
 * derived by HKDF-SHA256 from AUTH_SECRET (src/server/auth/authKey.ts), the user id as
 * associated data so a secret copied onto another account does not decrypt. A stolen database
 * alone then yields no TOTP secret. Stored as `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The 256-bit encryption key of a configured secret string. */
export function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'periferie-milano', 'totp-secret-v1', 32));
}

export function seal(key: Buffer, plain: Uint8Array, userId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The plain bytes, or null when the box was not sealed with this key for this user. */
export function open(key: Buffer, box: string, userId: number): Buffer | null {
  const [version, iv, tag, body] = box.split('.');
  if (version !== 'v1' || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  } catch {
    return null;
  }
}
