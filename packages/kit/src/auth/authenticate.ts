import type { Request, RequestHandler } from 'express';
import { problems } from '../problem.js';
import type { OperationDefinition, SecuritySchemeDefinition } from '../openapi/operation.js';
import type { AccessTokenVerifier } from './jwt-verifier.js';
import { missingPermissions, type Principal } from './principal.js';

/**
 * Checks one security scheme on a request: `absent` when the request carries no such credential,
 * `present` (with the caller, when the scheme identifies one) when it does; throws a 401 HttpProblem
 * when a credential is there but wrong.
 */
export type Authenticator = (request: Request) => Promise<{ outcome: 'absent' } | { outcome: 'present'; principal?: Principal }>;

/** Bearer access tokens verified by `verifier`. */
export function bearerAuthenticator(verifier: AccessTokenVerifier): Authenticator {
  return async (request) => {
    const token = bearerToken(request);
    if (token === undefined) return { outcome: 'absent' };
    return { outcome: 'present', principal: await verifier.verify(token) };
  };
}

/**
 * For schemes whose credential the handler itself checks (a refresh cookie, client credentials in
 * Basic): the router only makes sure the credential is there, and the handler owns the rest.
 */
export function presenceAuthenticator(scheme: SecuritySchemeDefinition): Authenticator {
  return (request) => Promise.resolve(credentialPresent(scheme, request) ? { outcome: 'present' } : { outcome: 'absent' });
}

function credentialPresent(scheme: SecuritySchemeDefinition, request: Request): boolean {
  if (scheme.type === 'http' && scheme.scheme === 'basic') return /^Basic\s+\S+/i.test(request.headers.authorization ?? '');
  if (scheme.type !== 'apiKey') return false;
  const value =
    scheme.in === 'header'
      ? request.headers[scheme.name.toLowerCase()]
      : scheme.in === 'query'
        ? request.query[scheme.name]
        : (request.cookies as Record<string, unknown> | undefined)?.[scheme.name];
  return Boolean(value);
}

function isBearer(scheme: SecuritySchemeDefinition | undefined): boolean {
  return scheme?.type === 'http' && scheme.scheme === 'bearer';
}

/** How a security scheme's credential reads in an error message. */
function describeCredential(scheme: SecuritySchemeDefinition | undefined): string {
  if (scheme === undefined || isBearer(scheme)) return 'an access token (Authorization: Bearer <token>)';
  if (scheme.type === 'http' && scheme.scheme === 'basic') return 'client credentials (Authorization: Basic)';
  if (scheme.type === 'apiKey')
    return scheme.in === 'cookie'
      ? `the ${scheme.name} cookie`
      : `the ${scheme.name} ${scheme.in === 'query' ? 'query parameter' : 'header'}`;
  return 'credentials';
}

/** The token of an `Authorization: Bearer` header; a malformed header is a 401, not an absence. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined || /^Basic\s/i.test(header)) return undefined;
  const match = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header);
  if (!match)
    throw problems.unauthorized('The Authorization header must be "Bearer <token>".', 'Bearer realm="ilenia", error="invalid_request"');
  return match[1];
}

/**
 * The middleware that runs before validation and before the handler of a secured operation:
 * one security alternative of the spec must be satisfied (else 401), and the caller must hold every
 * permission the operation declares (else 403). Handlers therefore cannot forget authorisation.
 */
export function authorizeOperation(
  operation: OperationDefinition,
  authenticators: Readonly<Record<string, Authenticator>>,
  schemes: Readonly<Record<string, SecuritySchemeDefinition>> = {},
): RequestHandler {
  const anonymousAllowed = operation.security.length === 0 || operation.security.some((alternative) => alternative.length === 0);
  const alternatives = operation.security.filter((alternative) => alternative.length > 0);
  const required = operation.requiredPermissions ?? [];

  return async (request, response, next) => {
    try {
      let principal: Principal | undefined;
      let satisfied = false;
      for (const alternative of alternatives) {
        let allPresent = true;
        let alternativePrincipal: Principal | undefined;
        for (const scheme of alternative) {
          const result = await authenticators[scheme]!(request);
          if (result.outcome === 'absent') {
            allPresent = false;
            break;
          }
          alternativePrincipal ??= result.principal;
        }
        if (allPresent) {
          satisfied = true;
          principal = alternativePrincipal;
          break;
        }
      }
      // An answer to a caller who presented credentials is theirs alone, a refusal included: no shared
      // or browser cache may keep it (a handler may still say otherwise for what it knows is public).
      if (satisfied && alternatives.length > 0) response.setHeader('Cache-Control', 'no-store');
      if (!satisfied && !anonymousAllowed) {
        const needed = alternatives.map((alternative) => alternative.map((name) => describeCredential(schemes[name])).join(' and '));
        const challenge = alternatives.some((alternative) => alternative.some((name) => isBearer(schemes[name])))
          ? 'Bearer realm="ilenia"'
          : alternatives.some((alternative) => alternative.some((name) => schemes[name]?.type === 'http'))
            ? 'Basic realm="ilenia"'
            : null;
        throw problems.unauthorized(`${request.method} ${operation.path} requires ${needed.join(', or ')}.`, challenge);
      }
      if (required.length > 0 || operation.requiredPermissions !== undefined) {
        if (!principal && satisfied && alternatives.length > 0 && required.length > 0) {
          throw problems.unauthorized('This operation requires an access token that carries permissions.');
        }
        if (principal) {
          const missing = missingPermissions(principal, required);
          if (missing.length > 0) {
            throw problems.forbidden(`This operation requires the permission${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`, {
              missing_permissions: missing,
            });
          }
        }
      }
      response.locals.principal = principal;
      next();
    } catch (error) {
      next(error);
    }
  };
}
