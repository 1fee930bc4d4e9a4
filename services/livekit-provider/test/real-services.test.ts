/**
 * With the real auth and events services (processes, development fixtures): the demo speaker opens the
 * demo channel's room, the demo listener joins it, the live service's client gets the agent token, and
 * the manager sees and closes the room. LiveKit is the contract double, through the real SDK.
 */
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf } from '@ilenia/kit/testing';
import type { RoomAccess, Schemas } from './support/answer-types.js';
import {
  bearerAuthenticator,
  createJwtVerifier,
  createLogger,
  demoChannelId,
  demoEventId,
  demoPassword,
  demoUserIds,
  developmentClients,
} from '@ilenia/kit';
import { clientCredentialsTokenSource, httpEventsDirectory } from '@ilenia/kit/upstream';
import { startLiveKitDouble, type LiveKitDouble } from '@ilenia/livekit-testing';
import { buildLivekitProviderApp } from '@ilenia/livekit-provider-service/app';
import { livekitProviderAudience } from '@ilenia/livekit-provider-service/config';
import { livekitProviderHandlers } from '@ilenia/livekit-provider-service/handlers/index';
import { accessTokenMinter } from '@ilenia/livekit-provider-service/livekit/access-tokens';
import { liveKitRoomGateway } from '@ilenia/livekit-provider-service/livekit/room-gateway';
import { fetchWithTimeout } from '@ilenia/livekit-provider-service/upstream/fetch-with-timeout';
import { verifiedClaims } from './support/livekit-claims.js';
import { startServiceProcesses, type ServiceProcesses } from '@ilenia/kit/testing';

let services: ServiceProcesses<'events'>;
let livekit: LiveKitDouble;
let app: Express;
const roomName = `event-${demoEventId}-channel-${demoChannelId}`;

beforeAll(async () => {
  [services, livekit] = await Promise.all([startServiceProcesses(['events']), startLiveKitDouble()]);
  const tokens = clientCredentialsTokenSource({
    tokenUrl: new URL('/v2/oauth/token', services.urls.auth),
    clientId: developmentClients.livekitProvider.id,
    clientSecret: developmentClients.livekitProvider.secret,
  });
  const directory = httpEventsDirectory({ baseUrl: new URL(services.urls.events), tokens, cacheTtlMs: 0, fetch: fetchWithTimeout(10_000) });
  const credentials = { apiKey: livekit.apiKey, apiSecret: livekit.apiSecret };
  const rooms = liveKitRoomGateway({ url: new URL(livekit.url), ...credentials, timeoutMs: 5_000, emptyTimeoutSeconds: 600 });
  const handlers = livekitProviderHandlers(
    {
      directory,
      rooms,
      tokens: accessTokenMinter(credentials),
      livekitUrl: livekit.wsUrl,
      tokenTtlSeconds: { speaker: 3600, listener: 3600, agent: 3600 },
    },
    {},
  );
  const verifier = createJwtVerifier({
    keys: { jwksUrl: new URL('/v2/.well-known/jwks.json', services.urls.auth) },
    issuer: services.urls.auth,
    audience: livekitProviderAudience,
  });
  app = buildLivekitProviderApp({
    logger: createLogger({ service: 'livekit-provider', level: 'silent' }),
    handlers,
    authenticators: { bearerAuth: bearerAuthenticator(verifier) },
  });
  // A hang guard, not a margin: two service processes start from source, slow on a loaded machine.
}, 600_000);
afterAll(async () => {
  await livekit?.close();
  await services?.stop();
});

/** Signs in through the real auth service; `query` may narrow the token's audiences (`?resource=…`, RFC 8707). */
async function signIn(email: string, query = ''): Promise<string> {
  const answer = await fetch(`${services.urls.auth}/v2/auth/login${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  expect(answer.status, await answer.clone().text()).toBe(200);
  return ((await answer.json()) as { access_token: string }).access_token;
}

async function liveServiceToken(): Promise<string> {
  const basic = Buffer.from(`${developmentClients.liveService.id}:${developmentClients.liveService.secret}`).toString('base64');
  const answer = await fetch(`${services.urls.auth}/v2/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=agents:token',
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { access_token: string }).access_token;
}

describe('with the real auth and events services', () => {
  it('gives the demo speaker, listener and agent their tokens for the demo channel, and the manager its room', async () => {
    const speaker = await request(app)
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${await signIn('speaker1@ilenia.dev')}`)
      .send({ event_id: demoEventId, channel_id: demoChannelId });
    expect(speaker.status, speaker.text).toBe(200);
    expect(speaker.body).toMatchObject({ room_name: roomName, room_created: true, identity: `speaker-${demoUserIds.speaker1}` });
    expect((await verifiedClaims(livekit, bodyOf<RoomAccess>(speaker).livekit_token)).video).toMatchObject({
      room: roomName,
      canPublish: true,
      canPublishData: false,
      canPublishSources: ['microphone'],
    });

    const listenerToken = await signIn('listener1@ilenia.dev');
    const listener = await request(app)
      .post('/v2/rooms/join')
      .set('Authorization', `Bearer ${listenerToken}`)
      .send({ event_id: demoEventId });
    expect(listener.status, listener.text).toBe(200);
    expect(listener.body).toMatchObject({ room_name: roomName, identity: `listener-${demoUserIds.listener1}`, source_language: 'en' });
    expect((await verifiedClaims(livekit, bodyOf<RoomAccess>(listener).livekit_token)).video).toMatchObject({
      room: roomName,
      canPublish: false,
      canSubscribe: true,
      canPublishData: false,
    });
    // A listener may not speak: the auth service's roles give listeners no rooms:speak.
    const refused = await request(app)
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${listenerToken}`)
      .send({ event_id: demoEventId, channel_id: demoChannelId });
    expect(refused.status).toBe(403);

    const agent = await request(app)
      .post('/v2/agents/token')
      .set('Authorization', `Bearer ${await liveServiceToken()}`)
      .send({ event_id: demoEventId, channel_id: demoChannelId });
    expect(agent.status, agent.text).toBe(200);
    expect((await verifiedClaims(livekit, bodyOf<RoomAccess>(agent).livekit_token)).video).toMatchObject({
      room: roomName,
      hidden: true,
      agent: true,
      canPublishData: true,
    });

    const manager = await signIn('manager@ilenia.dev');
    const listed = await request(app).get('/v2/rooms').query({ event_id: demoEventId }).set('Authorization', `Bearer ${manager}`);
    expect(listed.status, listed.text).toBe(200);
    expect(bodyOf<Schemas['RoomList']>(listed).items.map((room: { room_name: string }) => room.room_name)).toStrictEqual([roomName]);
    expect((await request(app).delete(`/v2/rooms/${roomName}`).set('Authorization', `Bearer ${manager}`)).status).toBe(204);
    expect(livekit.rooms.list([])).toStrictEqual([]);
  });

  it('refuses a token the auth service minted for the events service only (401), and takes the full token of the same person', async () => {
    const eventsOnly = await signIn('listener1@ilenia.dev', '?resource=event-service');
    const refused = await request(app).post('/v2/rooms/join').set('Authorization', `Bearer ${eventsOnly}`).send({ event_id: demoEventId });
    expect(refused.status, refused.text).toBe(401);
    const full = await signIn('listener1@ilenia.dev');
    const joined = await request(app).post('/v2/rooms/join').set('Authorization', `Bearer ${full}`).send({ event_id: demoEventId });
    expect(joined.status, joined.text).toBe(200);
  });
});
