/**
 * Redis for the distribution tests: the machine's server, a unique key prefix per test file, and the
 * CI rule (in CI a missing Redis fails; elsewhere the tests that need it are skipped and say so).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis tests can run; throws in CI when Redis is absent. */
export async function redisAvailable(): Promise<boolean> {
  const client = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`CI needs Redis at ${testRedisUrl}: ${(error as Error).message}`, { cause: error });
    return false;
  } finally {
    client.disconnect();
  }
}

/** A key prefix no other test (or test run) uses, and a function that deletes its keys. */
export function scratchRedisPrefix(label: string): { prefix: string; drop: () => Promise<void> } {
  const prefix = `ilenia-test:${label}:${randomUUID()}:`;
  return {
    prefix,
    async drop() {
      const client = new Redis(testRedisUrl, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
          cursor = next;
          if (keys.length > 0) await client.del(...keys);
        } while (cursor !== '0');
      } finally {
        client.disconnect();
      }
    },
  };
}
