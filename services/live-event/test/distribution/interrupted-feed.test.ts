/**
 * When an instance loses its Redis subscriber connection, what was published meanwhile never reaches
 * it: its subscribers are told, and its listeners are closed (1011) so that they resume from history
 * rather than silently miss subtitles. Needs Redis (a connection is killed with CLIENT KILL).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@ilenia/generated/asyncapi/live-event/messages';
import { RedisSubtitleBus } from '../../src/distribution/redis-bus.js';
import type { ChannelBroadcast } from '../../src/distribution/types.js';
import { startListenerEndpoint, TestListener } from './listener-test-support.js';
import { finalOf, testChannel } from './test-messages.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './test-redis.js';

const hasRedis = await redisAvailable();
const scratch = scratchRedisPrefix('interrupted');
afterAll(async () => {
  if (hasRedis) await scratch.drop();
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Kills the subscriber connection of the bus named `name`, as a network cut or a Redis failover would. */
async function killSubscriberConnection(name: string): Promise<void> {
  const raw = new Redis(testRedisUrl);
  try {
    const clients = String(await raw.call('CLIENT', 'LIST'));
    const id = clients
      .split('\n')
      .find((line) => line.includes(` name=${name}:subscriber `))
      ?.match(/^id=(\d+)/)?.[1];
    if (!id) throw new Error(`no Redis connection named ${name}:subscriber`);
    await raw.call('CLIENT', 'KILL', 'ID', id);
  } finally {
    raw.disconnect();
  }
}

function busNamed(name: string): RedisSubtitleBus {
  return new RedisSubtitleBus({
    url: testRedisUrl,
    keyPrefix: scratch.prefix,
    historyLimit: 100,
    historyTtlSeconds: 60,
    connectionName: name,
  });
}

describe.skipIf(!hasRedis)(hasRedis ? 'interrupted Redis feed' : 'interrupted Redis feed (skipped: no Redis)', () => {
  it('tells subscribers their feed was interrupted, and delivers again once the connection is back', async () => {
    const name = `test-${randomUUID()}`;
    const speaker = busNamed(`${name}-speaker`);
    const instance = busNamed(name);
    const channel = testChannel();
    const received: ChannelBroadcast[] = [];
    let interruptions = 0;
    await instance.subscribe(channel, (message) => received.push(message), { onInterrupted: () => (interruptions += 1) });
    await instance.ping();

    await killSubscriberConnection(name);
    while (interruptions === 0) await sleep(10);
    // ioredis reconnects and subscribes again; until then publishes are lost to this instance.
    let sequence = 0;
    while (received.length === 0) {
      sequence += 1;
      await speaker.publish(channel, finalOf(channel, sequence, 'en'));
      await sleep(20);
    }
    expect(interruptions).toBeGreaterThanOrEqual(1);
    await Promise.all([speaker.close(), instance.close()]);
  });

  it('closes the listeners of an interrupted instance with 1011, and they resume from history elsewhere', async () => {
    const name = `test-${randomUUID()}`;
    const speaker = busNamed(`${name}-speaker`);
    const instanceB = busNamed(name);
    const instanceC = busNamed(`${name}-c`);
    const channel = testChannel();
    const channels = [{ channelId: channel.channelId, sourceLanguage: 'en', targetLanguages: [] }];
    const endpointB = await startListenerEndpoint({ bus: instanceB, eventId: channel.eventId, channels });
    const endpointC = await startListenerEndpoint({ bus: instanceC, eventId: channel.eventId, channels });

    const listener = await TestListener.open(endpointB.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'] });
    await listener.waitFor('subscribed');
    await speaker.publish(channel, finalOf(channel, 1, 'en'));
    await listener.waitFor('subtitle_final', (final) => final.sequence === 1);

    await killSubscriberConnection(name);
    expect((await listener.closed).code).toBe(CloseCode.InternalError);
    await speaker.publish(channel, finalOf(channel, 2, 'en'));

    const again = await TestListener.open(endpointC.url);
    again.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'], resume_from: 1 });
    await again.waitFor('subtitle_final', (final) => final.sequence === 2);
    expect(again.finals()).toEqual(['en:2r']);

    again.close();
    await again.closed;
    await Promise.all([endpointB.close(), endpointC.close()]);
    await Promise.all([speaker.close(), instanceB.close(), instanceC.close()]);
  });
});
