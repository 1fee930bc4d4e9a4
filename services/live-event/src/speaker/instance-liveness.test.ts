import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '@ilenia/kit';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from '../../test/distribution/test-redis.js';
import { inProcessLiveness, redisLiveness } from './instance-liveness.js';

const logger = createLogger({ service: 'liveness-test', level: 'silent' });

describe('in-process liveness (one instance per process without Redis)', () => {
  it('knows the live instances of this process; any other owner, or none, is dead', async () => {
    const first = inProcessLiveness();
    const second = inProcessLiveness();
    await first.start();
    await second.start();
    expect(await first.isAlive(second.instanceId)).toBe(true);
    expect(await first.isAlive('an instance of a killed process')).toBe(false);
    expect(await first.isAlive(null)).toBe(false);
    await second.stop();
    expect(await first.isAlive(second.instanceId)).toBe(false);
    await first.stop();
  });
});

const withRedis = await redisAvailable();
const scratch = scratchRedisPrefix('instance-liveness');
afterAll(() => scratch.drop());

describe.skipIf(!withRedis)(`Redis liveness (several instances)${withRedis ? '' : ' (skipped: no Redis)'}`, () => {
  it('an instance that stops is dead at once; one that dies without a word, once its key lapses', async () => {
    const clients = [new Redis(testRedisUrl), new Redis(testRedisUrl), new Redis(testRedisUrl)];
    try {
      const options = { keyPrefix: scratch.prefix, heartbeatMs: 100, staleAfterMs: 400, logger };
      const [watcher, stopping, dying] = clients.map((client) => redisLiveness(client, options)) as [
        ReturnType<typeof redisLiveness>,
        ReturnType<typeof redisLiveness>,
        ReturnType<typeof redisLiveness>,
      ];
      await Promise.all([watcher.start(), stopping.start(), dying.start()]);
      expect(await watcher.isAlive(stopping.instanceId)).toBe(true);
      expect(await watcher.isAlive(dying.instanceId)).toBe(true);

      await stopping.stop();
      expect(await watcher.isAlive(stopping.instanceId)).toBe(false);

      // Its connection gone, it can renew nothing: dead once the key expires, while the watcher, renewing, stays alive.
      clients[2]!.disconnect();
      await expect.poll(() => watcher.isAlive(dying.instanceId), { timeout: 10_000, interval: 100 }).toBe(false);
      expect(await stopping.isAlive(watcher.instanceId)).toBe(true);
      await watcher.stop();
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});
