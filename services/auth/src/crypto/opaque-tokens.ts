import { createHash, randomBytes } from 'node:crypto';

/** A new opaque credential: 256 random bits, base64url, with a prefix that says what it is. */
export function newOpaqueToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * The SHA-256 of an opaque token, as stored. A 256-bit random token needs no slow KDF: it cannot be
 * guessed, and the hash makes a database leak useless for presenting it.
 */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
