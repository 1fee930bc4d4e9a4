import type { Request } from 'express';
import { problems } from '../problem.js';

/**
 * Refuses a browser request made from another site, for operations a cookie authenticates (refresh,
 * sign-out): SameSite=Strict already keeps the cookie off cross-site requests, and this holds even
 * where a browser or a same-site sibling host does not honour it.
 *
 * - `Origin` (sent by browsers on every POST) must be one of `allowedOrigins`;
 * - without `Origin`, `Sec-Fetch-Site` must be `same-origin` or `none` (typed by the user);
 * - a request with neither header comes from no browser, and has no ambient cookie to abuse.
 */
export function refuseCrossSiteRequest(request: Request, allowedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!allowedOrigins.includes(origin)) {
      throw problems.forbidden(
        `Requests from ${origin === 'null' ? 'an opaque origin' : origin} may not use the session cookie; only ${allowedOrigins.join(', ') || 'this service’s own origin'} may.`,
      );
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw problems.forbidden(`A ${site} request may not use the session cookie.`);
  }
}
