/**
 * The live status stores' contract, in process and on Redis (two instances writing to one Redis, as
 * two service processes would): presence per instance that expires unless refreshed, and the newest
 * finals of a channel with what each instance recorded of them.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessLiveStatusStore } from '../src/live-status/in-process-live-status-store.js';
import { RedisLiveStatusStore } from '../src/live-status/redis-live-status-store.js';
import type { LiveStatusStore, LiveStatusTimes } from '../src/live-status/types.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './distribution/test-redis.js';

const hasRedis = await redisAvailable();
const scratch = scratchRedisPrefix('live-status-store');
const clients: Redis[] = [];
afterAll(async () => {
  for (const client of clients) client.disconnect();
  if (hasRedis) await scratch.drop();
});

const kinds: { name: string; skip: boolean; make: (times: Partial<LiveStatusTimes>) => LiveStatusStore }[] = [
  { name: 'in process', skip: false, make: (times) => new InProcessLiveStatusStore(times) },
  {
    name: hasRedis ? 'Redis' : 'Redis (skipped: no Redis)',
    skip: !hasRedis,
    make: (times) => {
      const redis = new Redis(testRedisUrl, { maxRetriesPerRequest: 1 });
      clients.push(redis);
      return new RedisLiveStatusStore({ redis, keyPrefix: `${scratch.prefix}${Math.random().toString(36).slice(2)}:`, times });
    },
  },
];

const channel = { eventId: 'e1', channelId: 'c1' };
const timings = (isSource: boolean) => ({
  sessionId: 's1',
  isSource,
  recognitionMs: 400,
  translationMs: isSource ? null : 80,
  emittedAt: '2026-11-28T17:00:00.000Z',
});

describe.each(kinds)('the live status store ($name)', ({ skip, make }) => {
  it.skipIf(skip)('keeps each instance’s presence, replaces it on write, and forgets it when removed or not refreshed', async () => {
    const store = make({ presenceTtlMs: 200 });
    await store.writePresence('a', 'e1', { connections: 2, channels: { c1: { listeners: 2, languages: { es: 2 } } } });
    await store.writePresence('b', 'e1', { connections: 1, channels: {} });
    await store.writePresence('a', 'e1', { connections: 1, channels: { c1: { listeners: 1, languages: { es: 1 } } } });
    expect((await store.readPresence('e1')).sort((x, y) => Object.keys(x.channels).length - Object.keys(y.channels).length)).toEqual([
      { connections: 1, channels: {} },
      { connections: 1, channels: { c1: { listeners: 1, languages: { es: 1 } } } },
    ]);
    expect(await store.readPresence('another-event')).toEqual([]);
    await store.writePresence('b', 'e1', null);
    expect(await store.readPresence('e1')).toEqual([{ connections: 1, channels: { c1: { listeners: 1, languages: { es: 1 } } } }]);
    // An instance that stops refreshing (it died) drops out once its presence expires.
    await expect.poll(() => store.readPresence('e1'), { timeout: 5_000, interval: 50 }).toEqual([]);
  });

  it.skipIf(skip)('answers the newest finals first with the languages and deliveries of every instance', async () => {
    const store = make({ finalsKept: 3 });
    for (const sequence of [1, 2, 3, 4]) {
      await store.recordFinal(channel, { sequence, language: 'en', ...timings(true) });
      await store.recordFinal(channel, { sequence, language: 'es', ...timings(false) });
    }
    await store.recordDelivery('a', channel, { sequence: 4, language: 'es', deliveryMs: 3 });
    await store.recordDelivery('b', channel, { sequence: 4, language: 'es', deliveryMs: 9 });
    const finals = await store.latestFinals(channel, 10);
    expect(finals.map((final) => final.sequence)).toEqual([4, 3, 2]);
    expect(finals[0]!.languages).toEqual({ en: timings(true), es: timings(false) });
    expect(finals[0]!.deliveries.es!.sort((x, y) => x - y)).toEqual([3, 9]);
    expect((await store.latestFinals(channel, 1)).map((final) => final.sequence)).toEqual([4]);
    expect(await store.latestFinals({ eventId: 'e1', channelId: 'other' }, 5)).toEqual([]);
  });
});
