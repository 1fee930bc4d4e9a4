/** The live service's one agent per channel gets a hidden token for that room only; people never do. */
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodyOf, problemOf } from '@ilenia/kit/testing';
import type { RoomAccess } from './support/answer-types.js';
import { signAccessToken } from '@ilenia/kit/testing';
import { expectLiveKitToken } from './support/livekit-claims.js';
import { arrangeEvent, serviceToken, tokenTtlSeconds, useProvider } from './support/provider-harness.js';

const context = useProvider();

function agentToken(token: string, body: object) {
  return request(context.app).post('/v2/agents/token').set('Authorization', `Bearer ${token}`).send(body);
}

describe('an agent token', () => {
  it('lets the agent hear the speaker, publish its voiced tracks and captions, hidden, in that room only', async () => {
    const { event, channel } = arrangeEvent(context, { targets: ['es', 'fr', 'de'] });
    const roomName = `event-${event.id}-channel-${channel.id}`;
    const answer = await agentToken(await serviceToken(context), { event_id: event.id, channel_id: channel.id });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toMatchObject({
      room_name: roomName,
      agent_type: 'translator',
      identity: 'agent-translator',
      source_language: 'en',
      target_languages: ['es', 'fr', 'de'],
      livekit_url: context.livekit.wsUrl,
    });
    expect(bodyOf<RoomAccess>(answer).grants).toStrictEqual({
      can_publish: true,
      can_subscribe: true,
      can_publish_data: true,
      can_publish_sources: ['microphone'],
      hidden: true,
      agent: true,
    });
    await expectLiveKitToken(context.livekit, bodyOf<RoomAccess>(answer).livekit_token, {
      identity: 'agent-translator',
      ttlSeconds: tokenTtlSeconds.agent,
      video: {
        roomJoin: true,
        room: roomName,
        canPublish: true,
        canSubscribe: true,
        canPublishData: true,
        canPublishSources: ['microphone'],
        hidden: true,
        agent: true,
      },
    });
    // The agent may start before the speaker arrives: the room is there for it.
    expect(context.livekit.rooms.list([roomName])).toHaveLength(1);
  });

  it('is refused to a person with 403, even one whose token carries agents:token', async () => {
    const { event, channel, organiserId } = arrangeEvent(context);
    const token = await signAccessToken(
      context.key,
      { sub: organiserId, roles: ['admin'], permissions: ['agents:token', 'events:manage_all'] },
      { audience: ['livekit-service'] },
    );
    const answer = await agentToken(token, { event_id: event.id, channel_id: channel.id });
    expect(answer.status).toBe(403);
    expect(problemOf(answer).detail).toBe('Agent tokens are issued to services only; use a client-credentials access token.');
  });

  it('is refused to a service without agents:token with 403 naming the permission', async () => {
    const { event, channel } = arrangeEvent(context);
    const answer = await agentToken(await serviceToken(context, 'events:read'), { event_id: event.id, channel_id: channel.id });
    expect(answer.status).toBe(403);
    expect(problemOf(answer).detail).toContain('agents:token');
  });

  it('answers 404 for an unknown event or channel and 409 for an event that is not open', async () => {
    const token = await serviceToken(context);
    const { event } = arrangeEvent(context);
    expect((await agentToken(token, { event_id: randomUUID(), channel_id: randomUUID() })).status).toBe(404);
    expect((await agentToken(token, { event_id: event.id, channel_id: randomUUID() })).status).toBe(404);
    const ended = arrangeEvent(context, { status: 'ended' });
    const answer = await agentToken(token, { event_id: ended.event.id, channel_id: ended.channel.id });
    expect(answer.status).toBe(409);
    expect(problemOf(answer).event_status).toBe('ended');
  });

  it('refuses the old per-stage request shape with 400', async () => {
    const { event, channel } = arrangeEvent(context);
    const answer = await agentToken(await serviceToken(context), {
      event_id: event.id,
      channel_id: channel.id,
      agent_type: 'tts',
      language: 'es',
    });
    expect(answer.status).toBe(400);
  });
});
