/**
 * One server for bench/auth-tokens.ts, in its own process so that the load generator does not share
 * its event loop. Prints `{"port":..., "token":...}` once listening (the token: a real access token
 * of the auth service, for a demo manager).
 *
 *   tsx bench/support/auth-server.ts bare|kit-jwks|auth-own-keys|auth-users-me|bare-scrypt|auth-login
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { authOperations } from '../../generated/openapi/auth/server.js';
import { createServiceApp } from '../../services/kit/src/app.js';
import { authorizeOperation, bearerAuthenticator } from '../../services/kit/src/auth/authenticate.js';
import { createJwtVerifier } from '../../services/kit/src/auth/jwt-verifier.js';
import { createLogger } from '../../services/kit/src/logger.js';
import { openDatabase } from '../../services/kit/src/persistence/database.js';
import { buildAuthApp } from '../../services/auth/src/app.js';
import { createAuthService } from '../../services/auth/src/auth-service.js';
import { authServiceAudience, type AuthConfig } from '../../services/auth/src/config.js';
import { hashSecret, scryptParameters, verifySecret } from '../../services/auth/src/crypto/passwords.js';
import type { AuthDatabase } from '../../services/auth/src/db/schema.js';
import { authMigrations } from '../../services/auth/src/db/migrations/index.js';
import { seed } from '../../services/auth/src/seed/bootstrap.js';
import { demoPassword } from '../../services/auth/src/seed/demo-users.js';

const mode = process.argv[2] ?? 'kit-jwks';
const logger = createLogger({ service: 'bench', level: 'silent' });
const issuer = 'http://localhost:8081';

// The production defaults (scrypt N = 2^15), on an embedded database.
const config: AuthConfig = {
  issuer,
  publicUrl: issuer,
  audiences: ['event-service', 'live-event-service', 'livekit-service', 'live-service', authServiceAudience],
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
const database = await openDatabase<AuthDatabase>(databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite' }, authMigrations({ keyEncryptionKey: config.keyEncryptionKey }));
const service = await createAuthService({ db: database.db, config, logger });
await seed(service.deps);
const authApp = buildAuthApp({ logger, handlers: service.handlers, authenticators: { bearerAuth: service.bearerAuth } });
const login = await service.handlers.loginUser(
  { path: {}, query: {}, headers: {}, cookies: {}, body: { email: 'manager@ilenia.dev', password: demoPassword } },
  { request: { ip: '127.0.0.1', get: () => undefined } as never, response: {} as never, log: logger, requestId: 'bench', principal: undefined },
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
      ? bearerAuthenticator(createJwtVerifier({ keys: { jwks: { keys: await service.deps.keys.publishedKeys() } }, issuer, audience: 'event-service' }))
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
    response.json({ ok: await verifySecret(String(request.body.password), hash) });
  });
} else {
  throw new Error(`unknown mode ${mode}`);
}

const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, token }));
});
process.on('SIGTERM', () => server.close(() => void database.close().then(() => process.exit(0))));
