/**
 * One server for bench/generated-router.ts, in its own process so that the load generator does not
 * share its event loop. Prints `{"port":..., "token":...}` once listening.
 *
 *   tsx bench/support/router-server.ts <mode>
 *
 * Modes: bare, kit-app, router (mock auth), router-jwt-uncached (RS256 on every request), router-jwt
 * (RS256 once per token), and router-jwt-sample / router-jwt-off (responses validated by sample / not).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createEventsMockHandlers, createEventsRouter, eventsApiSpec, eventsOperations } from '@ilenia/generated/openapi/events/server';
import { createServiceApp } from '@ilenia/kit';
import { bearerAuthenticator } from '@ilenia/kit';
import { createJwtVerifier } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { mockBearerAuthenticator } from '@ilenia/kit/openapi';
import { createSigningKey, signAccessToken, testAudience, testIssuer } from '@ilenia/kit/testing';

const mode = process.argv[2] ?? 'router';
const logger = createLogger({ service: 'bench', level: 'silent' });
const key = await createSigningKey('bench');
const token = await signAccessToken(key, { permissions: ['events:read'] }, { expiresIn: '1h' });
const verifier = createJwtVerifier({
  keys: { jwks: { keys: [key.jwk] } },
  issuer: testIssuer,
  audience: testAudience,
  verifiedTokenCacheSize: mode === 'router-jwt-uncached' ? 0 : undefined,
});

// The body the mock answers: the spec's example of getEvent.
const example = (
  eventsApiSpec as {
    paths: Record<
      string,
      { get: { responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }> } }
    >;
  }
).paths['/v1/events/{event_id}']!.get.responses['200']!.content['application/json']!.examples;
const body = Object.values(example)[0]!.value;

let app: express.Express;
if (mode === 'bare') {
  app = express();
  app.get('/v1/events/:event_id', (_request, response) => {
    response.json(body);
  });
} else if (mode === 'kit-app') {
  const router = express.Router();
  router.get('/v1/events/:event_id', (_request, response) => {
    response.json(body);
  });
  app = createServiceApp({ logger, routers: [router] });
} else {
  const authenticators = { bearerAuth: mode === 'router' ? mockBearerAuthenticator(eventsOperations) : bearerAuthenticator(verifier) };
  app = createServiceApp({
    logger,
    routers: [
      createEventsRouter({
        handlers: createEventsMockHandlers(),
        authenticators,
        responseValidation: mode === 'router-jwt-sample' ? 'sample' : mode === 'router-jwt-off' ? 'off' : 'all',
      }),
    ],
  });
}

const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, token }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
