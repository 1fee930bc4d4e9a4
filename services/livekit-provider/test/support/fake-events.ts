/**
 * The events service and the auth token endpoint, faked strictly by their specs for the provider's
 * tests: the events side is the generated events router (JWT auth, permissions, request and response
 * validation) over an in-memory state, with the events service's visibility rule; the token endpoint
 * speaks RFC 6749 client credentials with HTTP Basic. (live-event's tests hold a larger one of the same
 * kind; services may not import each other's tests, so the two should meet in a testing package.)
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createEventsMockHandlers, createEventsRouter, type EventsHandlers } from '@ilenia/generated/openapi/events/server';
import type { components } from '@ilenia/generated/openapi/events/types';
import { bearerAuthenticator, createJwtVerifier, createLogger, createServiceApp, problems, type Principal } from '@ilenia/kit';
import { signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';

type Event = components['schemas']['Event'];

export const eventsAudience = 'event-service';
export const providerClient = { id: 'livekit-provider', secret: 'livekit-provider-test-secret' };

export interface FakeEventsState {
  events: Map<string, Event>;
  /** `${eventId}:${userId}` of every listener assignment. */
  listeners: Set<string>;
  /** Answer every request with 503 (the events service is down). */
  down: boolean;
  /** Wait this long before answering (an overloaded events service). */
  delayMs: number;
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** An event with one channel, `en` into `targets` (es and fr by default), live unless told otherwise. */
export function makeEvent(
  options: { organiserId?: string; speakers?: string[]; status?: Event['status']; targets?: string[] } = {},
): Event {
  const eventId = randomUUID();
  const now = new Date().toISOString();
  return {
    id: eventId,
    title: 'Open Science Summit',
    description: 'Keynote',
    starts_at: now,
    ends_at: new Date(Date.now() + 3_600_000).toISOString(),
    timezone: 'Europe/Madrid',
    organiser_id: options.organiserId ?? randomUUID(),
    status: options.status ?? 'live',
    template_id: null,
    channels: [
      {
        id: randomUUID(),
        event_id: eventId,
        name: 'Main stage',
        source_language: 'en',
        target_languages: options.targets ?? ['es', 'fr'],
        speakers: options.speakers ?? [],
        created_at: now,
        updated_at: now,
      },
    ],
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/** Starts the fake events service and token endpoint on local ports. */
export async function startFakeEvents(key: TestSigningKey) {
  const state: FakeEventsState = { events: new Map(), listeners: new Set(), down: false, delayMs: 0 };
  // The events service's rule: organiser, speakers, assigned listeners, events:manage_all, services.
  const seesEvent = (principal: Principal, event: Event) =>
    principal.kind === 'service' ||
    principal.permissions.has('events:manage_all') ||
    principal.subject === event.organiser_id ||
    event.channels.some((channel) => channel.speakers.includes(principal.subject)) ||
    state.listeners.has(`${event.id}:${principal.subject}`);
  const handlers: EventsHandlers = {
    ...createEventsMockHandlers(),
    async getEvent(input, context) {
      if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      if (state.down) throw problems.unavailable('The events service is restarting.');
      const event = state.events.get(input.path.event_id);
      if (!event || !seesEvent(context.principal, event)) throw problems.notFound(`No event with id ${input.path.event_id}.`);
      return { status: 200, body: event, headers: { ETag: `"${event.version}"` } };
    },
  };
  const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: eventsAudience });
  const events = await listen(
    createServiceApp({
      logger: createLogger({ service: 'fake-events', level: 'silent' }),
      routers: [createEventsRouter({ handlers, authenticators: { bearerAuth: bearerAuthenticator(verifier) } })],
    }),
  );

  const authApp = express();
  authApp.post('/v2/oauth/token', express.urlencoded({ extended: false }), async (request, response) => {
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : [];
    response.setHeader('Cache-Control', 'no-store');
    if (
      id !== providerClient.id ||
      secret !== providerClient.secret ||
      (request.body as { grant_type?: unknown } | undefined)?.grant_type !== 'client_credentials'
    ) {
      response.status(401).json({ error: 'invalid_client' });
      return;
    }
    const accessToken = await signAccessToken(
      key,
      { sub: providerClient.id, client_id: providerClient.id, scope: 'events:read' },
      { audience: [eventsAudience], expiresIn: '15m' },
    );
    response.json({ access_token: accessToken, token_type: 'Bearer', expires_in: 900, scope: 'events:read' });
  });
  const auth = await listen(authApp);

  return {
    state,
    eventsUrl: events.url,
    tokenUrl: `${auth.url}/v2/oauth/token`,
    async close() {
      await Promise.all([events.server, auth.server].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

export type FakeEvents = Awaited<ReturnType<typeof startFakeEvents>>;
