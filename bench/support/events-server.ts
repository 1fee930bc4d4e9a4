/**
 * One server for bench/events-get.ts, in its own process so that the load generator does not share
 * its event loop. Seeds one event (two channels, speakers, listeners) and prints
 * `{"port":..., "token":..., "path":...}` once listening.
 *
 *   tsx bench/support/events-server.ts <mode> [postgres url]
 *
 * Modes: bare (a constant body), bare-db (the handler's query, no kit, no router), and the real app (kit,
 * generated router, request validation, real handler): real-mock-auth (the token's caller trusted
 * unverified, every response validated), real-uncached (RS256 on every request, every response
 * validated: the app before issue 12), real-all (RS256 once per token, every response validated: tests
 * and development), real (RS256 once per token, responses sampled: production), real-off (no response
 * validation).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { bearerAuthenticator } from '@ilenia/kit';
import { createJwtVerifier } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import type { Authenticator } from '@ilenia/kit';
import { openDatabase } from '@ilenia/kit/persistence';
import { createSigningKey, signAccessToken, testIssuer } from '@ilenia/kit/testing';
import { buildEventsApp } from '@ilenia/events-service/app';
import { eventsMigrations } from '@ilenia/events-service/db/migrations/index';
import type { EventsDatabase } from '@ilenia/events-service/db/schema';
import { createEventsHandlers } from '@ilenia/events-service/handlers/index';
import { eventBody } from '@ilenia/events-service/http/representations';
import { EventRepository } from '@ilenia/events-service/repositories/event-repository';
import { seedBenchEvent } from './events-seed.js';

const mode = process.argv[2] ?? 'real';
const postgresUrl = process.argv[3];
const logger = createLogger({ service: 'bench', level: 'silent' });
const key = await createSigningKey('bench');
// A live service reading the event before a session starts: the call this bench is about.
const token = await signAccessToken(
  key,
  { sub: 'live-service', client_id: 'live-service', scope: 'events:read session_records:write' },
  { audience: 'event-service', expiresIn: '1h' },
);

const database = await openDatabase<EventsDatabase>(
  postgresUrl ? { kind: 'postgres', url: postgresUrl } : { kind: 'pglite' },
  eventsMigrations,
);
const eventId = await seedBenchEvent(database.db);

let app: express.Express;
if (mode === 'bare') {
  const found = (await new EventRepository(database.db).findWithChannels(eventId, undefined))!;
  const body = eventBody(found.event, found.channels);
  app = express();
  app.get('/v1/events/:event_id', (_request, response) => {
    response.json(body);
  });
} else if (mode === 'bare-db') {
  app = express();
  app.get('/v1/events/:event_id', async (request, response) => {
    try {
      const found = (await new EventRepository(database.db).findWithChannels(request.params.event_id, undefined))!;
      response.setHeader('ETag', `"${found.event.version}"`);
      response.json(eventBody(found.event, found.channels));
    } catch {
      // Only when the pool is closed under a request at shutdown.
      response.status(503).end();
    }
  });
} else {
  // The same caller as the token's, without verifying anything: what RS256 costs is the difference.
  const trustingAuthenticator: Authenticator = () =>
    Promise.resolve({
      outcome: 'present',
      principal: {
        kind: 'service',
        subject: 'live-service',
        clientId: 'live-service',
        roles: [],
        permissions: new Set(['events:read', 'session_records:write']),
        claims: {},
      },
    });
  const verifier = createJwtVerifier({
    keys: { jwks: { keys: [key.jwk] } },
    issuer: testIssuer,
    audience: 'event-service',
    verifiedTokenCacheSize: mode === 'real-uncached' ? 0 : undefined,
  });
  app = buildEventsApp({
    logger,
    handlers: createEventsHandlers({ db: database.db }),
    authenticators: { bearerAuth: mode === 'real-mock-auth' ? trustingAuthenticator : bearerAuthenticator(verifier) },
    responseValidation: mode === 'real' ? 'sample' : mode === 'real-off' ? 'off' : 'all',
  });
}

const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, token, path: `/v1/events/${eventId}` }));
});
process.on('SIGTERM', () => {
  // The load generator is done: drop its keep-alive sockets so no request meets a closed pool.
  server.close(() => void database.close().then(() => process.exit(0)));
  server.closeAllConnections();
});
