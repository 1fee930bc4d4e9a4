/** Picks the subtitle bus the configuration asks for. */
import type { Logger } from 'pino';
import type { DistributionConfig } from './config.js';
import { InProcessSubtitleBus } from './in-process-bus.js';
import { RedisSubtitleBus } from './redis-bus.js';
import type { SubtitleBus } from './types.js';

/** The Redis bus when `REDIS_URL` is set (several instances), the in-process bus otherwise (one). */
export function createSubtitleBus(config: DistributionConfig, logger?: Logger): SubtitleBus {
  if (config.redisUrl !== undefined) {
    return new RedisSubtitleBus({
      url: config.redisUrl,
      keyPrefix: config.redisKeyPrefix,
      historyLimit: config.historyLimit,
      historyTtlSeconds: config.historyTtlSeconds,
      ...(logger ? { logger } : {}),
    });
  }
  logger?.info('REDIS_URL is not set: subtitles are distributed in process (a single instance)');
  return new InProcessSubtitleBus({
    historyLimit: config.historyLimit,
    historyTtlSeconds: config.historyTtlSeconds,
    ...(logger ? { logger } : {}),
  });
}
