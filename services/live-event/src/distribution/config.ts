/**
 * The distribution settings of the live-event service: which bus (Redis when `REDIS_URL` is set,
 * in process otherwise), how much history each channel keeps, and the per-listener buffer bounds.
 */
import type { ConfigReader } from '@ilenia/kit';

/** Bounds of one listener connection's outgoing buffer (ws `bufferedAmount` and unsent messages). */
export interface ListenerLimits {
  /** Above this many buffered bytes, `subtitle_partial` messages are dropped for the connection. */
  softBufferBytes: number;
  /** Above this many buffered bytes, the connection is closed with 4008 (slow consumer). */
  hardBufferBytes: number;
  /** Above this many messages handed to the socket and not yet written, partials are dropped. */
  softQueuedMessages: number;
  /** At this many messages handed to the socket and not yet written, the connection is closed with 4008. */
  hardQueuedMessages: number;
  /** How long a connection closed for being slow may take to flush its close frame before it is cut. */
  slowConsumerGraceMs: number;
  /** Interval of the protocol pings; a connection that misses two is cut. */
  heartbeatIntervalMs: number;
}

export interface DistributionConfig {
  /** Redis for delivery and history across instances; absent: the in-process bus (one instance). */
  redisUrl?: string;
  /** Prefix of every Redis key and pub/sub channel, so several deployments can share one Redis. */
  redisKeyPrefix: string;
  /** How many of a channel's most recent sequences its history keeps (the spec promises 500). */
  historyLimit: number;
  /** A channel's history expires after this long without a new final. */
  historyTtlSeconds: number;
  listener: ListenerLimits;
}

/** The limits the spec documents for 4008: 1 MiB or 1000 queued messages. */
export const defaultListenerLimits: ListenerLimits = {
  softBufferBytes: 256 * 1024,
  hardBufferBytes: 1024 * 1024,
  softQueuedMessages: 250,
  hardQueuedMessages: 1000,
  slowConsumerGraceMs: 5_000,
  heartbeatIntervalMs: 30_000,
};

/** Reads the distribution variables with the service's reader (problems are reported by `reader.done()`). */
export function readDistributionConfig(reader: ConfigReader): DistributionConfig {
  const redisUrl = reader.optionalString('REDIS_URL');
  if (redisUrl !== undefined) reader.url('REDIS_URL', { protocols: ['redis:', 'rediss:'] });
  const hardBufferBytes = reader.integer('LISTENER_HARD_BUFFER_BYTES', {
    default: defaultListenerLimits.hardBufferBytes,
    min: 4096,
    max: 64 * 1024 * 1024,
  });
  // The soft bound must stay below the hard one, or partials would never be dropped before a 4008.
  const softBufferBytes = reader.integer('LISTENER_SOFT_BUFFER_BYTES', {
    default: Math.min(defaultListenerLimits.softBufferBytes, Math.floor(hardBufferBytes / 4)),
    min: 1024,
    max: hardBufferBytes - 1,
  });
  return {
    ...(redisUrl !== undefined ? { redisUrl } : {}),
    redisKeyPrefix: reader.string('REDIS_KEY_PREFIX', { default: 'ilenia:live-event:' }),
    historyLimit: reader.integer('SUBTITLE_HISTORY_LIMIT', { default: 500, min: 1, max: 100_000 }),
    historyTtlSeconds: reader.integer('SUBTITLE_HISTORY_TTL_SECONDS', { default: 86_400, min: 1 }),
    listener: { ...defaultListenerLimits, softBufferBytes, hardBufferBytes },
  };
}
