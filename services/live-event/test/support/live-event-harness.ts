/**
 * A real live-event service for tests: the generated router with RS256 token verification, PGlite,
 * the in-process subtitle bus and the distribution's listener side, the WebSocket gateway on a real
 * port, and fake events and auth services that follow their specs. Engines are given by the test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { bearerAuthenticator } from '@ilenia/kit';
import { createJwtVerifier } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';
import { buildLiveEventApp } from '../../src/app.js';
import type { LiveEventDatabase } from '../../src/db/schema.js';
import { InProcessSubtitleBus } from '../../src/distribution/in-process-bus.js';
import type { SubtitleBus } from '../../src/distribution/types.js';
import type { ChannelEngines } from '../../src/domain/language-check.js';
import { createLiveEventService, type LiveEventServiceDependencies } from '../../src/live-event-service.js';
import { createLiveEventMetrics } from '../../src/metrics.js';
import { memoryTicketStore, type TicketStore } from '../../src/tickets/ticket-store.js';
import { httpEventsDirectory, clientCredentialsTokenSource } from '@ilenia/kit/upstream';
import { eventsAudience, serviceClient, type FakeUpstreams } from '@ilenia/kit/testing';
import { TestSocket } from './test-socket.js';
import type { ListenerServerMessage, SpeakerServerMessage } from '@ilenia/generated/asyncapi/live-event/messages';

const liveEventAudience = 'live-event-service';

export interface HarnessOptions {
  db: Kysely<LiveEventDatabase>;
  key: TestSigningKey;
  upstreams: FakeUpstreams;
  engines: ChannelEngines;
  bus?: SubtitleBus;
  tickets?: TicketStore;
  /** Where recordings go; a scratch folder (removed by `removeRecordings`) when absent. */
  recordingsDir?: string;
  overrides?: Partial<LiveEventServiceDependencies>;
}

/** Starts a live-event service; `stop` runs its graceful shutdown (1001 after flushing). */
export async function startLiveEvent(options: HarnessOptions) {
  const logger = createLogger({ service: 'live-event-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const metrics = createLiveEventMetrics();
  const bus = options.bus ?? new InProcessSubtitleBus({ historyLimit: 500 });
  const tickets = options.tickets ?? memoryTicketStore();
  const tokens = clientCredentialsTokenSource({
    tokenUrl: new URL(options.upstreams.tokenUrl),
    clientId: serviceClient.id,
    clientSecret: serviceClient.secret,
  });
  const directory = httpEventsDirectory({ baseUrl: new URL(options.upstreams.eventsUrl), tokens, cacheTtlMs: 0 });
  const recordingsDir = options.recordingsDir ?? (await mkdtemp(path.join(tmpdir(), 'live-event-recordings-')));
  const service = createLiveEventService({
    db: options.db,
    directory,
    tickets,
    bus,
    engines: options.engines,
    metrics,
    logger,
    recordingsDir,
    ticketTtlSeconds: 30,
    resumeGraceSeconds: 30,
    publicUrl: new URL('http://live-event.test'),
    ticketBurstPerMinute: 1000,
    recordRetryDelaysMs: [10, 10],
    ...options.overrides,
  });
  const verifier = createJwtVerifier({ keys: { jwks: { keys: [options.key.jwk] } }, issuer: testIssuer, audience: liveEventAudience });
  const app = buildLiveEventApp({ logger, handlers: service.handlers, authenticators: { bearerAuth: bearerAuthenticator(verifier) } });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  service.attach(server);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    service,
    app,
    server,
    baseUrl,
    bus,
    metrics,
    recordingsDir,
    /**
     * An access token of `userId` with `permissions`, as the auth service would sign it: for every
     * service's audience, and with `events:read`, which every role holds (the events service is asked
     * with the caller's token who may see an event).
     */
    token(userId: string, permissions: string[]): Promise<string> {
      return signAccessToken(
        options.key,
        { sub: userId, permissions: [...new Set(['events:read', ...permissions])] },
        { audience: [liveEventAudience, eventsAudience] },
      );
    },
    async ticket(role: 'speaker' | 'listener', body: object, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
      const response = await fetch(`${baseUrl}/v1/tickets/${role}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    speaker(ticket: string | undefined): TestSocket<SpeakerServerMessage> {
      return TestSocket.connect<SpeakerServerMessage>(baseUrl, 'speaker', ticket);
    },
    listener(ticket: string | undefined): TestSocket<ListenerServerMessage> {
      return TestSocket.connect<ListenerServerMessage>(baseUrl, 'listener', ticket);
    },
    /** Deletes the scratch recordings folder, if this harness made it. */
    async removeRecordings(): Promise<void> {
      if (!options.recordingsDir) await rm(recordingsDir, { recursive: true, force: true });
    },
    /** The graceful shutdown the kit runs on SIGTERM: onStopping, then HTTP stops. */
    async stop(): Promise<void> {
      await service.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await service.settle();
    },
  };
}

export type LiveEventHarness = Awaited<ReturnType<typeof startLiveEvent>>;
