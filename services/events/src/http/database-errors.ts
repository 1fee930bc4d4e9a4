/** Whether `error` is PostgreSQL's unique violation (SQLSTATE 23505) of the named index or constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const candidate = error as { code?: unknown; constraint?: unknown; message?: unknown } | undefined;
  if (candidate?.code !== '23505') return false;
  // pg names the constraint; PGlite's node-postgres bridge does too, but the message is the fallback.
  return candidate.constraint === constraint || (typeof candidate.message === 'string' && candidate.message.includes(constraint));
}

/** Whether `error` is a foreign key violation (SQLSTATE 23503): what it pointed to was deleted meanwhile. */
export function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === '23503';
}
