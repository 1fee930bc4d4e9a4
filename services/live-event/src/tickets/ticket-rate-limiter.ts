/**
 * A token bucket per user: a burst of `burst` tickets, refilled at `burst` per minute. A client that
 * reconnects with backoff never reaches it; a reconnect loop does.
 */
export function ticketRateLimiter(options: { burst: number; perMs?: number } = { burst: 10 }) {
  const perMs = options.perMs ?? 60_000;
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  return {
    /** Takes one ticket for the user; returns how many seconds to wait when none is left. */
    take(userId: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
      const now = Date.now();
      const bucket = buckets.get(userId) ?? { tokens: options.burst, updatedAt: now };
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((now - bucket.updatedAt) * options.burst) / perMs);
      bucket.updatedAt = now;
      buckets.set(userId, bucket);
      if (buckets.size > 100_000) buckets.clear();
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.ceil(((1 - bucket.tokens) * perMs) / options.burst / 1000) };
    },
  };
}
