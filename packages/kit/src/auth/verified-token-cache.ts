import { createHash } from 'node:crypto';
import type { JWSHeaderParameters } from 'jose';
import type { Principal } from './principal.js';

/** A token that passed every check, and what it was checked with. */
export interface VerifiedToken {
  principal: Principal;
  /** The token's `exp`, in epoch milliseconds: the entry is never served at or after it. */
  expiresAtMs: number;
  /** The header it was verified under, to ask the key set again for its key. */
  protectedHeader: JWSHeaderParameters;
  /** The key that verified it; a hit is served only while the key set still resolves to this key. */
  key: unknown;
}

/**
 * The tokens a verifier has already verified, so that the RS256 signature of a token is checked once
 * and not on each of its requests. Bounded (least recently used goes first), keyed by the token's
 * SHA-256 (the token itself is never kept), and only successes are kept: a refusal is decided anew
 * every time. Whoever serves a hit must first make sure the token has not expired and its key is
 * still published (see createJwtVerifier).
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, VerifiedToken>();

  constructor(readonly maxEntries: number) {}

  /** The cache key of a token. */
  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry of `key` if it is still valid at `nowMs` (an expired one is dropped), most recently used from now on. */
  get(key: string, nowMs: number): VerifiedToken | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (nowMs >= entry.expiresAtMs) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: VerifiedToken): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
