/**
 * The events service and the auth token endpoint, faked strictly by their specs: the events side is
 * the generated events router (JWT auth, permissions, request and response validation) with handlers
 * over an in-memory state; the token endpoint speaks RFC 6749 client credentials with HTTP Basic.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { createEventsMockHandlers, createEventsRouter, type EventsHandlers } from '@ilenia/generated/openapi/events/server';
import type { components } from '@ilenia/generated/openapi/events/types';
import { bearerAuthenticator, createJwtVerifier, createLogger, createServiceApp, problems, type Principal } from '../index.js';
import { signAccessToken, testIssuer, type TestSigningKey } from './test-tokens.js';

type Event = components['schemas']['Event'];
type SessionRecord = components['schemas']['SessionRecord'];

export const eventsAudience = 'event-service';
export const serviceClient = { id: 'live-event', secret: 'live-event-test-secret' };

/** The state of the fake events service, for tests to arrange and inspect. */
export interface FakeEventsState {
  events: Map<string, Event>;
  /** `${eventId}:${userId}` of every listener assignment. */
  listeners: Set<string>;
  records: SessionRecord[];
  /** Requests answered, by operation, to see caching at work. */
  calls: Map<string, number>;
  /** How many of the next session record writes answer 503. */
  failNextRecords: number;
  /** Answer every request with 503 (the events service is down). */
  down: boolean;
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** An event of the fake events service with one channel, `en` into `targets`. */
export function makeEvent(
  options: { organiserId?: string; speakers?: string[]; status?: Event['status']; targets?: string[]; source?: string } = {},
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
        source_language: options.source ?? 'en',
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
export async function startFakeUpstreams(key: TestSigningKey) {
  const state: FakeEventsState = {
    events: new Map(),
    listeners: new Set(),
    records: [],
    calls: new Map(),
    failNextRecords: 0,
    down: false,
  };
  const count = (operation: string) => state.calls.set(operation, (state.calls.get(operation) ?? 0) + 1);
  const unavailable = () => {
    if (state.down) throw problems.unavailable('The events service is restarting.');
  };

  const overseesEvent = (principal: Principal, event: Event) =>
    principal.kind === 'service' || principal.permissions.has('events:manage_all') || principal.subject === event.organiser_id;
  const seesEvent = (principal: Principal, event: Event) =>
    overseesEvent(principal, event) ||
    event.channels.some((channel) => channel.speakers.includes(principal.subject)) ||
    state.listeners.has(`${event.id}:${principal.subject}`);

  const handlers: EventsHandlers = {
    ...createEventsMockHandlers(),
    getEvent(input, context) {
      count('getEvent');
      unavailable();
      const event = state.events.get(input.path.event_id);
      // The events service's rule: organiser, speakers, assigned listeners, events:manage_all, services.
      if (!event || !seesEvent(context.principal, event)) throw problems.notFound(`No event with id ${input.path.event_id}.`);
      return { status: 200, body: event, headers: { ETag: `"${event.version}"` } };
    },
    listSessionRecords(input, context) {
      count('listSessionRecords');
      unavailable();
      const event = state.events.get(input.path.event_id);
      // Session records: organiser, events:manage_all and services only.
      if (!event || !overseesEvent(context.principal, event)) throw problems.notFound(`No event with id ${input.path.event_id}.`);
      const items = state.records.filter((record) => record.event_id === event.id);
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      return { status: 200, body: { items: items.slice(offset, offset + limit), total: items.length, limit, offset } };
    },
    getEventListener(input) {
      count('getEventListener');
      unavailable();
      const { event_id: eventId, user_id: userId } = input.path;
      if (!state.events.has(eventId) || !state.listeners.has(`${eventId}:${userId}`))
        throw problems.notFound(`${userId} is not a listener of ${eventId}.`);
      return {
        status: 200,
        body: { user_id: userId, event_id: eventId, assigned_at: new Date().toISOString(), assigned_by: randomUUID() },
      };
    },
    createSessionRecord(input, context) {
      count('createSessionRecord');
      unavailable();
      if (state.failNextRecords > 0) {
        state.failNextRecords -= 1;
        throw problems.unavailable('The events database is failing over.');
      }
      const event = state.events.get(input.path.event_id);
      if (!event) throw problems.notFound(`No event with id ${input.path.event_id}.`);
      const existing = state.records.find((record) => record.id === input.body.id);
      if (existing) return { status: 200, body: existing };
      const record: SessionRecord = {
        ...input.body,
        event_id: event.id,
        recording_url: input.body.recording_url ?? null,
        transcripts: input.body.transcripts ?? [],
        written_by: context.principal.subject,
        created_at: new Date().toISOString(),
      };
      state.records.push(record);
      return { status: 201, body: record, headers: { Location: `/v1/events/${event.id}/sessions/${record.id}` } };
    },
  };
  const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: eventsAudience });
  const logger = createLogger({ service: 'fake-events', level: 'silent' });
  const events = await listen(
    createServiceApp({
      logger,
      routers: [createEventsRouter({ handlers, authenticators: { bearerAuth: bearerAuthenticator(verifier) } })],
    }),
  );

  let tokensIssued = 0;
  const authApp = express();
  authApp.post('/v2/oauth/token', express.urlencoded({ extended: false }), async (request, response) => {
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : [];
    response.setHeader('Cache-Control', 'no-store');
    if (id !== serviceClient.id || secret !== serviceClient.secret) {
      response
        .status(401)
        .setHeader('WWW-Authenticate', 'Basic realm="ilenia"')
        .json({ error: 'invalid_client', error_description: 'Client authentication failed.' });
      return;
    }
    if ((request.body as { grant_type?: unknown } | undefined)?.grant_type !== 'client_credentials') {
      response.status(400).json({ error: 'unsupported_grant_type', error_description: 'Only grant_type=client_credentials is supported.' });
      return;
    }
    tokensIssued += 1;
    const scope = 'events:read session_records:write';
    const accessToken = await signAccessToken(
      key,
      { sub: serviceClient.id, client_id: serviceClient.id, scope },
      { audience: [eventsAudience], expiresIn: '15m' },
    );
    response.json({ access_token: accessToken, token_type: 'Bearer', expires_in: 900, scope });
  });
  authApp.get('/v2/.well-known/jwks.json', (_request, response) => {
    response.json({ keys: [key.jwk] });
  });
  const auth = await listen(authApp);

  return {
    state,
    eventsUrl: events.url,
    tokenUrl: `${auth.url}/v2/oauth/token`,
    jwksUrl: `${auth.url}/v2/.well-known/jwks.json`,
    tokensIssued: () => tokensIssued,
    async close() {
      await Promise.all([events.server, auth.server].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

export type FakeUpstreams = Awaited<ReturnType<typeof startFakeUpstreams>>;
