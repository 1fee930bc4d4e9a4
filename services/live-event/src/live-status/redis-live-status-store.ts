/**
 * {@link LiveStatusStore} shared by every instance through Redis.
 *
 * - `<prefix>live:presence:<event>:<instance>`: the instance's {@link PresenceSnapshot} as JSON, with a
 *   TTL that each write renews; `<prefix>live:presence:<event>` is a sorted set of the instances that
 *   wrote one, scored by when theirs expires, so readers never scan keys.
 * - `<prefix>live:finals:<event>:<channel>`: a sorted set of the channel's latest sequences (the newest
 *   `finalsKept`); `<prefix>live:final:<event>:<channel>:<sequence>`: a hash with a field per language
 *   published (`lang:<language>`, JSON) and per language and instance delivered
 *   (`delivery:<language>:<instance>`, milliseconds). An instance writes only its own fields, so no
 *   write depends on another's.
 */
import type { Redis } from 'ioredis';
import type { ChannelKey } from '../distribution/types.js';
import {
  defaultLiveStatusTimes,
  type FinalTimings,
  type LiveStatusStore,
  type LiveStatusTimes,
  type PresenceSnapshot,
  type PublishedFinal,
} from './types.js';

export interface RedisLiveStatusStoreOptions {
  redis: Redis;
  keyPrefix: string;
  times?: Partial<LiveStatusTimes>;
}

export class RedisLiveStatusStore implements LiveStatusStore {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly times: LiveStatusTimes;

  constructor(options: RedisLiveStatusStoreOptions) {
    this.redis = options.redis;
    this.prefix = `${options.keyPrefix}live:`;
    this.times = { ...defaultLiveStatusTimes, ...options.times };
  }

  async writePresence(instanceId: string, eventId: string, snapshot: PresenceSnapshot | null): Promise<void> {
    const instances = `${this.prefix}presence:${eventId}`;
    const key = `${instances}:${instanceId}`;
    if (!snapshot) {
      await this.redis.multi().del(key).zrem(instances, instanceId).exec();
      return;
    }
    const ttl = this.times.presenceTtlMs;
    await this.redis
      .multi()
      .set(key, JSON.stringify(snapshot), 'PX', ttl)
      .zadd(instances, Date.now() + ttl, instanceId)
      .pexpire(instances, ttl)
      .exec();
  }

  async readPresence(eventId: string): Promise<PresenceSnapshot[]> {
    const instances = `${this.prefix}presence:${eventId}`;
    const now = Date.now();
    const [, live] = (await this.redis.multi().zremrangebyscore(instances, '-inf', now).zrangebyscore(instances, now, '+inf').exec()) ?? [];
    const ids = (live?.[1] as string[] | undefined) ?? [];
    if (ids.length === 0) return [];
    const values = await this.redis.mget(ids.map((id) => `${instances}:${id}`));
    return values.filter((value): value is string => value !== null).map((value) => JSON.parse(value) as PresenceSnapshot);
  }

  async recordFinal(channel: ChannelKey, final: PublishedFinal): Promise<void> {
    const { sequence, language, ...timings } = final;
    const finals = this.finalsKey(channel);
    const key = `${this.finalKeyPrefix(channel)}${sequence}`;
    const ttl = this.times.finalsTtlMs;
    await this.redis
      .multi()
      .hset(key, `lang:${language}`, JSON.stringify(timings))
      .pexpire(key, ttl)
      .zadd(finals, sequence, String(sequence))
      .zremrangebyrank(finals, 0, -this.times.finalsKept - 1)
      .pexpire(finals, ttl)
      .exec();
  }

  async recordDelivery(
    instanceId: string,
    channel: ChannelKey,
    delivery: { sequence: number; language: string; deliveryMs: number },
  ): Promise<void> {
    const key = `${this.finalKeyPrefix(channel)}${delivery.sequence}`;
    await this.redis
      .multi()
      .hset(key, `delivery:${delivery.language}:${instanceId}`, String(delivery.deliveryMs))
      .pexpire(key, this.times.finalsTtlMs)
      .exec();
  }

  async latestFinals(channel: ChannelKey, limit: number): Promise<FinalTimings[]> {
    if (limit <= 0) return [];
    const sequences = (await this.redis.zrevrange(this.finalsKey(channel), 0, limit - 1)).map(Number);
    if (sequences.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const sequence of sequences) pipeline.hgetall(`${this.finalKeyPrefix(channel)}${sequence}`);
    const hashes = (await pipeline.exec()) ?? [];
    return sequences.map((sequence, index) => parseFinal(sequence, (hashes[index]?.[1] as Record<string, string> | undefined) ?? {}));
  }

  /** The Redis connection belongs to whoever gave it. */
  async close(): Promise<void> {}

  private finalsKey(channel: ChannelKey): string {
    return `${this.prefix}finals:${channel.eventId}:${channel.channelId}`;
  }

  private finalKeyPrefix(channel: ChannelKey): string {
    return `${this.prefix}final:${channel.eventId}:${channel.channelId}:`;
  }
}

function parseFinal(sequence: number, hash: Record<string, string>): FinalTimings {
  const final: FinalTimings = { sequence, languages: {}, deliveries: {} };
  for (const [field, value] of Object.entries(hash)) {
    if (field.startsWith('lang:')) {
      final.languages[field.slice('lang:'.length)] = JSON.parse(value) as FinalTimings['languages'][string];
    } else if (field.startsWith('delivery:')) {
      // `delivery:<language>:<instance>`: a language tag has no colon.
      const language = field.slice('delivery:'.length).split(':')[0]!;
      (final.deliveries[language] ??= []).push(Number(value));
    }
  }
  return final;
}
