/**
 * Speakers and listeners get LiveKit tokens for a channel's room through the real SDK against the
 * LiveKit contract double; every token is verified as LiveKit would and its grants checked exactly.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bodyOf, problemOf } from '@ilenia/kit/testing';
import type { RoomAccess, Schemas } from './support/answer-types.js';
import { randomUUID } from 'node:crypto';
import { expectLiveKitToken } from './support/livekit-claims.js';
import { arrangeEvent, tokenTtlSeconds, useProvider, userToken } from './support/provider-harness.js';

const context = useProvider();

function createOrJoin(token: string, body: object) {
  return request(context.app).post('/v2/rooms/create-or-join').set('Authorization', `Bearer ${token}`).send(body);
}
function join(token: string, body: object) {
  return request(context.app).post('/v2/rooms/join').set('Authorization', `Bearer ${token}`).send(body);
}

describe('a speaker creating or joining a room', () => {
  it('creates the channel room once, named by convention with its languages, and gets a microphone-only token', async () => {
    const { event, channel, speakerId } = arrangeEvent(context, { status: 'ready' });
    const token = await userToken(context, speakerId, 'speaker');
    const roomName = `event-${event.id}-channel-${channel.id}`;

    const first = await createOrJoin(token, { event_id: event.id, channel_id: channel.id });
    expect(first.status, first.text).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toMatchObject({
      room_name: roomName,
      event_id: event.id,
      channel_id: channel.id,
      room_created: true,
      livekit_url: context.livekit.wsUrl,
      identity: `speaker-${speakerId}`,
      track_name: 'original',
    });
    expect(bodyOf<RoomAccess>(first).grants).toStrictEqual({
      can_publish: true,
      can_subscribe: true,
      can_publish_data: false,
      can_publish_sources: ['microphone'],
      hidden: false,
      agent: false,
    });
    const claims = await expectLiveKitToken(context.livekit, bodyOf<RoomAccess>(first).livekit_token, {
      identity: `speaker-${speakerId}`,
      ttlSeconds: tokenTtlSeconds.speaker,
      video: {
        roomJoin: true,
        room: roomName,
        canPublish: true,
        canSubscribe: true,
        canPublishData: false,
        canPublishSources: ['microphone'],
        hidden: false,
        agent: false,
      },
    });
    expect(new Date(bodyOf<RoomAccess>(first).expires_at).getTime()).toBe(claims.exp! * 1000);

    const [room] = context.livekit.rooms.list([roomName]);
    expect(JSON.parse(room!.metadata)).toStrictEqual({
      event_id: event.id,
      channel_id: channel.id,
      source_language: 'en',
      target_languages: ['es', 'fr'],
    });

    const again = await createOrJoin(token, { event_id: event.id, channel_id: channel.id });
    expect(bodyOf<Schemas['SpeakerRoomAccess']>(again).room_created).toBe(false);
    expect(
      context.livekit.calls.filter((call) => call.method === 'CreateRoom' && (call.body as { name: string }).name === roomName),
    ).toHaveLength(1);
  });

  it('creates the room once when two calls race, and only one of them says it created it', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const token = await userToken(context, speakerId, 'speaker');
    const answers = await Promise.all([0, 1, 2].map(() => createOrJoin(token, { event_id: event.id, channel_id: channel.id })));
    expect(answers.map((answer) => answer.status)).toStrictEqual([200, 200, 200]);
    expect(answers.filter((answer) => bodyOf<Schemas['SpeakerRoomAccess']>(answer).room_created)).toHaveLength(1);
    expect(context.livekit.rooms.list([])).toHaveLength(1);
  });

  it('lets the organiser speak in every channel of the event', async () => {
    const { event, channel, organiserId } = arrangeEvent(context);
    const answer = await createOrJoin(await userToken(context, organiserId, 'manager'), { event_id: event.id, channel_id: channel.id });
    expect(answer.status, answer.text).toBe(200);
    expect(bodyOf<RoomAccess>(answer).identity).toBe(`speaker-${organiserId}`);
  });

  it('refuses an assigned listener who is not a speaker of the channel with 403', async () => {
    const { event, channel, listenerId } = arrangeEvent(context);
    const answer = await createOrJoin(await userToken(context, listenerId, 'speaker'), { event_id: event.id, channel_id: channel.id });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      type: 'https://ilenia.dev/problems/forbidden',
      detail: `You are not a speaker of channel ${channel.id} of event ${event.id}.`,
    });
    expect(context.livekit.calls.some((call) => call.method === 'CreateRoom')).toBe(false);
  });

  it('answers 404 to someone who cannot see the event, as if it did not exist', async () => {
    const { event, channel } = arrangeEvent(context);
    const answer = await createOrJoin(await userToken(context, randomUUID(), 'speaker'), { event_id: event.id, channel_id: channel.id });
    expect(answer.status).toBe(404);
    expect(problemOf(answer).detail).toBe(`No event with id ${event.id}.`);
  });

  it('answers 404 for an unknown event or a channel of another event', async () => {
    const { event, speakerId } = arrangeEvent(context);
    const other = arrangeEvent(context);
    const token = await userToken(context, speakerId, 'speaker');
    expect((await createOrJoin(token, { event_id: randomUUID(), channel_id: other.channel.id })).status).toBe(404);
    const wrongChannel = await createOrJoin(token, { event_id: event.id, channel_id: other.channel.id });
    expect(wrongChannel.status).toBe(404);
    expect(problemOf(wrongChannel).detail).toBe(`Event ${event.id} has no channel with id ${other.channel.id}.`);
  });

  it.each(['draft', 'ended'] as const)('refuses a %s event with 409 and its status', async (status) => {
    const { event, channel, speakerId } = arrangeEvent(context, { status });
    const answer = await createOrJoin(await userToken(context, speakerId, 'speaker'), { event_id: event.id, channel_id: channel.id });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      type: 'https://ilenia.dev/problems/event-not-open',
      event_status: status,
      allowed: ['ready', 'live'],
    });
  });

  it('refuses a body that does not follow the contract with 400', async () => {
    const { event, speakerId } = arrangeEvent(context);
    const answer = await createOrJoin(await userToken(context, speakerId, 'speaker'), { event_id: event.id, channel_id: 'main', extra: 1 });
    expect(answer.status).toBe(400);
    expect((problemOf(answer).errors ?? []).map((error) => error.path).sort()).toStrictEqual(['/channel_id', '/extra']);
  });
});

describe('a listener joining a room', () => {
  it('gets a subscribe-only token and every track of the channel, published or not', async () => {
    const { event, channel, listenerId, speakerId } = arrangeEvent(context);
    const roomName = `event-${event.id}-channel-${channel.id}`;
    await createOrJoin(await userToken(context, speakerId, 'speaker'), { event_id: event.id, channel_id: channel.id });
    context.livekit.rooms.addParticipant(roomName, { identity: `speaker-${speakerId}`, audioTracks: ['original'] });

    const answer = await join(await userToken(context, listenerId, 'listener'), { event_id: event.id });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toMatchObject({
      room_name: roomName,
      channel_id: channel.id,
      identity: `listener-${listenerId}`,
      source_language: 'en',
      target_languages: ['es', 'fr'],
    });
    expect(bodyOf<Schemas['ListenerRoomAccess']>(answer).tracks).toStrictEqual([
      { track_name: 'original', kind: 'original', language: 'en', published: true },
      { track_name: 'translation-es', kind: 'translation', language: 'es', published: false },
      { track_name: 'translation-fr', kind: 'translation', language: 'fr', published: false },
    ]);
    expect(bodyOf<RoomAccess>(answer).grants).toStrictEqual({
      can_publish: false,
      can_subscribe: true,
      can_publish_data: false,
      can_publish_sources: [],
      hidden: false,
      agent: false,
    });
    await expectLiveKitToken(context.livekit, bodyOf<RoomAccess>(answer).livekit_token, {
      identity: `listener-${listenerId}`,
      ttlSeconds: tokenTtlSeconds.listener,
      video: {
        roomJoin: true,
        room: roomName,
        canPublish: false,
        canSubscribe: true,
        canPublishData: false,
        canPublishSources: [],
        hidden: false,
        agent: false,
      },
    });
  });

  it('opens the room for a listener who arrives before the speaker, and narrows the tracks to the languages asked for', async () => {
    const { event, channel, listenerId } = arrangeEvent(context);
    const answer = await join(await userToken(context, listenerId, 'listener'), {
      event_id: event.id,
      channel_id: channel.id,
      languages: ['es'],
    });
    expect(answer.status, answer.text).toBe(200);
    expect(bodyOf<Schemas['ListenerRoomAccess']>(answer).tracks).toStrictEqual([
      { track_name: 'translation-es', kind: 'translation', language: 'es', published: false },
    ]);
    expect(context.livekit.rooms.list([bodyOf<RoomAccess>(answer).room_name])).toHaveLength(1);
  });

  it('refuses a language the channel does not offer with 422 naming it', async () => {
    const { event, listenerId } = arrangeEvent(context);
    const answer = await join(await userToken(context, listenerId, 'listener'), { event_id: event.id, languages: ['es', 'de'] });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      type: 'https://ilenia.dev/problems/language-not-offered',
      language: 'de',
      allowed: ['en', 'es', 'fr'],
    });
  });

  it('answers 404 to a listener not assigned to the event, and 404 for a channel of another event', async () => {
    const { event } = arrangeEvent(context);
    const other = arrangeEvent(context);
    expect((await join(await userToken(context, randomUUID(), 'listener'), { event_id: event.id })).status).toBe(404);
    expect(
      (await join(await userToken(context, other.listenerId, 'listener'), { event_id: other.event.id, channel_id: event.channels[0]!.id }))
        .status,
    ).toBe(404);
  });

  it('refuses an event that is not ready or live with 409', async () => {
    const { event, listenerId } = arrangeEvent(context, { status: 'draft' });
    const answer = await join(await userToken(context, listenerId, 'listener'), { event_id: event.id });
    expect(answer.status).toBe(409);
    expect(problemOf(answer).event_status).toBe('draft');
  });
});
