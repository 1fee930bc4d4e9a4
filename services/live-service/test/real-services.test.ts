/**
 * With the real auth, events and livekit-provider services (processes, development fixtures): the demo
 * speaker starts and stops the demo channel's session over HTTP, and the refusals the spec names come
 * from what the real events service says. LiveKit is the contract double behind livekit-provider; the
 * channel agent is the test's fake (no LiveKit server can run here), but it gets its token through
 * the real clients.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import { clientCredentialsTokenSource, httpEventsDirectory } from '@ilenia/kit/upstream';
import { startLiveKitDouble, type LiveKitDouble } from '@ilenia/livekit-testing';
import { buildLiveServiceApp } from '../src/app.js';
import { liveServiceMigrations } from '../src/db/migrations/index.js';
import type { LiveServiceDatabase } from '../src/db/schema.js';
import { createLiveService, type LiveService } from '../src/live-service.js';
import { livekitProviderAgentTokens } from '../src/upstream/agent-token-client.js';
import { fakeAgentFactory } from './support/fake-channel-agent.js';
import { fakeEngines, liveServiceAudience } from './support/live-service-harness.js';
import { bodyOf, startServiceProcesses, type ServiceProcesses } from '@ilenia/kit/testing';
import type { components as EventsComponents } from '@ilenia/generated/openapi/events/types';
import type { components as LiveServiceComponents } from '@ilenia/generated/openapi/live-service/types';

type EventsSchemas = EventsComponents['schemas'];
type LiveSession = LiveServiceComponents['schemas']['LiveSession'];

let livekit: LiveKitDouble;
let services: ServiceProcesses<'events' | 'livekit-provider'>;
let database: Database<LiveServiceDatabase>;
let service: LiveService;
let server: Server;
let baseUrl: string;
const agents = fakeAgentFactory();
const roomName = `event-${demoEventId}-channel-${demoChannelId}`;

beforeAll(async () => {
  livekit = await startLiveKitDouble();
  [services, database] = await Promise.all([
    startServiceProcesses(['events', 'livekit-provider'], {
      LIVEKIT_URL: livekit.wsUrl,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
    }),
    openDatabase<LiveServiceDatabase>({ kind: 'pglite' }, liveServiceMigrations),
  ]);
  const logger = createLogger({ service: 'live-service-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const tokens = clientCredentialsTokenSource({
    tokenUrl: new URL('/v2/oauth/token', services.urls.auth),
    clientId: developmentClients.liveService.id,
    clientSecret: developmentClients.liveService.secret,
  });
  service = createLiveService({
    db: database.db,
    directory: httpEventsDirectory({ baseUrl: new URL(services.urls.events), tokens, cacheTtlMs: 0 }),
    agentTokens: livekitProviderAgentTokens({ baseUrl: new URL(services.urls['livekit-provider']), tokens, timeoutMs: 10_000 }),
    startAgent: agents.start,
    engines: fakeEngines,
    logger,
    publicUrl: new URL('http://live-service.test'),
    instanceId: randomUUID(),
    recordRetryDelaysMs: [10, 10],
    joinWaitMs: 10_000,
  });
  await service.start();
  const verifier = createJwtVerifier({
    keys: { jwksUrl: new URL('/v2/.well-known/jwks.json', services.urls.auth) },
    issuer: services.urls.auth,
    audience: liveServiceAudience,
  });
  const app = buildLiveServiceApp({ logger, handlers: service.handlers, authenticators: { bearerAuth: bearerAuthenticator(verifier) } });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A hang guard, not a margin: three service processes start from source, slow on a loaded machine.
}, 600_000);
afterAll(async () => {
  await service?.stop();
  await new Promise<void>((resolve) => (server ? (server.close(() => resolve()), server.closeAllConnections()) : resolve()));
  await service?.settle();
  await database?.close();
  await services?.stop();
  await livekit?.close();
});

async function signIn(email: string): Promise<string> {
  const answer = await fetch(`${services.urls.auth}/v2/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  expect(answer.status, await answer.clone().text()).toBe(200);
  return ((await answer.json()) as { access_token: string }).access_token;
}

async function call(
  baseOf: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${baseOf}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const answer: unknown = text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body: answer, text };
}

/** Moves the demo event to `status` through the events API, as its manager (If-Match with its version). */
async function setEventStatus(manager: string, status: 'draft' | 'ready' | 'live'): Promise<void> {
  const current = await call(services.urls.events, 'GET', `/v1/events/${demoEventId}`, manager);
  expect(current.status, current.text).toBe(200);
  const changed = await call(
    services.urls.events,
    'PUT',
    `/v1/events/${demoEventId}/status`,
    manager,
    { status },
    { 'If-Match': current.headers.get('etag')! },
  );
  expect(changed.status, changed.text).toBe(200);
}

/** Resolves once `check` passes (the record is written in the background); the test timeout is the hang guard. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('live-service with the real auth, events and livekit-provider', () => {
  const start = { event_id: demoEventId, channel_id: demoChannelId };

  /** A second channel of the demo event whose only speaker is speaker2, added while the event is in draft. */
  let sideChannelId: string;

  it('refuses the demo event while it is in draft (409 with its status)', async () => {
    const manager = await signIn('manager@ilenia.dev');
    await setEventStatus(manager, 'draft');
    const event = await call(services.urls.events, 'GET', `/v1/events/${demoEventId}`, manager);
    const side = await call(
      services.urls.events,
      'POST',
      `/v1/events/${demoEventId}/channels`,
      manager,
      { name: 'Side room', source_language: 'en', target_languages: ['es'], speakers: [demoUserIds.speaker2] },
      { 'If-Match': event.headers.get('etag')! },
    );
    expect(side.status, side.text).toBe(201);
    sideChannelId = bodyOf<EventsSchemas['Channel']>(side).id;
    const refused = await call(baseUrl, 'POST', '/v1/sessions/start', await signIn('speaker1@ilenia.dev'), start);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'https://ilenia.dev/problems/event-not-open',
      event_status: 'draft',
      allowed: ['ready', 'live'],
    });
    expect(agents.agents).toHaveLength(0);
  });

  it('refuses a listener of the event and a speaker of another channel (403), and an event nobody can see (404)', async () => {
    const manager = await signIn('manager@ilenia.dev');
    await setEventStatus(manager, 'ready');
    await setEventStatus(manager, 'live');
    const listener = await signIn('listener1@ilenia.dev');
    const asListener = await call(baseUrl, 'POST', '/v1/sessions/start', listener, start);
    expect(asListener.status, asListener.text).toBe(403);
    expect(asListener.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const notAssigned = await call(baseUrl, 'POST', '/v1/sessions/start', await signIn('speaker1@ilenia.dev'), {
      event_id: demoEventId,
      channel_id: sideChannelId,
    });
    expect(notAssigned.status, notAssigned.text).toBe(403);
    expect(notAssigned.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const unknownEvent = await call(baseUrl, 'POST', '/v1/sessions/start', await signIn('speaker1@ilenia.dev'), {
      event_id: randomUUID(),
      channel_id: demoChannelId,
    });
    expect(unknownEvent.status, unknownEvent.text).toBe(404);
    expect(agents.agents).toHaveLength(0);
  });

  it('starts the demo channel for its speaker, with an agent token for its room; a second start answers the same session', async () => {
    const speaker = await signIn('speaker1@ilenia.dev');
    const started = await call(baseUrl, 'POST', '/v1/sessions/start', speaker, start);
    expect(started.status, started.text).toBe(201);
    expect(started.body).toMatchObject({
      event_id: demoEventId,
      channel_id: demoChannelId,
      room_name: roomName,
      status: 'active',
      started_by: demoUserIds.speaker1,
      source_language: 'en',
      target_languages: ['es'],
    });

    const agent = agents.of(bodyOf<LiveSession>(started).session_id);
    expect(agent.options).toMatchObject({ roomName, livekitUrl: livekit.wsUrl, sourceLanguage: 'en', targetLanguages: ['es'] });
    // The token livekit-provider minted for live-service's client, checked as the LiveKit server would.
    const claims = await new TokenVerifier(livekit.apiKey, livekit.apiSecret).verify(await agent.options.token());
    expect(claims.video).toMatchObject({
      room: roomName,
      roomJoin: true,
      hidden: true,
      agent: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });

    const again = await call(baseUrl, 'POST', '/v1/sessions/start', await signIn('speaker2@ilenia.dev'), start);
    expect(again.status, again.text).toBe(200);
    expect(bodyOf<LiveSession>(again).session_id).toBe(bodyOf<LiveSession>(started).session_id);
    expect(agents.agents).toHaveLength(1);
  });

  it('stops the session for its speaker and writes the record the events service then lists', async () => {
    const speaker = await signIn('speaker1@ilenia.dev');
    const sessionId = agents.agents[0]!.options.sessionId;
    await agents.agents[0]!.publish({ en: 'Good morning.', es: 'Buenos días.' }, { startMs: 0, endMs: 900 });
    const stopped = await call(baseUrl, 'POST', '/v1/sessions/stop', speaker, { event_id: demoEventId, session_id: sessionId });
    expect(stopped.status, stopped.text).toBe(200);
    expect(stopped.body).toMatchObject({ session_id: sessionId, status: 'ended', end_reason: 'stopped', stopped_by: demoUserIds.speaker1 });
    expect(agents.agents[0]!.stopped).toBe(true);

    const manager = await signIn('manager@ilenia.dev');
    const listed = await eventually(
      () => call(services.urls.events, 'GET', `/v1/events/${demoEventId}/sessions`, manager),
      (answer) =>
        answer.status === 200 && bodyOf<EventsSchemas['SessionRecordPage']>(answer).items.some((record) => record.id === sessionId),
    );
    expect(bodyOf<EventsSchemas['SessionRecordPage']>(listed).items.find((record) => record.id === sessionId)).toMatchObject({
      event_id: demoEventId,
      channel_id: demoChannelId,
      mode: 'livekit',
      segment_count: 1,
    });
    const withRecord = await call(baseUrl, 'GET', `/v1/sessions/${sessionId}`, speaker);
    expect(bodyOf<LiveSession>(withRecord).record_saved_at).not.toBeNull();
  });
});
