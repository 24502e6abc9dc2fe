/**
 * Random secrets handed to a browser (session ids, invitation links) and their SHA-256, which is
 * all the database keeps: a copy of the database cannot be replayed as a live session.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** @example tokenHash('abc') // 'ba7816bf…' */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
