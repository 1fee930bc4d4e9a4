/**
 * A LiveKit server that is down, slow, refusing the API key or failing, and an events service that
 * is down, become 502 Problems naming which one, within the configured timeout: never a 500 or a hang.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bodyOf, problemOf } from '@ilenia/kit/testing';
import type { Schemas } from './support/answer-types.js';
import { arrangeEvent, eventsTimeoutMs, livekitTimeoutMs, serviceToken, useProvider, userToken } from './support/provider-harness.js';

const context = useProvider();

async function speakerJoins() {
  const { event, channel, speakerId } = arrangeEvent(context);
  return request(context.app)
    .post('/v2/rooms/create-or-join')
    .set('Authorization', `Bearer ${await userToken(context, speakerId, 'speaker')}`)
    .send({ event_id: event.id, channel_id: channel.id });
}

describe('when the LiveKit server fails', () => {
  it('answers 502 naming LiveKit when it cuts the connection', async () => {
    context.livekit.fault({ kind: 'down' });
    const answer = await speakerJoins();
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ type: 'https://ilenia.dev/problems/upstream', upstream: 'livekit' });
    expect(problemOf(answer).detail).toMatch(/^The LiveKit server did not answer RoomService\/ListRooms: /);
  });

  it('answers 502 within its timeout when it is too slow', async () => {
    context.livekit.fault({ kind: 'slow', delayMs: livekitTimeoutMs * 20 });
    const started = performance.now();
    const answer = await speakerJoins();
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(502);
    expect(problemOf(answer).detail).toBe(`The LiveKit server did not answer RoomService/ListRooms within ${livekitTimeoutMs} ms.`);
    // A hang guard, not a latency margin: the slow server would answer only after 20 s.
    expect(elapsed).toBeLessThan(livekitTimeoutMs * 20);
  });

  it('answers 502 pointing at the API key and secret when LiveKit refuses them', async () => {
    context.livekit.fault({ kind: 'error', code: 'unauthenticated', message: 'permissions denied' });
    const answer = await speakerJoins();
    expect(answer.status).toBe(502);
    expect(problemOf(answer).detail).toBe(
      'The LiveKit server refused RoomService/ListRooms with 401 unauthenticated: check LIVEKIT_API_KEY and LIVEKIT_API_SECRET.',
    );
  });

  it('answers 502 to every operation when LiveKit answers an internal error', async () => {
    const { event, channel, organiserId, listenerId } = arrangeEvent(context);
    context.livekit.fault({ kind: 'error', code: 'internal', message: 'node unavailable' });
    const manager = await userToken(context, organiserId, 'manager');
    const roomName = `event-${event.id}-channel-${channel.id}`;
    const answers = await Promise.all([
      request(context.app)
        .post('/v2/rooms/join')
        .set('Authorization', `Bearer ${await userToken(context, listenerId, 'listener')}`)
        .send({ event_id: event.id }),
      request(context.app)
        .post('/v2/agents/token')
        .set('Authorization', `Bearer ${await serviceToken(context)}`)
        .send({ event_id: event.id, channel_id: channel.id }),
      request(context.app).get('/v2/rooms').set('Authorization', `Bearer ${manager}`),
      request(context.app).get(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${manager}`),
      request(context.app).delete(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${manager}`),
    ]);
    for (const answer of answers) {
      expect(answer.status, answer.text).toBe(502);
      expect(problemOf(answer).upstream).toBe('livekit');
      expect(problemOf(answer).detail).toMatch(/refused RoomService\/\w+ with 500 internal\.$/);
    }
  });

  it('reports LiveKit down in /ready', async () => {
    expect((await request(context.app).get('/ready')).status).toBe(200);
    context.livekit.fault({ kind: 'down' });
    const answer = await request(context.app).get('/ready');
    expect(answer.status).toBe(503);
    expect(bodyOf<Schemas['Readiness']>(answer).checks.livekit?.status).toBe('down');
  });
});

describe('when the events service fails', () => {
  it('answers 502 naming the events service, and asks LiveKit nothing', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    context.upstreams.state.down = true;
    const answer = await request(context.app)
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${await userToken(context, speakerId, 'speaker')}`)
      .send({ event_id: event.id, channel_id: channel.id });
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ type: 'https://ilenia.dev/problems/upstream', upstream: 'events_service' });
    expect(context.livekit.calls).toHaveLength(0);
  });

  it('answers 502 within its timeout when the events service is too slow', async () => {
    const { event, listenerId } = arrangeEvent(context);
    context.upstreams.state.delayMs = eventsTimeoutMs * 20;
    const started = performance.now();
    const answer = await request(context.app)
      .post('/v2/rooms/join')
      .set('Authorization', `Bearer ${await userToken(context, listenerId, 'listener')}`)
      .send({ event_id: event.id });
    expect(answer.status).toBe(502);
    expect(problemOf(answer).upstream).toBe('events_service');
    // A hang guard, not a latency margin: the slow service would answer only after 20 s.
    expect(performance.now() - started).toBeLessThan(eventsTimeoutMs * 20);
  });
});
