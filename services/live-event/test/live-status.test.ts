/**
 * A manager's live status (`GET /v1/events/{event_id}/live`) through the real service with listeners
 * connected over the WebSocket: who listens in which language, the session, and the stages of the
 * latest finals; on one instance in process, and on two instances sharing Redis, where each sees the
 * listeners and deliveries of both.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@ilenia/generated/openapi/live-event/types';
import { RedisSubtitleBus } from '../src/distribution/redis-bus.js';
import { RedisLiveStatusStore } from '../src/live-status/redis-live-status-store.js';
import { redisAvailable, scratchRedisPrefix, testRedisUrl } from './distribution/test-redis.js';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { startLiveEvent, type LiveEventHarness } from './support/live-event-harness.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, useLiveEvent, type LiveEventTestContext } from './support/test-context.js';

type EventLiveStatus = components['schemas']['EventLiveStatus'];
/** What the manager role holds that these calls need (session records: the events service's rule). */
const managerPermissions = ['live_sessions:read', 'session_records:read'];

const engines = () => ({
  recognizer: new ScriptedRecognizer(['welcome everyone', 'open science matters', 'thank you']),
  translator: new PrefixTranslator(['es', 'fr']),
  synthesizer: new SilentSynthesizer(),
});
const context = useLiveEvent(engines);

async function liveStatus(
  live: LiveEventHarness,
  eventId: string,
  token: string,
  query = '',
): Promise<{ status: number; body: EventLiveStatus & { detail?: string } }> {
  const response = await fetch(`${live.baseUrl}/v1/events/${eventId}/live${query}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as EventLiveStatus & { detail?: string } };
}

function languageCounts(status: EventLiveStatus): Record<string, number> {
  return Object.fromEntries(status.channels[0]!.languages.map((entry) => [entry.language, entry.listeners]));
}

describe('the live status of an event, on one instance', () => {
  it('shows the listeners per language, the session and the stages of the latest finals', async () => {
    const organiserId = randomUUID();
    const { event, channel, speakerId, listenerId } = arrangeEvent(context, { organiserId });
    const manager = await context.live.token(organiserId, managerPermissions);

    const quiet = await liveStatus(context.live, event.id, manager);
    expect(quiet.status).toBe(200);
    expect(quiet.body).toMatchObject({
      event_id: event.id,
      listeners: 0,
      channels: [{ channel_id: channel.id, session: null, listeners: 0, finals: [] }],
    });
    expect(languageCounts(quiet.body)).toEqual({ en: 0, es: 0, fr: 0 });

    const spanish = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const both = await openListener(context, event.id, channel.id, listenerId, ['es', 'fr']);
    await expect
      .poll(async () => languageCounts((await liveStatus(context.live, event.id, manager)).body))
      .toEqual({ en: 0, es: 2, fr: 1 });

    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    await streamAudio(speaker, Buffer.concat([speech(900), silence(300), speech(700), silence(300)]), { speed: 1.8 });
    for (const sequence of [1, 2]) {
      await spanish.next((message) => message.type === 'subtitle_final' && message.sequence === sequence);
      await both.next((message) => message.type === 'subtitle_final' && message.sequence === sequence && message.language === 'fr');
    }

    // Deliveries are recorded once the fan-out handed the final over; wait for the newest one's.
    await expect
      .poll(
        async () =>
          (await liveStatus(context.live, event.id, manager)).body.channels[0]!.finals[0]?.languages.find(
            (entry) => entry.language === 'fr',
          )?.delivery_ms ?? null,
      )
      .not.toBeNull();
    const { body } = await liveStatus(context.live, event.id, manager);
    const [status] = body.channels;
    expect(body.listeners).toBe(2);
    expect(status!.listeners).toBe(2);
    expect(status!.session).toMatchObject({ id: started!.session_id, state: 'live', speaker_id: speakerId });
    expect(status!.finals.map((final) => final.sequence)).toEqual([2, 1]);
    for (const final of status!.finals) {
      expect(final).toMatchObject({ session_id: started!.session_id, recognition_ms: 7 });
      expect(final.languages.map((entry) => [entry.language, entry.is_source])).toEqual([
        ['en', true],
        ['es', false],
        ['fr', false],
      ]);
      const [en, es] = final.languages;
      // Nobody listens to English: no delivery time; the translations were timed.
      expect(en).toMatchObject({ translation_ms: null, delivery_ms: null });
      expect(es!.translation_ms).toBeGreaterThanOrEqual(0);
      expect(es!.delivery_ms).toBeGreaterThanOrEqual(0);
    }

    // Only the newest finals when asked for fewer.
    expect(
      (await liveStatus(context.live, event.id, manager, '?finals=1')).body.channels[0]!.finals.map((final) => final.sequence),
    ).toEqual([2]);

    // A listener that switches language and one that leaves are counted as they are now.
    both.send({ type: 'set_languages', request_id: 'lang-2', languages: ['en'] });
    await both.next('subscribed');
    spanish.close();
    await spanish.closed;
    await expect
      .poll(async () => languageCounts((await liveStatus(context.live, event.id, manager)).body))
      .toEqual({ en: 1, es: 0, fr: 0 });

    speaker.send({ type: 'pause', request_id: 'pause-1' });
    await speaker.next('session_state');
    expect((await liveStatus(context.live, event.id, manager)).body.channels[0]!.session).toMatchObject({ state: 'paused' });
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    await expect.poll(async () => (await liveStatus(context.live, event.id, manager)).body.channels[0]!.session).toBeNull();
    both.close();
  });

  it('answers 404 to whoever does not oversee the event, 403 without the permission, 400 for a bad count', async () => {
    const organiserId = randomUUID();
    const { event, speakerId } = arrangeEvent(context, { organiserId });
    const speaker = await context.live.token(speakerId, managerPermissions);
    const notFound = await liveStatus(context.live, event.id, speaker);
    expect(notFound.status).toBe(404);
    expect(notFound.body.detail).toContain(event.id);
    expect((await liveStatus(context.live, randomUUID(), await context.live.token(organiserId, managerPermissions))).status).toBe(404);
    expect((await liveStatus(context.live, event.id, await context.live.token(organiserId, ['live:listen']))).status).toBe(403);
    expect((await liveStatus(context.live, event.id, await context.live.token(organiserId, managerPermissions), '?finals=51')).status).toBe(
      400,
    );
  });
});

const hasRedis = await redisAvailable();
const scratch = scratchRedisPrefix('live-status');

describe.skipIf(!hasRedis)('the live status of an event, on two instances sharing Redis', () => {
  const shared = {} as { redis: Redis; a: LiveEventTestContext; b: LiveEventTestContext };
  beforeAll(async () => {
    shared.redis = new Redis(testRedisUrl, { maxRetriesPerRequest: 2 });
    const instance = async (name: string) => {
      const bus = new RedisSubtitleBus({
        url: testRedisUrl,
        keyPrefix: scratch.prefix,
        historyLimit: 500,
        historyTtlSeconds: 600,
        connectionName: `live-status-test-${name}`,
      });
      const live = await startLiveEvent({
        db: context.database.db,
        key: context.key,
        upstreams: context.upstreams,
        engines: engines(),
        bus,
        overrides: { liveStatus: new RedisLiveStatusStore({ redis: shared.redis, keyPrefix: scratch.prefix }) },
      });
      return { ...context, live };
    };
    shared.a = await instance('a');
    shared.b = await instance('b');
  });
  afterAll(async () => {
    for (const instance of [shared.a, shared.b]) {
      await instance?.live.stop();
      await instance?.live.removeRecordings();
      await instance?.live.bus.close();
    }
    await scratch.drop();
    shared.redis?.disconnect();
  });

  it('adds up the listeners of both instances, and each instance sees the deliveries of the other', async () => {
    const { a, b } = shared;
    const organiserId = randomUUID();
    const { event, channel, speakerId, listenerId } = arrangeEvent(context, { organiserId });
    const manager = await a.live.token(organiserId, managerPermissions);

    const onA = await openListener(a, event.id, channel.id, listenerId, ['es']);
    const onB = await openListener(b, event.id, channel.id, listenerId, ['fr']);
    const alsoOnB = await openListener(b, event.id, channel.id, listenerId, ['es']);
    for (const instance of [a, b])
      await expect
        .poll(async () => languageCounts((await liveStatus(instance.live, event.id, manager)).body))
        .toEqual({ en: 0, es: 2, fr: 1 });

    const speaker = await openSpeaker(a, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    await streamAudio(speaker, Buffer.concat([speech(900), silence(300)]), { speed: 1.8 });
    await onA.next((message) => message.type === 'subtitle_final' && message.sequence === 1);
    await onB.next((message) => message.type === 'subtitle_final' && message.sequence === 1);
    await alsoOnB.next((message) => message.type === 'subtitle_final' && message.sequence === 1);

    // French is delivered on B only; B's time reaches A through Redis, and the session is A's.
    await expect
      .poll(async () =>
        (await liveStatus(a.live, event.id, manager)).body.channels[0]!.finals[0]?.languages.map((entry) => [
          entry.language,
          entry.delivery_ms !== null,
        ]),
      )
      .toEqual([
        ['en', false],
        ['es', true],
        ['fr', true],
      ]);
    const fromB = (await liveStatus(b.live, event.id, manager)).body;
    expect(fromB.listeners).toBe(3);
    expect(fromB.channels[0]!.session).toMatchObject({ id: started!.session_id, state: 'live', speaker_id: speakerId });
    expect(fromB.channels[0]!.finals[0]).toMatchObject({ sequence: 1, session_id: started!.session_id, recognition_ms: 7 });

    // Listeners that leave B leave the count that A shows.
    onB.close();
    alsoOnB.close();
    await Promise.all([onB.closed, alsoOnB.closed]);
    await expect.poll(async () => languageCounts((await liveStatus(a.live, event.id, manager)).body)).toEqual({ en: 0, es: 1, fr: 0 });
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    onA.close();
  });
});
