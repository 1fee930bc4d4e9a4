/**
 * Back-pressure: a listener that stops reading loses its partials first, then its connection (4008),
 * while a listener of the same channel on the same instance receives everything; and a peer that
 * stops answering protocol pings is cut.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
import { CloseCode } from '@ilenia/generated/asyncapi/live-event/messages';
import { InProcessSubtitleBus } from '../../src/distribution/in-process-bus.js';
import { RedisSubtitleBus } from '../../src/distribution/redis-bus.js';
import type { SubtitleBus } from '../../src/distribution/types.js';
import { metricValue, startListenerEndpoint, TestListener } from './listener-test-support.js';
import { finalOf, partialOf, testChannel } from './test-messages.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './test-redis.js';

const hasRedis = await redisAvailable();
const scratch = scratchRedisPrefix('slow');
afterAll(async () => {
  if (hasRedis) await scratch.drop();
});

const kinds: { name: string; skip: boolean; buses: () => { speaker: SubtitleBus; listener: SubtitleBus } }[] = [
  {
    name: 'in process',
    skip: false,
    buses: () => {
      const bus = new InProcessSubtitleBus({ historyLimit: 500 });
      return { speaker: bus, listener: bus };
    },
  },
  {
    name: hasRedis ? 'over Redis' : 'over Redis (skipped: no Redis)',
    skip: !hasRedis,
    buses: () => {
      const options = { url: testRedisUrl, keyPrefix: scratch.prefix, historyLimit: 500, historyTtlSeconds: 60 };
      return { speaker: new RedisSubtitleBus(options), listener: new RedisSubtitleBus(options) };
    },
  },
];

/** The TCP socket under a ws client, to stop reading from it as a stalled browser tab would. */
function tcpSocketOf(listener: TestListener): Socket {
  return (listener.socket as unknown as { _socket: Socket })._socket;
}

describe.each(kinds)('slow listener, $name', ({ skip, buses }) => {
  it.skipIf(skip)('drops partials for a listener that stops reading, then closes it with 4008; a fast one gets everything', async () => {
    const { speaker, listener: listenerBus } = buses();
    const channel = testChannel();
    const endpoint = await startListenerEndpoint({
      bus: listenerBus,
      eventId: channel.eventId,
      channels: [{ channelId: channel.channelId, sourceLanguage: 'en', targetLanguages: [] }],
      // Bytes decide here; the grace lets the stalled client read its close frame once it reads again.
      limits: {
        softBufferBytes: 16 * 1024,
        hardBufferBytes: 256 * 1024,
        softQueuedMessages: 100_000,
        hardQueuedMessages: 100_000,
        slowConsumerGraceMs: 60_000,
      },
    });
    const fast = await TestListener.open(endpoint.url);
    const slow = await TestListener.open(endpoint.url);
    for (const listener of [fast, slow])
      listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'], include_partials: true });
    await Promise.all([fast.waitFor('subscribed'), slow.waitFor('subscribed')]);
    tcpSocketOf(slow).pause();

    // Long texts, so that the kernel's socket buffers fill and ws has to buffer: a few MB in all.
    const text = 'x'.repeat(3_900);
    let sequence = 0;
    while ((await metricValue(endpoint.registry, 'live_event_listener_slow_consumer_disconnects_total')) === 0) {
      if (sequence >= 20_000) throw new Error('the stalled listener was never closed');
      for (let batch = 0; batch < 100; batch += 1) {
        sequence += 1;
        await speaker.publish(channel, partialOf(channel, sequence, 1, 'en'));
        await speaker.publish(channel, finalOf(channel, sequence, 'en', { text }));
      }
      const last = sequence;
      await fast.waitFor('subtitle_final', (final) => final.sequence === last);
    }
    const published = sequence;

    // The fast listener missed nothing: every partial and every final, in order.
    expect(fast.finals()).toEqual(Array.from({ length: published }, (_, index) => `en:${index + 1}`));
    expect(fast.messages.filter((message) => message.type === 'subtitle_partial')).toHaveLength(published);
    expect(await metricValue(endpoint.registry, 'live_event_listener_partials_dropped_total')).toBeGreaterThan(0);

    tcpSocketOf(slow).resume();
    expect((await slow.closed).code).toBe(CloseCode.SlowConsumer);
    // Until it was cut the stalled listener lost no final: what it got is 1..k without a hole.
    const received = slow.finals();
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThan(published);
    expect(received).toEqual(Array.from({ length: received.length }, (_, index) => `en:${index + 1}`));
    // ... but it lost partials.
    expect(slow.messages.filter((message) => message.type === 'subtitle_partial').length).toBeLessThan(received.length);
    // The server lets the connection go (its gauge falls back to the fast listener alone).
    while ((await metricValue(endpoint.registry, 'live_event_listener_connections')) !== 1)
      await new Promise((resolve) => setTimeout(resolve, 10));

    fast.close();
    await fast.closed;
    await endpoint.close();
    await Promise.all([...new Set([speaker, listenerBus])].map((bus) => bus.close()));
  });
});

describe('heartbeat', () => {
  it('cuts a peer that answers no protocol ping', async () => {
    const bus = new InProcessSubtitleBus({ historyLimit: 10 });
    const channel = testChannel();
    const endpoint = await startListenerEndpoint({ bus, eventId: channel.eventId, channels: [], limits: { heartbeatIntervalMs: 50 } });
    const answering = await TestListener.open(endpoint.url);
    const silent = await TestListener.open(endpoint.url, { autoPong: false });
    // Abnormal closure: the server cut the TCP connection without a close frame.
    expect((await silent.closed).code).toBe(1006);
    answering.send({ type: 'ping', request_id: 'alive' });
    await answering.waitFor('pong');
    expect(answering.socket.readyState).toBe(answering.socket.OPEN);
    answering.close();
    await answering.closed;
    await endpoint.close();
    await bus.close();
  });
});
