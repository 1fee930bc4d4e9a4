/**
 * One server for bench/auth-tokens.ts, in its own process so that the load generator does not share
 * its event loop. Prints `{"port":..., "token":...}` once listening (the token: a real access token
 * of the auth service, for a demo manager).
 *
 *   tsx bench/support/auth-server.ts bare|kit-jwks|auth-own-keys|auth-users-me|bare-scrypt|auth-login
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { authOperations } from '@ilenia/generated/openapi/auth/server';
import { createServiceApp } from '@ilenia/kit';
import { authorizeOperation, bearerAuthenticator } from '@ilenia/kit';
import { createJwtVerifier } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { openDatabase } from '@ilenia/kit/persistence';
import { buildAuthApp } from '@ilenia/auth-service/app';
import { createAuthService } from '@ilenia/auth-service/auth-service';
import type { AuthConfig } from '@ilenia/auth-service/config';
import { hashSecret, scryptParameters, verifySecret } from '@ilenia/auth-service/crypto/passwords';
import type { AuthDatabase } from '@ilenia/auth-service/db/schema';
import { authMigrations } from '@ilenia/auth-service/db/migrations/index';
import { seed } from '@ilenia/auth-service/seed/bootstrap';
import { demoPassword } from '@ilenia/kit';

const mode = process.argv[2] ?? 'kit-jwks';
const logger = createLogger({ service: 'bench', level: 'silent' });
const issuer = 'http://localhost:8081';

// The production defaults (scrypt N = 2^15), on an embedded database.
const config: AuthConfig = {
  issuer,
  publicUrl: issuer,
  accessTtlSeconds: 3600,
  refreshTtlSeconds: 2_592_000,
  keyPublishAheadSeconds: 600,
  keyRetiredTtlSeconds: 86_400,
  keyRotationDays: undefined,
  jwksMaxAgeSeconds: 300,
  login: { maxFailures: 5, maxFailuresPerIp: 50, windowSeconds: 900, lockoutSeconds: 900 },
  passwordHashCost: 17,
  bootstrapAdmin: undefined,
  liveServiceClient: undefined,
  liveEventClient: undefined,
  seedDemoUsers: true,
  browserOrigins: [],
  keyEncryptionKey: Buffer.alloc(32, 7),
};
// BENCH_DATABASE_URL: an empty PostgreSQL database; otherwise embedded PGlite (which runs on this event loop).
const databaseUrl = process.env.BENCH_DATABASE_URL;
const database = await openDatabase<AuthDatabase>(
  databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite' },
  authMigrations({ keyEncryptionKey: config.keyEncryptionKey }),
);
const service = await createAuthService({ db: database.db, config, logger });
await seed(service.deps);
const authApp = buildAuthApp({ logger, handlers: service.handlers, authenticators: { bearerAuth: service.bearerAuth } });
const login = await service.handlers.loginUser(
  { path: {}, query: {}, headers: {}, cookies: {}, body: { email: 'manager@ilenia.dev', password: demoPassword } },
  {
    request: { ip: '127.0.0.1', get: () => undefined } as never,
    response: {} as never,
    log: logger,
    requestId: 'bench',
    principal: undefined,
  },
);
if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status}`);
const token = login.body.access_token;
const body = { ok: true };

let app: express.Express;
if (mode === 'bare') {
  app = express();
  app.get('/v2/users/me', (_request, response) => {
    response.json(body);
  });
} else if (mode === 'kit-jwks' || mode === 'auth-own-keys') {
  // What every other service does (verifier over the JWKS), or the auth service's own key store.
  const bearerAuth =
    mode === 'kit-jwks'
      ? bearerAuthenticator(
          createJwtVerifier({ keys: { jwks: { keys: await service.deps.keys.publishedKeys() } }, issuer, audience: 'event-service' }),
        )
      : service.bearerAuth;
  const router = express.Router();
  router.get('/v2/users/me', authorizeOperation(authOperations.getCurrentUser, { bearerAuth }), (_request, response) => {
    response.json(body);
  });
  app = createServiceApp({ logger, routers: [router] });
} else if (mode === 'auth-users-me' || mode === 'auth-login') {
  app = authApp;
} else if (mode === 'bare-scrypt') {
  // The floor of a sign-in: one scrypt verification with the same parameters, nothing else.
  const hash = await hashSecret(demoPassword, scryptParameters(config.passwordHashCost));
  app = express();
  app.use(express.json());
  app.post('/v2/auth/login', async (request, response) => {
    response.json({ ok: await verifySecret(String((request.body as { password?: unknown }).password), hash) });
  });
} else {
  throw new Error(`unknown mode ${mode}`);
}

const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, token }));
});
process.on('SIGTERM', () => server.close(() => void database.close().then(() => process.exit(0))));
