import type { AuthHandlers, LoginUserResult, RefreshAccessTokenResult } from '@ilenia/generated/openapi/auth/server';
import { refuseCrossSiteRequest } from '@ilenia/kit';
import { originOf } from '../domain/audit-log.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import {
  clearRefreshCookie,
  login,
  logout,
  refresh,
  refreshCookieName,
  RefreshRejected,
  setRefreshCookie,
  type SignedIn,
} from '../domain/sessions.js';
import { InvalidTarget, resourcesOf } from '../domain/token-audiences.js';

function signedInResult(signedIn: SignedIn) {
  return {
    status: 200 as const,
    body: {
      access_token: signedIn.accessToken,
      token_type: 'Bearer' as const,
      expires_in: signedIn.expiresIn,
      refresh_expires_in: signedIn.refreshExpiresIn,
      user: signedIn.user,
    },
    headers: {
      'Set-Cookie': setRefreshCookie(signedIn.refreshToken, signedIn.refreshExpiresIn),
      'Cache-Control': 'no-store',
      Pragma: 'no-cache',
    },
  };
}

/**
 * A refused `resource` (RFC 8707 §2) as the OAuth error body the spec declares beside the Problems,
 * so OAuth client libraries read it as they read the token endpoint's.
 */
async function answeringInvalidTarget<Result>(
  signIn: () => Promise<Result>,
): Promise<Result | { status: 400; contentType: 'application/json'; body: { error: 'invalid_target'; error_description: string } }> {
  try {
    return await signIn();
  } catch (error) {
    if (!(error instanceof InvalidTarget)) throw error;
    return { status: 400, contentType: 'application/json', body: { error: 'invalid_target', error_description: error.description } };
  }
}

/** Sign-in, refresh and sign-out of people, with the rotating refresh cookie. */
export function sessionHandlers(deps: AuthDependencies): Pick<AuthHandlers, 'loginUser' | 'refreshAccessToken' | 'logoutUser'> {
  return {
    async loginUser(input, context): Promise<LoginUserResult> {
      return answeringInvalidTarget(async () =>
        signedInResult(await login(deps, input.body, originOf(context), resourcesOf(input.query.resource))),
      );
    },
    async refreshAccessToken(input, context): Promise<RefreshAccessTokenResult> {
      refuseCrossSiteRequest(context.request, deps.config.browserOrigins);
      const presented = input.cookies[refreshCookieName];
      if (!presented) throw new RefreshRejected('invalid');
      return answeringInvalidTarget(async () =>
        signedInResult(await refresh(deps, presented, originOf(context), resourcesOf(input.query.resource))),
      );
    },
    async logoutUser(input, context) {
      refuseCrossSiteRequest(context.request, deps.config.browserOrigins);
      await logout(deps, input.cookies[refreshCookieName], originOf(context));
      return { status: 204, headers: { 'Set-Cookie': clearRefreshCookie } };
    },
  };
}
