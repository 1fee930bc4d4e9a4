import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { problems } from '../problem.js';
import type { Principal } from './principal.js';

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
}

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
 */
export function createJwtVerifier(options: JwtVerifierOptions): AccessTokenVerifier {
  const keySet =
    'jwksUrl' in options.keys
      ? createRemoteJWKSet(options.keys.jwksUrl, { cooldownDuration: options.jwksCooldownMs ?? 30_000, cacheMaxAge: options.jwksCacheMaxAgeMs ?? defaultJwksCacheMaxAgeMs, timeoutDuration: 5_000 })
      : createLocalJWKSet(options.keys.jwks);
  const jwksUrl = 'jwksUrl' in options.keys ? options.keys.jwksUrl : undefined;

  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keySet, {
          algorithms: ['RS256'],
          // RFC 9068: an access token says so, so an ID token or other JWT from the same issuer is refused.
          typ: 'at+jwt',
          issuer: options.issuer,
          audience: options.audience,
          clockTolerance: options.clockToleranceSeconds ?? 5,
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        return principalFromClaims(payload);
      } catch (error) {
        // The auth service being unreachable is our outage, not the caller's bad token.
        if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
          throw problems.unavailable('The auth service key set could not be fetched; try again shortly.');
        }
        throw problems.unauthorized(describeVerificationError(error), 'Bearer realm="ilenia", error="invalid_token"');
      }
    },
    async check() {
      if (!jwksUrl) return;
      const response = await fetch(jwksUrl, { signal: AbortSignal.timeout(3_000) });
      if (!response.ok) throw new Error(`JWKS at ${jwksUrl.href} answered ${response.status}`);
    },
  };
}

/** Reads the Ilenia claims (RFC 9068 profile plus roles and permissions) into a Principal. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const claims = payload as JWTPayload & { client_id?: unknown; roles?: unknown; permissions?: unknown; scope?: unknown };
  const permissions = new Set<string>();
  if (Array.isArray(claims.permissions)) for (const permission of claims.permissions) if (typeof permission === 'string') permissions.add(permission);
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
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'typ') return 'The token is not an access token (typ must be at+jwt).';
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
