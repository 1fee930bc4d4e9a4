import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
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

/** Sign-in, refresh and sign-out of people, with the rotating refresh cookie. */
export function sessionHandlers(deps: AuthDependencies): Pick<AuthHandlers, 'loginUser' | 'refreshAccessToken' | 'logoutUser'> {
  return {
    async loginUser(input, context) {
      return signedInResult(await login(deps, input.body, originOf(context)));
    },
    async refreshAccessToken(input, context) {
      refuseCrossSiteRequest(context.request, deps.config.browserOrigins);
      const presented = input.cookies[refreshCookieName];
      if (!presented) throw new RefreshRejected('invalid');
      return signedInResult(await refresh(deps, presented, originOf(context)));
    },
    async logoutUser(input, context) {
      refuseCrossSiteRequest(context.request, deps.config.browserOrigins);
      await logout(deps, input.cookies[refreshCookieName], originOf(context));
      return { status: 204, headers: { 'Set-Cookie': clearRefreshCookie } };
    },
  };
}
