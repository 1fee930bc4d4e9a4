import { createHash, timingSafeEqual } from 'node:crypto';
import { problems } from '@ilenia/kit';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Lets a `/metrics` request through when it carries `Authorization: Bearer <METRICS_TOKEN>` (compared
 * in constant time), or when no token is configured (development only: configuration requires one
 * elsewhere); a 401 Problem otherwise.
 */
export function requireMetricsToken(expected: string | undefined, authorization: string | undefined): void {
  if (expected === undefined) return;
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  if (presented !== undefined && timingSafeEqual(digest(presented), digest(expected))) return;
  throw problems.unauthorized('The metrics need the scrape token (METRICS_TOKEN) as a bearer token.', 'Bearer realm="metrics"');
}
