import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigReader } from '@ilenia/kit';
import { createSubtitleBus } from './create-bus.js';
import { defaultListenerLimits, readDistributionConfig } from './config.js';
import { InProcessSubtitleBus } from './in-process-bus.js';
import { RedisSubtitleBus } from './redis-bus.js';

function read(environment: Record<string, string>) {
  const reader = new ConfigReader(environment);
  const config = readDistributionConfig(reader);
  reader.done();
  return config;
}

describe('readDistributionConfig', () => {
  it('serves one instance in process by default, with the history the spec promises', () => {
    const config = read({});
    expect(config).toEqual({
      redisKeyPrefix: 'ilenia:live-event:',
      historyLimit: 500,
      historyTtlSeconds: 86_400,
      listener: defaultListenerLimits,
    });
    expect(createSubtitleBus(config)).toBeInstanceOf(InProcessSubtitleBus);
  });

  it('goes through Redis when REDIS_URL is set', async () => {
    const config = read({
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      REDIS_KEY_PREFIX: 'stage:',
      SUBTITLE_HISTORY_LIMIT: '50',
      LISTENER_HARD_BUFFER_BYTES: '65536',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379/2',
      redisKeyPrefix: 'stage:',
      historyLimit: 50,
      listener: { hardBufferBytes: 65_536, softBufferBytes: 16_384 },
    });
    const bus = createSubtitleBus(config);
    expect(bus).toBeInstanceOf(RedisSubtitleBus);
    await bus.close();
  });

  it('names every invalid variable', () => {
    expect(() => read({ REDIS_URL: 'http://cache:6379', SUBTITLE_HISTORY_LIMIT: '0', LISTENER_SOFT_BUFFER_BYTES: '2000000' })).toThrow(
      ConfigError,
    );
    try {
      read({ REDIS_URL: 'http://cache:6379', SUBTITLE_HISTORY_LIMIT: '0', LISTENER_SOFT_BUFFER_BYTES: '2000000' });
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/REDIS_URL must use redis: or rediss:/);
      expect(problems).toMatch(/SUBTITLE_HISTORY_LIMIT/);
      expect(problems).toMatch(/LISTENER_SOFT_BUFFER_BYTES .* to 1048575/);
    }
  });
});
