/**
 * Whether an error means a dependency (PostgreSQL, Redis, another service's socket) cannot be reached
 * right now, as opposed to a bug: the kit answers those 503 with `Retry-After`, once for every service,
 * instead of a 500 that tells the client nothing it can act on.
 */

/** Node's socket errors for a peer that is down, restarting, or unreachable. */
const socketErrorCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * PostgreSQL SQLSTATEs of a server that is going away or not there yet: class 08 (connection
 * exception), 57P01–57P03 (admin or crash shutdown, cannot connect now), 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** Messages of node-postgres and ioredis that carry no code. */
const unavailableMessages = [
  /^Connection terminated/, // node-postgres: the server closed the socket
  /timeout exceeded when trying to connect/, // node-postgres pool
  /^Client has encountered a connection error and is not queryable/, // node-postgres
  /^Reached the max retries per request limit/, // ioredis: Redis down for longer than the retries
  /^Connection is closed\.?$/, // ioredis
  /^Stream isn't writeable/, // ioredis without an offline queue
];

/** Whether `error` (or its `cause`, or one of an AggregateError's errors) says a dependency is unreachable. */
export function isDependencyUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const candidate = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof candidate.code === 'string' && (socketErrorCodes.has(candidate.code) || isUnavailableSqlState(candidate.code))) return true;
  if (candidate.name === 'MaxRetriesPerRequestError') return true;
  if (typeof candidate.message === 'string' && unavailableMessages.some((pattern) => pattern.test(candidate.message as string)))
    return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDependencyUnavailable(inner, depth + 1))) return true;
  return isDependencyUnavailable(candidate.cause, depth + 1);
}
