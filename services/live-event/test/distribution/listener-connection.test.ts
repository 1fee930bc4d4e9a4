/**
 * The listener side of the WebSocket protocol over real sockets: a speaker publishes on instance A,
 * listeners are connected to instance B (over Redis: two buses, two Redis connections each; in
 * process: one bus for both).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@ilenia/generated/asyncapi/live-event/messages';
import { InProcessSubtitleBus } from '../../src/distribution/in-process-bus.js';
import type { ListenerLimits } from '../../src/distribution/config.js';
import { RedisSubtitleBus } from '../../src/distribution/redis-bus.js';
import type { SubtitleBus } from '../../src/distribution/types.js';
import { metricValue, startListenerEndpoint, TestListener, type ListenerEndpoint } from './listener-test-support.js';
import { finalOf, partialOf, sessionStateOf, testChannel } from './test-messages.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './test-redis.js';

const hasRedis = await redisAvailable();
const scratch = scratchRedisPrefix('listener');
afterAll(async () => {
  if (hasRedis) await scratch.drop();
});

interface Instances {
  /** The speaker's instance. */
  speaker: SubtitleBus;
  /** The listeners' instance. */
  endpoint: ListenerEndpoint;
  channel: ReturnType<typeof testChannel>;
  /** A second channel of the event: source `de`, no translations. */
  otherChannelId: string;
  close: () => Promise<void>;
}

type Setup = (options?: { historyLimit?: number; limits?: Partial<ListenerLimits> }) => Promise<Instances>;

function setup(makeBuses: (historyLimit: number) => { speaker: SubtitleBus; listener: SubtitleBus }): Setup {
  return async (options = {}) => {
    const { speaker, listener } = makeBuses(options.historyLimit ?? 500);
    const channel = testChannel();
    const otherChannelId = randomUUID();
    const endpoint = await startListenerEndpoint({
      bus: listener,
      eventId: channel.eventId,
      channels: [
        { channelId: channel.channelId, sourceLanguage: 'en', targetLanguages: ['es', 'fr'] },
        { channelId: otherChannelId, sourceLanguage: 'de', targetLanguages: [] },
      ],
      ...(options.limits ? { limits: options.limits } : {}),
    });
    return {
      speaker,
      endpoint,
      channel,
      otherChannelId,
      close: async () => {
        await endpoint.close();
        await Promise.all([...new Set([speaker, listener])].map((bus) => bus.close()));
      },
    };
  };
}

const kinds: { name: string; skip: boolean; start: Setup }[] = [
  {
    name: 'in process',
    skip: false,
    start: setup((historyLimit) => {
      const bus = new InProcessSubtitleBus({ historyLimit });
      return { speaker: bus, listener: bus };
    }),
  },
  {
    name: hasRedis ? 'over Redis, speaker on A, listeners on B' : 'over Redis, speaker on A, listeners on B (skipped: no Redis)',
    skip: !hasRedis,
    start: setup((historyLimit) => {
      const options = { url: testRedisUrl, keyPrefix: scratch.prefix, historyLimit, historyTtlSeconds: 60 };
      return { speaker: new RedisSubtitleBus(options), listener: new RedisSubtitleBus(options) };
    }),
  },
];

describe.each(kinds)('listener protocol, $name', ({ skip, start }) => {
  it.skipIf(skip)('subscribes, then gets the session state and its languages only, in order', async () => {
    const { speaker, endpoint, channel, close } = await start();
    const listener = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', request_id: 'sub-1', channel_id: channel.channelId, languages: ['es'], include_partials: true });
    const subscribed = await listener.waitFor('subscribed');
    expect(subscribed).toMatchObject({
      request_id: 'sub-1',
      event_id: channel.eventId,
      channel_id: channel.channelId,
      languages: ['es'],
      available_languages: [
        { language: 'en', is_source: true },
        { language: 'es', is_source: false },
        { language: 'fr', is_source: false },
      ],
      include_partials: true,
      session: { session_id: null, state: 'idle' },
      last_sequence: null,
      replay: null,
    });
    await speaker.publish(channel, sessionStateOf(channel, 'live', 'started'));
    for (let sequence = 1; sequence <= 20; sequence += 1) {
      for (const language of ['en', 'es', 'fr']) await speaker.publish(channel, partialOf(channel, sequence, 1, language));
      for (const language of ['en', 'es', 'fr']) await speaker.publish(channel, finalOf(channel, sequence, language));
    }
    await listener.waitFor('subtitle_final', (final) => final.sequence === 20);
    const after = listener.messages.slice(1);
    expect(after[0]).toMatchObject({ type: 'session_state', state: 'live', change: 'started' });
    expect(
      after
        .filter((message) => message.type === 'subtitle_partial' || message.type === 'subtitle_final')
        .every((message) => 'language' in message && message.language === 'es'),
    ).toBe(true);
    expect(listener.finals()).toEqual(Array.from({ length: 20 }, (_, index) => `es:${index + 1}`));
    expect(after.filter((message) => message.type === 'subtitle_partial')).toHaveLength(20);
    expect(listener.invalid).toEqual([]);
    expect(await metricValue(endpoint.registry, 'live_event_listener_connections')).toBe(1);
    // One session state, 20 partials and 20 finals: what this listener was sent, counted once.
    expect(await metricValue(endpoint.registry, 'live_event_listener_messages_delivered_total')).toBe(41);
    expect(await metricValue(endpoint.registry, 'live_event_listener_messages_delivered_total')).toBe(41);
    // Each live subtitle sent is one latency observation of its type, from its emitted_at (not in the future).
    const exposition = await endpoint.registry.metrics();
    expect(exposition).toContain('live_event_subtitle_delivery_latency_seconds_count{type="subtitle_partial"} 20');
    expect(exposition).toContain('live_event_subtitle_delivery_latency_seconds_count{type="subtitle_final"} 20');
    expect(exposition).not.toContain('live_event_subtitle_delivery_latency_seconds_count{type="session_state"}');
    const sum = /live_event_subtitle_delivery_latency_seconds_sum\{type="subtitle_final"\} (\S+)/.exec(exposition)?.[1];
    expect(Number(sum)).toBeGreaterThanOrEqual(0);
    listener.close();
    await listener.closed;
    await close();
  });

  it.skipIf(skip)('after a reconnect, resume_from replays exactly the missing finals once, before live ones', async () => {
    const { speaker, endpoint, channel, close } = await start();
    const first = await TestListener.open(endpoint.url);
    first.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en', 'es'], include_partials: false });
    await first.waitFor('subscribed');
    for (let sequence = 1; sequence <= 5; sequence += 1)
      for (const language of ['en', 'es']) await speaker.publish(channel, finalOf(channel, sequence, language));
    await first.waitFor('subtitle_final', (final) => final.sequence === 5 && final.language === 'es');
    first.close();
    await first.closed;

    for (let sequence = 6; sequence <= 8; sequence += 1)
      for (const language of ['en', 'es', 'fr']) await speaker.publish(channel, finalOf(channel, sequence, language));
    const second = await TestListener.open(endpoint.url);
    second.send({ type: 'subscribe', request_id: 'resume', channel_id: channel.channelId, languages: ['en', 'es'], resume_from: 5 });
    const subscribed = await second.waitFor('subscribed');
    expect(subscribed).toMatchObject({ last_sequence: 8, replay: { from_sequence: 6, to_sequence: 8, count: 6, truncated: false } });
    await speaker.publish(channel, finalOf(channel, 9, 'en'));
    await second.waitFor('subtitle_final', (final) => final.sequence === 9);
    expect(second.finals()).toEqual(['en:6r', 'es:6r', 'en:7r', 'es:7r', 'en:8r', 'es:8r', 'en:9']);
    // The delivery stage is stamped on live subtitles only: a replay's delay is not the pipeline's.
    const finals = second.messages.filter((message) => message.type === 'subtitle_final');
    expect(finals.filter((final) => final.replayed).every((final) => final.timings.delivery_ms === undefined)).toBe(true);
    expect(finals.find((final) => !final.replayed)?.timings.delivery_ms).toEqual(expect.any(Number));
    await close();
  });

  it.skipIf(skip)('never sends a final twice or out of order while the replay races live subtitles', async () => {
    const { speaker, endpoint, channel, close } = await start();
    const total = 150;
    const publishing = (async () => {
      for (let sequence = 1; sequence <= total; sequence += 1) {
        await speaker.publish(channel, finalOf(channel, sequence, 'en'));
        if (sequence % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // Subscribes while the speaker is half-way: part of the stream comes from history, part live.
    while ((await speaker.history(channel, { afterSequence: 0, languages: ['en'] })).latestSequence < 40)
      await new Promise((resolve) => setImmediate(resolve));
    const listener = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'], resume_from: 0 });
    await publishing;
    await listener.waitFor('subtitle_final', (final) => final.sequence === total);
    const sequences = listener.finals().map((entry) => Number.parseInt(entry.slice(3), 10));
    expect(sequences).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(listener.finals().filter((entry) => entry.endsWith('r')).length).toBeGreaterThan(0);
    await close();
  });

  it.skipIf(skip)('says the replay is truncated when history no longer holds what was asked for', async () => {
    const { speaker, endpoint, channel, close } = await start({ historyLimit: 5 });
    for (let sequence = 1; sequence <= 12; sequence += 1) await speaker.publish(channel, finalOf(channel, sequence, 'fr'));
    const listener = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['fr'], resume_from: 2 });
    expect(await listener.waitFor('subscribed')).toMatchObject({
      last_sequence: 12,
      replay: { from_sequence: 8, to_sequence: 12, count: 5, truncated: true },
    });
    await listener.waitFor('subtitle_final', (final) => final.sequence === 12);
    expect(listener.finals()).toEqual(['fr:8r', 'fr:9r', 'fr:10r', 'fr:11r', 'fr:12r']);
    await close();
  });

  it.skipIf(skip)('says so when every final it asked for is gone, rather than claiming nothing was missed', async () => {
    const { speaker, endpoint, channel, close } = await start({ historyLimit: 5 });
    for (let sequence = 1; sequence <= 12; sequence += 1) await speaker.publish(channel, finalOf(channel, sequence, 'en'));
    const listener = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['fr'], resume_from: 2 });
    expect(await listener.waitFor('subscribed')).toMatchObject({
      last_sequence: 12,
      replay: { from_sequence: null, to_sequence: null, count: 0, truncated: true },
    });
    expect(listener.invalid).toEqual([]);
    await close();
  });

  it.skipIf(skip)('changes languages without reconnecting, refuses ones the channel lacks, and unsubscribes', async () => {
    const { speaker, endpoint, channel, close } = await start();
    const listener = await TestListener.open(endpoint.url);
    const witness = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['es'], include_partials: false });
    witness.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'], include_partials: false });
    await Promise.all([listener.waitFor('subscribed'), witness.waitFor('subscribed')]);
    /** Publishes `sequence` in every language and waits until the listener has the ones it asked for. */
    const publishAll = async (sequence: number, expected: string[]) => {
      for (const language of ['en', 'es', 'fr']) await speaker.publish(channel, finalOf(channel, sequence, language));
      // Over Redis the languages reach instance B one by one: wait for each the listener should get, not for a margin.
      await witness.waitFor('subtitle_final', (final) => final.sequence === sequence);
      for (const language of expected)
        await listener.waitFor('subtitle_final', (final) => final.sequence === sequence && final.language === language);
      await listener.roundTrip();
    };
    await publishAll(1, ['es']);

    listener.send({ type: 'set_languages', request_id: 'langs-1', languages: ['fr', 'en'] });
    expect(await listener.waitFor('subscribed', (message) => message.request_id === 'langs-1')).toMatchObject({
      languages: ['fr', 'en'],
      replay: null,
      last_sequence: 1,
    });
    await publishAll(2, ['en', 'fr']);

    listener.send({ type: 'set_languages', request_id: 'langs-2', languages: ['fr', 'pt'] });
    const refused = await listener.waitFor('error', (error) => error.request_id === 'langs-2');
    expect(refused).toMatchObject({ code: 'language_not_available', fatal: false, details: { available: ['en', 'es', 'fr'] } });
    expect(refused.message).toContain('pt');
    await publishAll(3, ['en', 'fr']);

    listener.send({ type: 'unsubscribe', request_id: 'bye' });
    expect(await listener.waitFor('unsubscribed')).toMatchObject({ request_id: 'bye', channel_id: channel.channelId });
    await publishAll(4, []);
    expect(listener.finals()).toEqual(['es:1', 'en:2', 'fr:2', 'en:3', 'fr:3']);
    await close();
  });

  it.skipIf(skip)('switches channel with a second subscribe', async () => {
    const { speaker, endpoint, channel, otherChannelId, close } = await start();
    const other = { ...testChannel(), eventId: channel.eventId, channelId: otherChannelId };
    const listener = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'] });
    await listener.waitFor('subscribed');
    await speaker.publish(channel, finalOf(channel, 1, 'en'));
    await listener.waitFor('subtitle_final', (final) => final.sequence === 1);

    listener.send({ type: 'subscribe', request_id: 'switch', channel_id: other.channelId, languages: ['de'] });
    expect(await listener.waitFor('subscribed', (message) => message.request_id === 'switch')).toMatchObject({
      channel_id: other.channelId,
      languages: ['de'],
      available_languages: [{ language: 'de', is_source: true }],
    });
    await speaker.publish(channel, finalOf(channel, 2, 'en'));
    // Sequence 1 again, on the other channel: a new channel starts a new numbering, never deduplicated away.
    await speaker.publish(other, finalOf(other, 1, 'de', { isSource: true }));
    await listener.waitFor('subtitle_final', (final) => final.language === 'de');
    expect(listener.finals()).toEqual(['en:1', 'de:1']);
    await close();
  });

  it.skipIf(skip)('answers every bad message with a typed error and keeps the connection', async () => {
    const { endpoint, channel, close } = await start();
    const listener = await TestListener.open(endpoint.url);
    const errors = () => listener.messages.filter((message) => message.type === 'error');

    listener.send('{"type": "subscribe", ');
    listener.send({ type: 'dance', request_id: 'd-1' });
    listener.send(JSON.stringify({ type: 'ping', request_id: 'big', client_time: 'x'.repeat(17 * 1024) }));
    listener.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    listener.send({ type: 'subscribe', request_id: 's-1', channel_id: channel.channelId, languages: [] });
    listener.send({ type: 'subscribe', request_id: 's-2', channel_id: randomUUID(), languages: ['en'] });
    listener.send({ type: 'subscribe', request_id: 's-3', channel_id: channel.channelId, languages: ['en', 'ja'] });
    listener.send({ type: 'set_languages', request_id: 'l-1', languages: ['en'] });
    listener.send({ type: 'unsubscribe', request_id: 'u-1' });
    await listener.waitFor('error', (error) => error.request_id === 'u-1');

    expect(errors().map((error) => [error.code, error.request_id ?? null, error.fatal])).toEqual([
      ['invalid_message', null, false],
      ['unknown_type', 'd-1', false],
      ['message_too_large', null, false],
      ['invalid_message', null, false],
      ['invalid_message', 's-1', false],
      ['channel_not_found', 's-2', false],
      ['language_not_available', 's-3', false],
      ['invalid_state', 'l-1', false],
      ['invalid_state', 'u-1', false],
    ]);
    const [notJson, unknown, tooLarge, , emptyLanguages] = errors();
    expect(notJson!.message).toMatch(/JSON/);
    expect(unknown!.details).toEqual({ received_type: 'dance' });
    expect(tooLarge!.details).toEqual({ max_bytes: 16 * 1024 });
    const fewerThanOne: unknown = expect.stringMatching(/fewer than 1/);
    expect(emptyLanguages!.details).toEqual({ issues: [{ path: '/languages', message: fewerThanOne }] });
    // Every refusal counted as the speaker's are: by role and code.
    const rejected = await endpoint.registry.getSingleMetric('live_event_rejected_messages_total')!.get();
    const byCode = Object.fromEntries(rejected.values.map((value) => [`${value.labels.role}:${value.labels.code}`, value.value]));
    expect(byCode).toEqual({
      'listener:invalid_message': 3,
      'listener:unknown_type': 1,
      'listener:message_too_large': 1,
      'listener:channel_not_found': 1,
      'listener:language_not_available': 1,
      'listener:invalid_state': 2,
    });

    listener.send({ type: 'ping', request_id: 'still-there', client_time: '2026-12-01T08:00:00Z' });
    expect(await listener.waitFor('pong')).toMatchObject({ request_id: 'still-there', client_time: '2026-12-01T08:00:00Z' });
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'] });
    await listener.waitFor('subscribed');
    expect(listener.invalid).toEqual([]);
    await close();
  });

  it.skipIf(skip)('closes with 1008 a client that sends nothing but bad messages', async () => {
    const { endpoint, close } = await start();
    const listener = await TestListener.open(endpoint.url);
    for (let count = 0; count < 25; count += 1) listener.send('nope');
    expect((await listener.closed).code).toBe(CloseCode.PolicyViolation);
    expect(listener.messages.at(-1)).toMatchObject({ type: 'error', fatal: true, details: { close_code: CloseCode.PolicyViolation } });
    await close();
  });

  it.skipIf(skip)('sends every listener away with 1001 when the instance shuts down', async () => {
    const { endpoint, channel, close } = await start();
    const listeners = await Promise.all([TestListener.open(endpoint.url), TestListener.open(endpoint.url)]);
    listeners[0].send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'] });
    await listeners[0].waitFor('subscribed');
    expect(endpoint.connections.size).toBe(2);
    await endpoint.connections.goAwayAll();
    expect(await Promise.all(listeners.map(async (listener) => (await listener.closed).code))).toEqual([
      CloseCode.GoingAway,
      CloseCode.GoingAway,
    ]);
    expect(endpoint.connections.size).toBe(0);
    expect(await metricValue(endpoint.registry, 'live_event_listener_connections')).toBe(0);
    await close();
  });

  it.skipIf(skip)('closes with 4011 when the event ends', async () => {
    const { speaker, endpoint, channel, close } = await start();
    const listener = await TestListener.open(endpoint.url);
    listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'] });
    await listener.waitFor('subscribed');
    await speaker.publish(channel, sessionStateOf(channel, 'ended', 'ended', 'event_ended'));
    expect((await listener.closed).code).toBe(CloseCode.SessionEnded);
    expect(listener.messages.at(-1)).toMatchObject({ type: 'session_state', state: 'ended', end_reason: 'event_ended' });
    await close();
  });
});
