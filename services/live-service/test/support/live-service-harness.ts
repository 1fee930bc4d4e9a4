/**
 * A real live service for tests: the generated router with RS256 token verification, its database
 * (PGlite, and PostgreSQL when there is one), the fake events service and token endpoint of live-event's tests (the generated events
 * router, strict by its spec), a fake livekit-provider, and a fake channel agent the test drives.
 * `restart` stops the service as SIGTERM does and starts a new one on the same database.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { bearerAuthenticator, createJwtVerifier, createLogger } from '@ilenia/kit';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import { createSigningKey, signAccessToken, testIssuer, type DatabaseEngine, type TestSigningKey } from '@ilenia/kit/testing';
import { clientCredentialsTokenSource, httpEventsDirectory } from '@ilenia/kit/upstream';
import type { components } from '@ilenia/generated/openapi/live-service/types';
import type { Engines } from '@ilenia/speech-engines';
import { eventsAudience, makeEvent, serviceClient, startFakeUpstreams, type FakeUpstreams } from '@ilenia/kit/testing';
import { buildLiveServiceApp } from '../../src/app.js';
import { liveServiceMigrations } from '../../src/db/migrations/index.js';
import type { LiveServiceDatabase } from '../../src/db/schema.js';
import { createLiveService, type LiveService } from '../../src/live-service.js';
import { livekitProviderAgentTokens } from '../../src/upstream/agent-token-client.js';
import { fakeAgentFactory } from './fake-channel-agent.js';
import { startFakeLivekitProvider, type FakeLivekitProvider } from './fake-livekit-provider.js';

export const liveServiceAudience = 'live-service';

type LiveSession = components['schemas']['LiveSession'];
type LiveTranscript = components['schemas']['LiveTranscript'];

/**
 * What the tests read of an answer, whichever it is: a session, a page of sessions, a transcript or a
 * Problem, as one type (each test knows which it asked for; a name read from the wrong one is undefined).
 */
export type AnswerBody = LiveSession &
  Pick<components['schemas']['SessionList'], 'items' | 'total'> &
  Pick<LiveTranscript, 'segments' | 'language' | 'is_source' | 'complete'> & { title: string; detail: string };

/** Engines that serve en → es, fr (and speak them); `eu` is served by none. */
export const fakeEngines = {
  recognizer: { name: 'fake-asr', languages: () => ['en'] },
  translator: { name: 'fake-mt', supports: (source: string, target: string) => source === 'en' && target !== 'eu' },
  synthesizer: { name: 'fake-tts', languages: () => ['es', 'fr'] },
} as unknown as Engines;

/** Another instance of the service on the same database, upstreams and livekit-provider, with agents of its own. */
export interface LiveServiceInstance {
  service: LiveService;
  agents: ReturnType<typeof fakeAgentFactory>;
  instanceId: string;
  baseUrl: string;
  /** SIGTERM: agents leave, sessions and lease are let go. */
  close(): Promise<void>;
}

export interface InstanceOptions {
  /** How long the instance's lease lasts (default an hour: it does not expire unless a test wants it to). */
  leaseMs?: number;
  /** How often its heartbeat runs (default: an hour, so that a test drives it with `service.heartbeat()`). */
  heartbeatMs?: number;
}

export interface LiveServiceTestContext {
  key: TestSigningKey;
  upstreams: FakeUpstreams;
  provider: FakeLivekitProvider;
  database: Database<LiveServiceDatabase>;
  agents: ReturnType<typeof fakeAgentFactory>;
  service: LiveService;
  baseUrl: string;
  /** An access token of `userId`, as the auth service would sign it for live-service and events. */
  token(userId: string, permissions?: string[]): Promise<string>;
  call<Body = AnswerBody>(
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
  ): Promise<{ status: number; headers: Headers; body: Body; text: string }>;
  /** A live event (en → es, fr) with its speaker, a listener and an organiser, known to the fake events service. */
  arrangeEvent(options?: Parameters<typeof makeEvent>[0]): {
    event: ReturnType<typeof makeEvent>;
    channelId: string;
    speakerId: string;
    listenerId: string;
    organiserId: string;
  };
  /** SIGTERM and a new process on the same database (the agents of the old one leave). */
  restart(between?: () => void | Promise<void>): Promise<void>;
  /** Starts another instance on the same database (closed with the test file). */
  launchInstance(options?: InstanceOptions): Promise<LiveServiceInstance>;
}

export function useLiveService(engine: DatabaseEngine): LiveServiceTestContext {
  const context = {} as LiveServiceTestContext;
  let server: Server | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;

  const instances: LiveServiceInstance[] = [];

  async function launch(): Promise<void> {
    const instance = await launchInstance(context.agents, {});
    context.service = instance.service;
    context.baseUrl = instance.baseUrl;
    server = instance.server;
  }

  async function launchInstance(
    agents: ReturnType<typeof fakeAgentFactory>,
    options: InstanceOptions,
  ): Promise<{ service: LiveService; baseUrl: string; server: Server; instanceId: string }> {
    const logger = createLogger({ service: 'live-service-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
    const instanceId = randomUUID();
    const tokens = clientCredentialsTokenSource({
      tokenUrl: new URL(context.upstreams.tokenUrl),
      clientId: serviceClient.id,
      clientSecret: serviceClient.secret,
    });
    const directory = httpEventsDirectory({ baseUrl: new URL(context.upstreams.eventsUrl), tokens, cacheTtlMs: 0 });
    const service = createLiveService({
      db: context.database.db,
      directory,
      agentTokens: livekitProviderAgentTokens({ baseUrl: new URL(context.provider.url), tokens, timeoutMs: 2_000 }),
      startAgent: agents.start,
      engines: fakeEngines,
      logger,
      publicUrl: new URL('http://live-service.test'),
      instanceId,
      // Leases outlast the test file (heartbeats are driven by the tests): only a test that wants one to expire says so.
      instanceLeaseMs: options.leaseMs ?? 3_600_000,
      instanceHeartbeatMs: options.heartbeatMs ?? 3_600_000,
      recordRetryDelaysMs: [10, 10],
      // The answer's wait for an agent that does not join; the agents that do join end it at once.
      joinWaitMs: 1_000,
    });
    await service.start();
    const verifier = createJwtVerifier({ keys: { jwks: { keys: [context.key.jwk] } }, issuer: testIssuer, audience: liveServiceAudience });
    const app = buildLiveServiceApp({
      logger,
      handlers: service.handlers,
      authenticators: { bearerAuth: bearerAuthenticator(verifier) },
    });
    const listening = await new Promise<Server>((resolve) => {
      const started = app.listen(0, '127.0.0.1', () => resolve(started));
    });
    return { service, server: listening, instanceId, baseUrl: `http://127.0.0.1:${(listening.address() as AddressInfo).port}` };
  }

  async function closeInstance(service: LiveService | undefined, listening: Server | undefined): Promise<void> {
    await service?.stop();
    await new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening.close(() => resolve());
      listening.closeAllConnections();
    });
    await service?.settle();
  }

  async function shutDown(): Promise<void> {
    await closeInstance(context.service, server);
  }

  beforeAll(async () => {
    context.key = await createSigningKey('live-service-test');
    context.upstreams = await startFakeUpstreams(context.key);
    context.provider = await startFakeLivekitProvider();
    const scratch = await engine.open();
    dropDatabase = scratch.drop;
    context.database = await openDatabase<LiveServiceDatabase>(scratch.target, liveServiceMigrations);
    context.agents = fakeAgentFactory();
    await launch();
  });
  afterAll(async () => {
    for (const instance of instances.splice(0)) await instance.close();
    await shutDown();
    await context.database?.close();
    await dropDatabase?.();
    await context.provider?.close();
    await context.upstreams?.close();
  });

  context.token = (userId, permissions = ['live_sessions:read', 'live_sessions:control', 'transcripts:read']) =>
    signAccessToken(
      context.key,
      { sub: userId, permissions: [...new Set(['events:read', ...permissions])] },
      { audience: [liveServiceAudience, eventsAudience] },
    );

  context.call = async <Body = AnswerBody>(method: 'GET' | 'POST', path: string, token: string, body?: unknown) => {
    // An absolute URL reaches another instance.
    const response = await fetch(path.startsWith('http') ? path : `${context.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed as Body, text };
  };

  context.arrangeEvent = (options = {}) => {
    const speakerId = randomUUID();
    const listenerId = randomUUID();
    const organiserId = randomUUID();
    const event = makeEvent({ speakers: [speakerId], organiserId, ...options });
    context.upstreams.state.events.set(event.id, event);
    context.upstreams.state.listeners.add(`${event.id}:${listenerId}`);
    return { event, channelId: event.channels[0]!.id, speakerId, listenerId, organiserId };
  };

  context.launchInstance = async (options = {}) => {
    const agents = fakeAgentFactory();
    const launched = await launchInstance(agents, options);
    let closed: Promise<void> | undefined;
    const instance: LiveServiceInstance = {
      service: launched.service,
      agents,
      instanceId: launched.instanceId,
      baseUrl: launched.baseUrl,
      close: () => (closed ??= closeInstance(launched.service, launched.server)),
    };
    instances.push(instance);
    return instance;
  };

  context.restart = async (between) => {
    await shutDown();
    await between?.();
    await launch();
  };

  return context;
}
