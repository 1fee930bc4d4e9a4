/**
 * What the events HTTP tests share: the real app (generated router, kit app, real handlers) over a
 * migrated database, once per test file and engine (PGlite always; PostgreSQL when the server is
 * there, and always in CI), and bearer tokens signed by a local RS256 key set, as the auth service
 * would issue them.
 */
import type { Express } from 'express';
import type { Kysely } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { defaultRoles } from '@ilenia/generated/permissions';
import { bearerAuthenticator } from '@ilenia/kit';
import { createJwtVerifier } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import type { DatabaseEngine } from '@ilenia/kit/testing';
import { bodyOf, createSigningKey, problemOf, signAccessToken, testIssuer, type TestSigningKey } from '@ilenia/kit/testing';
import type { components } from '@ilenia/generated/openapi/events/types';
import { buildEventsApp } from '../../src/app.js';
import { eventsMigrations } from '../../src/db/migrations/index.js';
import type { EventsDatabase } from '../../src/db/schema.js';
import { createEventsHandlers } from '../../src/handlers/index.js';

const eventsAudience = 'event-service';

/** The events API's schemas, to read answers typed: `bodyOf<Schemas['Event']>(response)`. */
export type Schemas = components['schemas'];

type Role = keyof typeof defaultRoles;

/** The app, its database and a way to sign tokens; filled in by `beforeAll`. */
export interface Harness {
  app: Express;
  db: Kysely<EventsDatabase>;
  /** A user token carrying the default permissions of `role` (plus `extra`). */
  user(role: Role, userId: string, extra?: string[]): Promise<string>;
  /** A client-credentials token (sub = client_id) with these scopes. */
  service(clientId: string, scopes: string[]): Promise<string>;
}

/** Registers the hooks that open the database and build the app for this test file. */
export function useHarness(engine: DatabaseEngine): Harness {
  const harness = {} as Harness;
  let database: Database<EventsDatabase> | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!engine.available) return;
    const key: TestSigningKey = await createSigningKey('events-test');
    const opened = await engine.open();
    drop = opened.drop;
    database = await openDatabase<EventsDatabase>(opened.target, eventsMigrations);
    const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: eventsAudience });
    harness.db = database.db;
    harness.app = buildEventsApp({
      logger: createLogger({ service: 'events-test', level: 'silent' }),
      handlers: createEventsHandlers({ db: database.db }),
      authenticators: { bearerAuth: bearerAuthenticator(verifier) },
    });
    harness.user = (role, userId, extra = []) =>
      signAccessToken(
        key,
        { sub: userId, roles: [role], permissions: [...defaultRoles[role].permissions, ...extra] },
        { audience: eventsAudience },
      );
    harness.service = (clientId, scopes) =>
      signAccessToken(key, { sub: clientId, client_id: clientId, scope: scopes.join(' ') }, { audience: eventsAudience });
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });
  return harness;
}

/** A fresh user id, so that tests sharing a database never see each other's events. */
export function newUserId(): string {
  return crypto.randomUUID();
}

/** supertest with the bearer token set. */
export function call(harness: Harness, token: string) {
  const agent = request(harness.app);
  const withToken = <T extends { set(name: string, value: string): T }>(test: T) => test.set('Authorization', `Bearer ${token}`);
  return {
    get: (path: string) => withToken(agent.get(path)),
    post: (path: string) => withToken(agent.post(path)),
    put: (path: string) => withToken(agent.put(path)),
    patch: (path: string) => withToken(agent.patch(path)),
    delete: (path: string) => withToken(agent.delete(path)),
  };
}

/** A valid event body, one hour long, with `overrides`. */
export function eventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Open Science Summit 2026 — Keynote',
    starts_at: '2026-11-28T18:00:00+01:00',
    ends_at: '2026-11-28T19:30:00+01:00',
    timezone: 'Europe/Madrid',
    ...overrides,
  };
}

/** Creates an event as `token` and answers its id and version. */
export async function createEvent(
  harness: Harness,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; channelIds: string[] }> {
  const response = await call(harness, token).post('/v1/events').send(eventBody(overrides));
  if (response.status !== 201) throw new Error(`createEvent answered ${response.status}: ${JSON.stringify(response.body)}`);
  const event = bodyOf<Schemas['Event']>(response);
  return { id: event.id, version: event.version, channelIds: event.channels.map((channel) => channel.id) };
}

/** An event with one channel spoken by `speakerId`, moved to `ready` (and further, if asked). */
export async function createEventIn(
  harness: Harness,
  token: string,
  status: 'draft' | 'ready' | 'live' | 'ended',
  options: { speakerId?: string; overrides?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number; channelId: string }> {
  const speakerId = options.speakerId ?? newUserId();
  const event = await createEvent(harness, token, {
    channels: [{ name: 'Main stage', source_language: 'en', target_languages: ['es', 'fr'], speakers: [speakerId] }],
    ...options.overrides,
  });
  let version = event.version;
  const path = ['ready', 'live', 'ended'].slice(0, ['draft', 'ready', 'live', 'ended'].indexOf(status));
  for (const next of path) {
    const response = await call(harness, token).put(`/v1/events/${event.id}/status`).set('If-Match', `"${version}"`).send({ status: next });
    if (response.status !== 200) throw new Error(`status ${next} answered ${response.status}: ${JSON.stringify(response.body)}`);
    version = bodyOf<Schemas['Event']>(response).version;
  }
  return { id: event.id, version, channelId: event.channelIds[0]! };
}

/** The fields a validation Problem names, as `location` + JSON pointer (`body/title`); throws when the answer is no Problem. */
export function fieldsOf(answer: { body: unknown }): string[] {
  return (problemOf(answer).errors ?? []).map((issue) => `${issue.location}${issue.path ?? ''}`);
}
