/**
 * livekit-provider as it runs, minus the process: its real handlers and generated router, the LiveKit
 * server SDK talking to the Twirp contract double, the events service faked strictly by its spec
 * (generated router, JWT auth, validation) and a client-credentials token endpoint.
 */
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { bearerAuthenticator, createJwtVerifier, createLogger } from '@ilenia/kit';
import { createSigningKey, signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';
import { clientCredentialsTokenSource, httpEventsDirectory } from '@ilenia/kit/upstream';
import { startLiveKitDouble, type LiveKitDouble } from '@ilenia/livekit-testing';
import { buildLivekitProviderApp } from '@ilenia/livekit-provider-service/app';
import { livekitProviderAudience } from '@ilenia/livekit-provider-service/config';
import { livekitProviderHandlers } from '@ilenia/livekit-provider-service/handlers/index';
import { accessTokenMinter } from '@ilenia/livekit-provider-service/livekit/access-tokens';
import { liveKitRoomGateway } from '@ilenia/livekit-provider-service/livekit/room-gateway';
import { fetchWithTimeout } from '@ilenia/livekit-provider-service/upstream/fetch-with-timeout';
import { eventsAudience, makeEvent, providerClient, startFakeEvents, type FakeEvents } from './fake-events.js';

/** How long the provider waits for LiveKit in these tests: the slow fault waits longer. */
export const livekitTimeoutMs = 1_000;
/** The same for the events service. */
export const eventsTimeoutMs = 1_000;
export const tokenTtlSeconds = { speaker: 7_200, listener: 3_600, agent: 1_800 };

export interface ProviderContext {
  app: Express;
  livekit: LiveKitDouble;
  upstreams: FakeEvents;
  key: TestSigningKey;
}

/** Starts the provider and its upstreams once per file; clears faults and rooms after each test. */
export function useProvider(): ProviderContext {
  const context = {} as ProviderContext;
  beforeAll(async () => {
    context.key = await createSigningKey('test-key');
    context.upstreams = await startFakeEvents(context.key);
    context.livekit = await startLiveKitDouble();
    const tokens = clientCredentialsTokenSource({
      tokenUrl: new URL(context.upstreams.tokenUrl),
      clientId: providerClient.id,
      clientSecret: providerClient.secret,
    });
    const directory = httpEventsDirectory({
      baseUrl: new URL(context.upstreams.eventsUrl),
      tokens,
      cacheTtlMs: 0,
      fetch: fetchWithTimeout(eventsTimeoutMs),
    });
    const credentials = { apiKey: context.livekit.apiKey, apiSecret: context.livekit.apiSecret };
    const rooms = liveKitRoomGateway({
      url: new URL(context.livekit.url),
      ...credentials,
      timeoutMs: livekitTimeoutMs,
      emptyTimeoutSeconds: 600,
    });
    const handlers = livekitProviderHandlers(
      { directory, rooms, tokens: accessTokenMinter(credentials), livekitUrl: context.livekit.wsUrl, tokenTtlSeconds },
      { livekit: async () => void (await rooms.listRooms()) },
    );
    const verifier = createJwtVerifier({
      keys: { jwks: { keys: [context.key.jwk] } },
      issuer: testIssuer,
      audience: livekitProviderAudience,
    });
    context.app = buildLivekitProviderApp({
      logger: createLogger({ service: 'livekit-provider', level: 'silent' }),
      handlers,
      authenticators: { bearerAuth: bearerAuthenticator(verifier) },
    });
  });
  afterEach(() => {
    context.livekit.fault(undefined);
    context.livekit.rooms.clear();
    context.livekit.calls.splice(0);
    context.upstreams.state.down = false;
    context.upstreams.state.delayMs = 0;
  });
  afterAll(async () => {
    await context.livekit?.close();
    await context.upstreams?.close();
  });
  return context;
}

const permissionsByRole = {
  manager: ['rooms:speak', 'rooms:listen', 'rooms:read', 'rooms:manage', 'events:read'],
  speaker: ['rooms:speak', 'rooms:listen', 'events:read'],
  listener: ['rooms:listen', 'events:read'],
  admin: ['rooms:speak', 'rooms:listen', 'rooms:read', 'rooms:manage', 'events:read', 'events:manage_all'],
} as const;

/** A person's access token, as the auth service issues it (valid for the provider and the events service). */
export function userToken(context: ProviderContext, userId: string, role: keyof typeof permissionsByRole): Promise<string> {
  return signAccessToken(
    context.key,
    { sub: userId, roles: [role], permissions: [...permissionsByRole[role]] },
    { audience: [livekitProviderAudience, eventsAudience] },
  );
}

/** A service's client-credentials token (`sub` = `client_id`). */
export function serviceToken(context: ProviderContext, scope = 'agents:token events:read'): Promise<string> {
  return signAccessToken(
    context.key,
    { sub: 'live-service', client_id: 'live-service', scope },
    { audience: [livekitProviderAudience, eventsAudience] },
  );
}

/** An event of the fake events service with one channel (en into es and fr), its people, and their ids. */
export function arrangeEvent(context: ProviderContext, options: Parameters<typeof makeEvent>[0] = {}) {
  const speakerId = randomUUID();
  const listenerId = randomUUID();
  const organiserId = randomUUID();
  const event = makeEvent({ organiserId, speakers: [speakerId], ...options });
  context.upstreams.state.events.set(event.id, event);
  context.upstreams.state.listeners.add(`${event.id}:${listenerId}`);
  return { event, channel: event.channels[0]!, speakerId, listenerId, organiserId };
}
