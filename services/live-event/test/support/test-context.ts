/**
 * One live-event service per test file (PGlite shared by its tests), with the fake upstreams, and
 * the shortcuts the protocol tests use: tickets, sockets, negotiation.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';
import { openDatabase, type Database, type DatabaseTarget } from '@ilenia/kit/persistence';
import { createSigningKey, type TestSigningKey } from '@ilenia/kit/testing';
import type { ChannelEngines } from '../../src/domain/language-check.js';
import { liveEventMigrations } from '../../src/db/migrations/index.js';
import type { LiveEventDatabase } from '../../src/db/schema.js';
import { makeEvent, startFakeUpstreams, type FakeUpstreams } from '@ilenia/kit/testing';
import { startLiveEvent, type HarnessOptions, type LiveEventHarness } from './live-event-harness.js';
import type { TestSocket } from './test-socket.js';

export interface LiveEventTestContext {
  key: TestSigningKey;
  upstreams: FakeUpstreams;
  database: Database<LiveEventDatabase>;
  live: LiveEventHarness;
}

/** Registers beforeAll/afterAll that start and stop the service; the returned object fills in before the tests run. */
export function useLiveEvent(
  engines: () => ChannelEngines,
  options: { target?: () => Promise<DatabaseTarget>; harness?: Partial<HarnessOptions>; startTimeoutMs?: number } = {},
): LiveEventTestContext {
  const context = {} as LiveEventTestContext;
  beforeAll(async () => {
    context.key = await createSigningKey('live-event-test');
    context.upstreams = await startFakeUpstreams(context.key);
    context.database = await openDatabase<LiveEventDatabase>(
      options.target ? await options.target() : { kind: 'pglite' },
      liveEventMigrations,
    );
    context.live = await startLiveEvent({
      db: context.database.db,
      key: context.key,
      upstreams: context.upstreams,
      engines: engines(),
      ...options.harness,
    });
  }, options.startTimeoutMs);
  afterAll(async () => {
    await context.live?.stop();
    await context.live?.removeRecordings();
    await context.database?.close();
    await context.upstreams?.close();
  });
  return context;
}

/** A live event with one channel (en → es, fr), its speaker and a listener. */
export function arrangeEvent(context: LiveEventTestContext, options: Parameters<typeof makeEvent>[0] = {}) {
  const speakerId = randomUUID();
  const listenerId = randomUUID();
  const event = makeEvent({ speakers: [speakerId], ...options });
  context.upstreams.state.events.set(event.id, event);
  context.upstreams.state.listeners.add(`${event.id}:${listenerId}`);
  return { event, channel: event.channels[0]!, speakerId, listenerId };
}

export async function speakerTicket(context: LiveEventTestContext, eventId: string, channelId: string, userId: string): Promise<string> {
  const ticket = await context.live.ticket(
    'speaker',
    { event_id: eventId, channel_id: channelId },
    await context.live.token(userId, ['live:speak']),
  );
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  return String(ticket.body.ticket);
}

export async function openSpeaker(
  context: LiveEventTestContext,
  eventId: string,
  channelId: string,
  userId: string,
): Promise<TestSocket<SpeakerServerMessage>> {
  const socket = context.live.speaker(await speakerTicket(context, eventId, channelId, userId));
  await socket.opened;
  return socket;
}

export async function openListener(
  context: LiveEventTestContext,
  eventId: string,
  channelId: string,
  userId: string,
  languages: string[],
  extra: Record<string, unknown> = {},
) {
  const ticket = await context.live.ticket('listener', { event_id: eventId }, await context.live.token(userId, ['live:listen']));
  expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
  const socket = context.live.listener(String(ticket.body.ticket));
  await socket.opened;
  socket.send({ type: 'subscribe', request_id: 'sub-1', channel_id: channelId, languages, include_partials: true, ...extra });
  const answer = await socket.next((message) => message.type === 'subscribed' || message.type === 'error');
  expect(answer, JSON.stringify(answer)).toMatchObject({ type: 'subscribed' });
  return socket;
}

export const pcm16kMono = { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 } as const;

/** `audio_config` → `session_started` (new sessions) and `audio_accepted`. */
export async function negotiate(socket: TestSocket<SpeakerServerMessage>, options: { echo?: boolean; expectSession?: boolean } = {}) {
  socket.send({
    type: 'audio_config',
    request_id: 'cfg-1',
    format: pcm16kMono,
    frame_duration_ms: 20,
    echo_translations: options.echo ?? false,
  });
  const started = options.expectSession === false ? undefined : await socket.next('session_started');
  const accepted = await socket.next('audio_accepted');
  return { started, accepted };
}
