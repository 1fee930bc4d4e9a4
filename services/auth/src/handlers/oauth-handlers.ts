import type { AuthHandlers, IssueTokenResult } from '@ilenia/generated/openapi/auth/server';
import { originOf } from '../domain/audit-log.js';
import { catalogueNames } from '../domain/catalogue.js';
import { issueClientToken, OAuthError } from '../domain/client-credentials.js';
import type { AuthDependencies } from '../domain/dependencies.js';

/** The token endpoint (client credentials), the JWKS and the RFC 8414 metadata. */
export function oauthHandlers(
  deps: AuthDependencies,
): Pick<AuthHandlers, 'issueToken' | 'getJsonWebKeySet' | 'getAuthorizationServerMetadata'> {
  const cachePublic = `public, max-age=${deps.config.jwksMaxAgeSeconds}`;
  return {
    async issueToken(input, context): Promise<IssueTokenResult> {
      try {
        const body = await issueClientToken(
          deps,
          { body: input.body ?? {}, authorization: context.request.get('authorization') },
          originOf(context),
        );
        return { status: 200, body, headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } };
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        const body = { error: error.error, error_description: error.description };
        const noStore: Record<string, string> = { 'Cache-Control': 'no-store' };
        if (error.status === 401)
          return { status: 401, body, headers: { ...noStore, 'WWW-Authenticate': 'Basic realm="ilenia", charset="UTF-8"' } };
        return { status: 400, body, headers: noStore };
      }
    },
    async getJsonWebKeySet() {
      const keys = (await deps.keys.publishedKeys()).map((key) => ({
        kty: 'RSA' as const,
        kid: key.kid!,
        use: 'sig' as const,
        alg: 'RS256' as const,
        n: key.n!,
        e: key.e!,
      }));
      return { status: 200, body: { keys }, headers: { 'Cache-Control': cachePublic } };
    },
    getAuthorizationServerMetadata() {
      const base = deps.config.publicUrl;
      return {
        status: 200,
        body: {
          issuer: deps.config.issuer,
          token_endpoint: `${base}/v2/oauth/token`,
          jwks_uri: `${base}/v2/.well-known/jwks.json`,
          response_types_supported: [],
          grant_types_supported: ['client_credentials' as const],
          token_endpoint_auth_methods_supported: ['client_secret_basic' as const, 'client_secret_post' as const],
          scopes_supported: [...catalogueNames].sort(),
          service_documentation: 'https://github.com/ilenia-platform/ilenia',
        },
        headers: { 'Cache-Control': cachePublic },
      };
    },
  };
}
