/**
 * What PostgreSQL's errors mean to a service, by SQLSTATE (the same on the server and on PGlite), so
 * that a refused write becomes a 409 or a typed error in one way everywhere.
 */

/**
 * Whether `error` is a unique violation (SQLSTATE 23505); with `constraint`, only of that index or
 * constraint, so a conflict on another key is not mistaken for this one.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = error as { code?: unknown; constraint?: unknown; message?: unknown } | undefined;
  if (candidate?.code !== '23505') return false;
  if (constraint === undefined) return true;
  // pg names the constraint; PGlite's node-postgres bridge does too, but the message is the fallback.
  return candidate.constraint === constraint || (typeof candidate.message === 'string' && candidate.message.includes(`"${constraint}"`));
}

/** Whether `error` is a foreign key violation (SQLSTATE 23503): what it pointed to was deleted meanwhile. */
export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === '23503';
}
