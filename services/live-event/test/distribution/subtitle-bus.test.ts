/**
 * The SubtitleBus contract, for the in-process bus and for the Redis bus across two instances (two
 * bus objects, two pairs of Redis connections, as two service processes would have).
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessSubtitleBus } from '../../src/distribution/in-process-bus.js';
import { RedisSubtitleBus } from '../../src/distribution/redis-bus.js';
import type { ChannelBroadcast, ChannelHistory, SubtitleBus } from '../../src/distribution/types.js';
import { finalOf, gapOf, partialOf, sessionStateOf, testChannel } from './test-messages.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './test-redis.js';

const hasRedis = await redisAvailable();
const scratch = scratchRedisPrefix('bus');
afterAll(async () => {
  if (hasRedis) await scratch.drop();
});

interface BusPair {
  /** Where the speaker publishes. */
  a: SubtitleBus;
  /** Where the listener subscribes (the same bus in process, another instance over Redis). */
  b: SubtitleBus;
  close: () => Promise<void>;
}

const historyLimit = 5;
const kinds: { name: string; skip: boolean; make: () => BusPair }[] = [
  {
    name: 'in-process bus',
    skip: false,
    make: () => {
      const bus = new InProcessSubtitleBus({ historyLimit });
      return { a: bus, b: bus, close: () => bus.close() };
    },
  },
  {
    name: hasRedis ? 'Redis bus, two instances' : 'Redis bus, two instances (skipped: no Redis)',
    skip: !hasRedis,
    make: () => {
      const options = { url: testRedisUrl, keyPrefix: scratch.prefix, historyLimit, historyTtlSeconds: 60 };
      const a = new RedisSubtitleBus(options);
      const b = new RedisSubtitleBus(options);
      return { a, b, close: async () => void (await Promise.all([a.close(), b.close()])) };
    },
  },
];

function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (condition() ? resolve() : setTimeout(check, 5));
    check();
  });
}

describe.each(kinds)('$name', ({ skip, make }) => {
  it.skipIf(skip)('delivers on B what is published on A, in publish order, and unsubscribing stops it', async () => {
    const { a, b, close } = make();
    const channel = testChannel();
    const received: ChannelBroadcast[] = [];
    const unsubscribe = await b.subscribe(channel, (message) => received.push(message));
    const sent: ChannelBroadcast[] = [sessionStateOf(channel, 'live', 'started')];
    for (let sequence = 1; sequence <= 40; sequence += 1) {
      sent.push(
        partialOf(channel, sequence, 1, 'en'),
        partialOf(channel, sequence, 2, 'en'),
        finalOf(channel, sequence, 'en'),
        finalOf(channel, sequence, 'es'),
      );
    }
    sent.push(gapOf(channel, 40, null));
    // Not awaited one by one: ordering must hold for messages in flight together.
    await Promise.all(sent.map((message) => a.publish(channel, message)));
    await until(() => received.length === sent.length);
    expect(received).toEqual(sent);

    await unsubscribe();
    await a.publish(channel, finalOf(channel, 41, 'en'));
    const marker = testChannel();
    const markers: ChannelBroadcast[] = [];
    await b.subscribe(marker, (message) => markers.push(message));
    await a.publish(marker, finalOf(marker, 1, 'en'));
    await until(() => markers.length === 1);
    expect(received).toHaveLength(sent.length);
    await close();
  });

  it.skipIf(skip)('has a final in history by the time it is delivered', async () => {
    const { a, b, close } = make();
    const channel = testChannel();
    const reads: Promise<ChannelHistory>[] = [];
    await b.subscribe(channel, (message) => {
      if (message.type === 'subtitle_final')
        reads.push(b.history(channel, { afterSequence: message.sequence - 1, languages: [message.language] }));
    });
    for (let sequence = 1; sequence <= 5; sequence += 1) await a.publish(channel, finalOf(channel, sequence, 'en'));
    await until(() => reads.length === 5);
    const histories = await Promise.all(reads);
    histories.forEach((history, index) => expect(history.finals.map((final) => final.sequence)).toContain(index + 1));
    await close();
  });

  it.skipIf(skip)('keeps the last historyLimit sequences, filtered by language, with gaps in place', async () => {
    const { a, b, close } = make();
    const channel = testChannel();
    expect(await b.history(channel, { afterSequence: 0, languages: ['en'] })).toEqual({
      finals: [],
      gaps: [],
      truncated: false,
      latestSequence: 0,
    });
    for (let sequence = 1; sequence <= 12; sequence += 1) {
      await a.publish(channel, finalOf(channel, sequence, 'en'));
      await a.publish(channel, finalOf(channel, sequence, 'es'));
      if (sequence === 9) await a.publish(channel, gapOf(channel, 9, 'fr'));
      if (sequence === 10) await a.publish(channel, gapOf(channel, 10, null));
    }
    const all = await b.history(channel, { afterSequence: 0, languages: ['es'] });
    expect(all.finals.map((final) => `${final.language}${final.sequence}`)).toEqual(['es8', 'es9', 'es10', 'es11', 'es12']);
    expect(all.gaps?.map((gap) => gap.after_sequence)).toEqual([10]);
    expect(all).toMatchObject({ truncated: true, latestSequence: 12 });

    const recent = await b.history(channel, { afterSequence: 9, languages: ['en', 'fr'] });
    expect(recent.finals.map((final) => `${final.language}${final.sequence}`)).toEqual(['en10', 'en11', 'en12']);
    expect(recent.gaps?.map((gap) => [gap.after_sequence, gap.language])).toEqual([
      [9, 'fr'],
      [10, null],
    ]);
    expect(recent.truncated).toBe(false);
    expect((await b.history(channel, { afterSequence: 7, languages: ['en'] })).truncated).toBe(false);
    expect((await b.history(channel, { afterSequence: 6, languages: ['en'] })).truncated).toBe(true);
    await close();
  });

  it.skipIf(skip)('numbers sequences once across instances, and shares the session state', async () => {
    const { a, b, close } = make();
    const channel = testChannel();
    const numbers = await Promise.all(Array.from({ length: 60 }, (_, index) => (index % 2 === 0 ? a : b).nextSequence(channel)));
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));

    expect(await b.status!(channel)).toEqual({ latestSequence: 0, session: { session_id: null, state: 'idle' } });
    await a.publish(channel, sessionStateOf(channel, 'live', 'started'));
    await a.publish(channel, finalOf(channel, 3, 'en'));
    await a.publish(channel, sessionStateOf(channel, 'paused', 'paused'));
    expect(await b.status!(channel)).toEqual({ latestSequence: 3, session: { session_id: channel.sessionId, state: 'paused' } });
    await close();
  });

  it.skipIf(skip)('refuses a message that breaks the protocol and delivers nothing of it', async () => {
    const { a, b, close } = make();
    const channel = testChannel();
    const received: ChannelBroadcast[] = [];
    await b.subscribe(channel, (message) => received.push(message));
    const broken = { ...finalOf(channel, 1, 'en'), text: '' };
    await expect(a.publish(channel, broken)).rejects.toThrow(/text/);
    await expect(
      a.publish(channel, { type: 'pong', server_time: new Date().toISOString() } as unknown as ChannelBroadcast),
    ).rejects.toThrow(/not a channel broadcast/);
    await a.publish(channel, finalOf(channel, 2, 'en'));
    await until(() => received.length === 1);
    expect(received.map((message) => message.type === 'subtitle_final' && message.sequence)).toEqual([2]);
    expect((await b.history(channel, { afterSequence: 0, languages: ['en'] })).finals).toHaveLength(1);
    await close();
  });

  it.skipIf(skip)('answers ping while it is open', async () => {
    const { a, close } = make();
    await expect(a.ping()).resolves.toBeUndefined();
    await close();
  });
});

describe.skipIf(!hasRedis)(hasRedis ? 'Redis bus, failures' : 'Redis bus, failures (skipped: no Redis)', () => {
  it('says the history is truncated once it expired, even after new finals', async () => {
    const bus = new RedisSubtitleBus({ url: testRedisUrl, keyPrefix: scratch.prefix, historyLimit: 100, historyTtlSeconds: 60 });
    const channel = testChannel();
    for (let sequence = 1; sequence <= 3; sequence += 1) await bus.publish(channel, finalOf(channel, sequence, 'en'));
    // What the TTL does after an idle day, without waiting a day.
    const raw = new Redis(testRedisUrl);
    await raw.del(`${scratch.prefix}{${channel.eventId}:${channel.channelId}}:history`);
    expect(await bus.history(channel, { afterSequence: 1, languages: ['en'] })).toEqual({
      finals: [],
      gaps: [],
      truncated: true,
      latestSequence: 3,
    });
    await bus.publish(channel, finalOf(channel, 4, 'en'));
    const after = await bus.history(channel, { afterSequence: 1, languages: ['en'] });
    expect(after.finals.map((final) => final.sequence)).toEqual([4]);
    expect(after.truncated).toBe(true);
    expect((await bus.history(channel, { afterSequence: 3, languages: ['en'] })).truncated).toBe(false);
    expect(await raw.ttl(`${scratch.prefix}{${channel.eventId}:${channel.channelId}}:history`)).toBeGreaterThan(0);
    raw.disconnect();
    await bus.close();
  });

  it('fails ping when Redis cannot be reached', async () => {
    const bus = new RedisSubtitleBus({
      url: 'redis://127.0.0.1:1',
      keyPrefix: scratch.prefix,
      historyLimit: 10,
      historyTtlSeconds: 60,
      pingTimeoutMs: 500,
    });
    await expect(bus.ping()).rejects.toThrow(/Redis/);
    await bus.close();
  });
});
