import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWSHeaderParameters,
  type JWTPayload,
} from 'jose';
import { problems } from '../problem.js';
import type { Principal } from './principal.js';
import { VerifiedTokenCache } from './verified-token-cache.js';

/** Verifies access tokens and turns them into a Principal; throws a 401 HttpProblem otherwise. */
export interface AccessTokenVerifier {
  verify(token: string): Promise<Principal>;
  /** Fetches the key set once, for readiness checks. */
  check(): Promise<void>;
}

export interface JwtVerifierOptions {
  /** Where the auth service publishes its keys, or a key set held in memory (tests, offline tools). */
  keys: { jwksUrl: URL } | { jwks: JSONWebKeySet };
  issuer: string;
  /** The audience this service answers to; a token must name it. */
  audience: string | string[];
  clockToleranceSeconds?: number;
  /** The least time between two fetches of the key set for an unknown `kid` (default 30 s). */
  jwksCooldownMs?: number;
  /** How long a fetched key set is used before it is fetched again (default {@link defaultJwksCacheMaxAgeMs}). */
  jwksCacheMaxAgeMs?: number;
  /**
   * How many verified tokens are remembered, so that a token's signature is checked once rather than
   * on every request (default {@link defaultVerifiedTokenCacheSize}; 0 checks every time).
   */
  verifiedTokenCacheSize?: number;
  /** The current time in epoch milliseconds (tests move it); `Date.now` by default. */
  now?: () => number;
}

/**
 * Verified tokens remembered per verifier: an access token lives minutes and is used for many
 * requests, so this holds the working set of a busy service (≈ 1 KiB each) and evicts the least
 * recently used beyond it.
 */
const defaultVerifiedTokenCacheSize = 10_000;

/**
 * How long a service keeps using a fetched key set: the JWKS `max-age` the auth service publishes, so
 * a key revoked there is refused everywhere within this time (plus what a gateway caches).
 */
export const defaultJwksCacheMaxAgeMs = 300_000;

/**
 * RS256-only verification against the auth service's JWKS (RFC 8725: the algorithm is pinned, so
 * `none` and HMAC tokens never verify). A token whose `kid` is unknown makes jose refetch the key set
 * (at most once per cooldown), so a rotated key is picked up without a restart; the key set is fetched
 * again once it is older than the cache time, so a revoked key stops verifying within that time.
 * A token that verified is remembered until its `exp` (bench/generated-router.ts: RS256 is the largest
 * cost of a request otherwise) and trusted again only while its key set gives the same key for it.
 */
export function createJwtVerifier(options: JwtVerifierOptions): AccessTokenVerifier {
  const keySet =
    'jwksUrl' in options.keys
      ? createRemoteJWKSet(options.keys.jwksUrl, {
          cooldownDuration: options.jwksCooldownMs ?? 30_000,
          cacheMaxAge: options.jwksCacheMaxAgeMs ?? defaultJwksCacheMaxAgeMs,
          timeoutDuration: 5_000,
        })
      : createLocalJWKSet(options.keys.jwks);
  const jwksUrl = 'jwksUrl' in options.keys ? options.keys.jwksUrl : undefined;

  const now = options.now ?? Date.now;
  const verified = new VerifiedTokenCache(options.verifiedTokenCacheSize ?? defaultVerifiedTokenCacheSize);

  /**
   * A token verified before, if it may be trusted again now: not expired (its `exp`, without the
   * clock tolerance) and its key still the one the key set gives for its header. Asking the key set
   * is what drops it when its key leaves the JWKS: a remote key set is fetched again once older than
   * its cache time, exactly as for a full verification, and gives new key objects when it is.
   */
  async function verifiedBefore(cacheKey: string): Promise<Principal | undefined> {
    const entry = verified.get(cacheKey, now());
    if (entry === undefined) return undefined;
    try {
      if ((await keySet(entry.protectedHeader)) === entry.key) return entry.principal;
    } catch {
      // No longer published, or the key set cannot be read: a full verification decides and explains.
    }
    verified.delete(cacheKey);
    return undefined;
  }

  async function verifyFully(
    token: string,
  ): Promise<{ principal: Principal; expiresAtMs: number; protectedHeader: JWSHeaderParameters; key: unknown }> {
    try {
      const { payload, protectedHeader, key } = await jwtVerify(token, keySet, {
        algorithms: ['RS256'],
        // RFC 9068: an access token says so, so an ID token or other JWT from the same issuer is refused.
        typ: 'at+jwt',
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds ?? 5,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: new Date(now()),
      });
      return { principal: Object.freeze(principalFromClaims(payload)), expiresAtMs: payload.exp! * 1000, protectedHeader, key };
    } catch (error) {
      // The auth service being unreachable is our outage, not the caller's bad token.
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw problems.unavailable('The auth service key set could not be fetched; try again shortly.');
      }
      throw problems.unauthorized(describeVerificationError(error), 'Bearer realm="ilenia", error="invalid_token"');
    }
  }

  return {
    async verify(token) {
      if (verified.maxEntries <= 0) return (await verifyFully(token)).principal;
      const cacheKey = VerifiedTokenCache.keyOf(token);
      const remembered = await verifiedBefore(cacheKey);
      if (remembered) return remembered;
      // Only successes are remembered: a refused token is checked again in full on its next request.
      const result = await verifyFully(token);
      verified.set(cacheKey, result);
      return result.principal;
    },
    async check() {
      if (!jwksUrl) return;
      const response = await fetch(jwksUrl, { signal: AbortSignal.timeout(3_000) });
      if (!response.ok) throw new Error(`JWKS at ${jwksUrl.href} answered ${response.status}`);
    },
  };
}

/** Reads the Ilenia claims (RFC 9068 profile plus roles and permissions) into a Principal. */
function principalFromClaims(payload: JWTPayload): Principal {
  const claims = payload as JWTPayload & { client_id?: unknown; roles?: unknown; permissions?: unknown; scope?: unknown };
  const permissions = new Set<string>();
  if (Array.isArray(claims.permissions))
    for (const permission of claims.permissions) if (typeof permission === 'string') permissions.add(permission);
  if (typeof claims.scope === 'string') for (const scope of claims.scope.split(' ')) if (scope) permissions.add(scope);
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : [];
  const clientId = typeof claims.client_id === 'string' ? claims.client_id : undefined;
  // RFC 9068: a client-credentials token's subject is the client itself.
  const kind = clientId !== undefined && clientId === claims.sub ? 'service' : 'user';
  return {
    kind,
    subject: String(claims.sub),
    clientId,
    roles,
    permissions,
    tokenId: typeof claims.jti === 'string' ? claims.jti : undefined,
    expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined,
    claims,
  };
}

function describeVerificationError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'typ')
    return 'The token is not an access token (typ must be at+jwt).';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'The access token is not valid yet.';
    return `The access token's "${error.claim}" claim is not accepted here.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The access token is not signed with RS256.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The access token was signed with a key the auth service does not publish.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The access token signature is invalid.';
  if (error instanceof errors.JOSEError) return 'The access token is malformed.';
  return 'The access token could not be verified.';
}
