/**
 * The generated router alone enforces the contract: authentication (401), declared permissions
 * (403), request validation (400 Problems naming each field) and response validation (a handler that
 * breaks the contract yields a 500, never a malformed answer). Uses the livekit-provider spec and a
 * real RS256 key set, as the auth service would publish it.
 */
import { createHmac } from 'node:crypto';
import { exportSPKI } from 'jose';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createLivekitProviderMockHandlers,
  createLivekitProviderRouter,
  type LivekitProviderHandlers,
} from '@ilenia/generated/openapi/livekit-provider/server';
import { createServiceApp } from '../src/app.js';
import { bearerAuthenticator } from '../src/auth/authenticate.js';
import { createJwtVerifier } from '../src/auth/jwt-verifier.js';
import { createLogger } from '../src/logger.js';
import type { ResponseValidation } from '../src/openapi/operation.js';
import { bodyOf, problemOf } from '../src/testing/response-bodies.js';
import { createSigningKey, signAccessToken, testAudience, testIssuer, type TestSigningKey } from '../src/testing/test-tokens.js';

const logger = createLogger({ service: 'test', level: 'silent' });
let key: TestSigningKey;
let strangerKey: TestSigningKey;

function buildApp(overrides: Partial<LivekitProviderHandlers> = {}, responseValidation?: ResponseValidation) {
  const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: testAudience });
  const handlers = { ...createLivekitProviderMockHandlers(), ...overrides };
  return createServiceApp({
    logger,
    routers: [createLivekitProviderRouter({ handlers, authenticators: { bearerAuth: bearerAuthenticator(verifier) }, responseValidation })],
  });
}

beforeAll(async () => {
  key = await createSigningKey('key-1');
  strangerKey = await createSigningKey('key-1');
});

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

describe('authentication', () => {
  it('answers 401 with WWW-Authenticate when the token is missing', async () => {
    const response = await request(buildApp()).get('/v2/rooms');
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="ilenia"/);
    expect(response.body).toMatchObject({ status: 401, title: 'Authentication required', instance: '/v2/rooms' });
  });

  it('lets public operations through without a token', async () => {
    const response = await request(buildApp()).get('/health');
    expect(response.status).toBe(200);
  });

  const attacks: [string, () => Promise<string>][] = [
    ['a malformed token', () => Promise.resolve('not-a-jwt')],
    ['an expired token', () => signAccessToken(key, { permissions: ['rooms:read'] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ['a token not valid yet', () => signAccessToken(key, { permissions: ['rooms:read'] }, { notBefore: '10m' })],
    ['a token for another audience', () => signAccessToken(key, { permissions: ['rooms:read'] }, { audience: 'event-service' })],
    ['a JWT that is not an access token (typ: JWT)', () => signAccessToken(key, { permissions: ['rooms:read'] }, { typ: 'JWT' })],
    ['a token from another issuer', () => signAccessToken(key, { permissions: ['rooms:read'] }, { issuer: 'https://evil.example' })],
    ['a token signed by an unknown key with a known kid', () => signAccessToken(strangerKey, { permissions: ['rooms:read'] })],
    [
      'a token with a tampered payload',
      async () => {
        const [header, , signature] = (await signAccessToken(key, { permissions: [] })).split('.');
        const forged = base64url(
          JSON.stringify({ sub: 'x', permissions: ['rooms:read'], iss: testIssuer, aud: testAudience, exp: 9_999_999_999, iat: 1 }),
        );
        return `${header}.${forged}.${signature}`;
      },
    ],
    [
      'an unsigned token (alg: none)',
      () => {
        const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
        const payload = base64url(
          JSON.stringify({ sub: 'x', permissions: ['rooms:read'], iss: testIssuer, aud: testAudience, exp: 9_999_999_999, iat: 1 }),
        );
        return Promise.resolve(`${header}.${payload}.`);
      },
    ],
    [
      'an HS256 token keyed with the public key',
      async () => {
        const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: key.kid }));
        const payload = base64url(
          JSON.stringify({ sub: 'x', permissions: ['rooms:read'], iss: testIssuer, aud: testAudience, exp: 9_999_999_999, iat: 1 }),
        );
        const pem = await exportSPKI(key.publicKey);
        const signature = createHmac('sha256', pem).update(`${header}.${payload}`).digest('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
  ];
  for (const [name, makeToken] of attacks) {
    it(`refuses ${name} with 401`, async () => {
      const response = await request(buildApp())
        .get('/v2/rooms')
        .set('Authorization', `Bearer ${await makeToken()}`);
      expect(response.status).toBe(401);
      expect(problemOf(response).type).toBe('https://ilenia.dev/problems/unauthorized');
      expect(response.headers['www-authenticate']).toContain('invalid_');
    });
  }

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await request(buildApp()).get('/v2/rooms').set('Authorization', 'Token abc');
    expect(response.status).toBe(401);
  });
});

describe('permissions declared in the spec', () => {
  it('answers 403 naming the missing permission', async () => {
    const token = await signAccessToken(key, { permissions: ['rooms:listen'], roles: ['listener'] });
    const response = await request(buildApp()).get('/v2/rooms').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ status: 403, missing_permissions: ['rooms:read'] });
    expect(problemOf(response).detail).toContain('rooms:read');
  });

  it('lets a caller with the permission through to the handler', async () => {
    const token = await signAccessToken(key, { permissions: ['rooms:read'] });
    const response = await request(buildApp()).get('/v2/rooms').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(Array.isArray(bodyOf<{ items: unknown }>(response).items)).toBe(true);
  });

  it('reads a service token’s scopes as its permissions', async () => {
    const token = await signAccessToken(key, { sub: 'live-service', client_id: 'live-service', scope: 'agents:token events:read' });
    const response = await request(buildApp())
      .post('/v2/agents/token')
      .set('Authorization', `Bearer ${token}`)
      .send({ event_id: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d', channel_id: 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a' });
    expect(response.status).toBe(200);
  });

  it('checks authentication before validation, so an anonymous caller learns nothing of the contract', async () => {
    const response = await request(buildApp()).post('/v2/rooms/create-or-join').send({ nonsense: true });
    expect(response.status).toBe(401);
  });
});

describe('validation', () => {
  it('answers 400 with one entry per invalid field', async () => {
    const token = await signAccessToken(key, { permissions: ['rooms:speak'] });
    const response = await request(buildApp())
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${token}`)
      .send({ event_id: 'not-a-uuid', extra: 1 });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = (problemOf(response).errors ?? []).map((issue) => `${issue.location}${issue.path}`);
    expect(fields).toEqual(expect.arrayContaining(['body/event_id', 'body/channel_id']));
  });

  it('answers 400 for a body that is not JSON', async () => {
    const token = await signAccessToken(key, { permissions: ['rooms:speak'] });
    const response = await request(buildApp())
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send('{"event_id":');
    expect(response.status).toBe(400);
    expect(problemOf(response).errors?.[0]).toMatchObject({ location: 'body', message: 'is not valid JSON' });
  });

  it('answers 400 for a query parameter of the wrong type', async () => {
    const token = await signAccessToken(key, { permissions: ['rooms:read'] });
    const response = await request(buildApp()).get('/v2/rooms?limit=many').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(400);
    expect(problemOf(response).errors?.[0]).toMatchObject({ location: 'query', path: '/limit' });
  });

  it('answers 415 for a body in a media type the operation does not take, and 413 for an oversized one', async () => {
    const token = await signAccessToken(key, { permissions: ['rooms:speak'] });
    const wrongType = await request(buildApp())
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send('event please');
    expect(wrongType.status).toBe(415);
    expect(wrongType.headers['content-type']).toMatch(/^application\/problem\+json/);
    const huge = await request(buildApp())
      .post('/v2/rooms/create-or-join')
      .set('Authorization', `Bearer ${token}`)
      .send({
        event_id: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d',
        channel_id: 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a',
        padding: 'x'.repeat(2_000_000),
      });
    expect(huge.status).toBe(413);
    expect(problemOf(huge).type).toBe('https://ilenia.dev/problems/payload-too-large');
  });

  it('answers 404 and 405 Problems outside the contract', async () => {
    const app = buildApp();
    expect((await request(app).get('/v2/nowhere')).status).toBe(404);
    const wrongMethod = await request(app).put('/health');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('turns a response that breaks the contract into a 500, without leaking it', async () => {
    const app = buildApp({
      // A bug on purpose: the generated types forbid it, so the cast stands for code that lies to the compiler.
      listRooms: () => ({ status: 200, body: { rooms: 'everything' } as never }),
    });
    const token = await signAccessToken(key, { permissions: ['rooms:read'] });
    const response = await request(app).get('/v2/rooms').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(500);
    expect(problemOf(response).type).toBe('https://ilenia.dev/problems/contract-violation');
    expect(JSON.stringify(response.body)).not.toContain('everything');
  });

  it('leaves responses unchecked when response validation is off, and checks a sample of them when sampled', async () => {
    // A bug on purpose, as above.
    const breaking = { listRooms: () => ({ status: 200 as const, body: { rooms: 'everything' } as never }) };
    const token = await signAccessToken(key, { permissions: ['rooms:read'] });
    const unchecked = await request(buildApp(breaking, 'off')).get('/v2/rooms').set('Authorization', `Bearer ${token}`);
    expect(unchecked.status).toBe(200);

    // One response in 20 on average: of 300, some are caught and most are not (either count being
    // zero has a probability below 1e-6).
    const sampled = request.agent(buildApp(breaking, 'sample'));
    const statuses: number[] = [];
    for (let index = 0; index < 300; index += 1)
      statuses.push((await sampled.get('/v2/rooms').set('Authorization', `Bearer ${token}`)).status);
    expect(statuses.filter((status) => status === 500).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(200);
    expect(statuses.every((status) => status === 200 || status === 500)).toBe(true);
  });

  it('checks every request of an operation as it checks the first, each with its own path parameters', async () => {
    // The router keeps what the validator matched for an operation's first request: the later ones
    // must still be validated whole and reach the handler with their own parameters.
    const mocks = createLivekitProviderMockHandlers();
    const roomNames: string[] = [];
    const app = buildApp({
      getRoom: (input, context) => {
        roomNames.push(input.path.room_name);
        // After the first, a bug on purpose, as above: the answer lacks every required field but one.
        return roomNames.length === 1 ? mocks.getRoom(input, context) : { status: 200, body: { room_name: input.path.room_name } as never };
      },
    });
    const token = await signAccessToken(key, { permissions: ['rooms:read', 'rooms:speak', 'rooms:manage'] });
    const room = (event: string) => `event-${event}-channel-a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a`;
    const first = room('3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d');
    const second = room('9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a');
    const getRoom = (name: string) => request(app).get(`/v2/rooms/${name}`).set('Authorization', `Bearer ${token}`);

    expect((await getRoom(first)).status).toBe(200);
    const invalid = await getRoom('not-a-room');
    expect(invalid.status).toBe(400);
    expect(problemOf(invalid).errors?.[0]).toMatchObject({ location: 'path', path: '/room_name' });
    expect((await getRoom(second)).status).toBe(500);
    expect(roomNames).toEqual([first, second]);
    expect((await request(app).delete('/v2/rooms/not-a-room').set('Authorization', `Bearer ${token}`)).status).toBe(400);

    expect((await request(app).get('/v2/rooms').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await request(app).get('/v2/rooms?limit=many').set('Authorization', `Bearer ${token}`)).status).toBe(400);
    const join = () => request(app).post('/v2/rooms/create-or-join').set('Authorization', `Bearer ${token}`);
    expect(
      (await join().send({ event_id: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d', channel_id: 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a' })).status,
    ).toBe(200);
    expect((await join().send({ event_id: 'not-a-uuid' })).status).toBe(400);
  });

  it('turns a thrown error into a 500 Problem with the request id and nothing internal', async () => {
    const app = buildApp({
      listRooms: () => Promise.reject(new Error('connection string postgres://secret@db')),
    });
    const token = await signAccessToken(key, { permissions: ['rooms:read'] });
    const response = await request(app).get('/v2/rooms').set('Authorization', `Bearer ${token}`).set('X-Request-Id', 'trace-123');
    expect(response.status).toBe(500);
    expect(problemOf(response).request_id).toBe('trace-123');
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });
});

describe('preconditions', () => {
  it('answers 428, not 400, when a versioned update comes without If-Match', async () => {
    const { createEventsMockHandlers, createEventsRouter } = await import('@ilenia/generated/openapi/events/server');
    const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: testAudience });
    const app = createServiceApp({
      logger,
      routers: [
        createEventsRouter({ handlers: createEventsMockHandlers(), authenticators: { bearerAuth: bearerAuthenticator(verifier) } }),
      ],
    });
    const token = await signAccessToken(key, { permissions: ['events:write'] });
    const eventPath = '/v1/events/3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d';
    const withoutVersion = await request(app).patch(eventPath).set('Authorization', `Bearer ${token}`).send({ title: 'Renamed' });
    expect(withoutVersion.status).toBe(428);
    expect(problemOf(withoutVersion).type).toBe('https://ilenia.dev/problems/precondition-required');
    const withVersion = await request(app)
      .patch(eventPath)
      .set('Authorization', `Bearer ${token}`)
      .set('If-Match', '"3"')
      .send({ title: 'Renamed' });
    expect(withVersion.status).toBe(200);
  });
});

describe('paths that overlap', () => {
  async function authApp() {
    const { createAuthMockHandlers, createAuthRouter } = await import('@ilenia/generated/openapi/auth/server');
    const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: testAudience });
    return createServiceApp({
      logger,
      routers: [createAuthRouter({ handlers: createAuthMockHandlers(), authenticators: { bearerAuth: bearerAuthenticator(verifier) } })],
    });
  }

  it('routes /v2/users/me to its own operation, not to /v2/users/{user_id} and its permission', async () => {
    const token = await signAccessToken(key, { permissions: [], roles: ['listener'] });
    const response = await request(await authApp())
      .get('/v2/users/me')
      .set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    const other = await request(await authApp())
      .get('/v2/users/5e8a1c3d-6f9b-4a2e-8d7c-1b4e7a0d3f6c')
      .set('Authorization', `Bearer ${token}`);
    expect(other.status).toBe(403);
  });

  it('answers 405 with Allow for a method the most specific path lacks, even if a template path has it', async () => {
    const token = await signAccessToken(key, { permissions: ['users:write'] });
    const response = await request(await authApp())
      .delete('/v2/users/me')
      .set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET');
    expect(problemOf(response).detail).toBe('/v2/users/me does not support DELETE.');
  });
});
