/**
 * The auth service on a real database for HTTP tests: the app through the generated router, the
 * service's dependencies, and helpers to sign in. One database per test file and engine (PGlite
 * always; PostgreSQL when a server is there, and always in CI).
 */
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import { createLogger } from '@ilenia/kit';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import type { DatabaseEngine } from '@ilenia/kit/testing';
import { testIssuer } from '@ilenia/kit/testing';
import { buildAuthApp } from '../../src/app.js';
import { createAuthService, type AuthService } from '../../src/auth-service.js';
import type { AuthConfig } from '../../src/config.js';
import type { AuthDatabase } from '../../src/db/schema.js';
import { bodyOf, type LoginResponse } from './responses.js';
import { authMigrations } from '../../src/db/migrations/index.js';
import { seed } from '../../src/seed/bootstrap.js';

export const liveServiceSecret = 'live-service-test-secret-0123456789';

/** The key-encryption key that seals the tests' signing keys. */
export const testKeyEncryptionKey = Buffer.alloc(32, 7);

/** The configuration of the tests: as in development, with a cheaper (still memory-hard) scrypt cost. */
export function testConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    issuer: testIssuer,
    publicUrl: 'https://ilenia.test/api/auth',
    accessTtlSeconds: 3600,
    refreshTtlSeconds: 2_592_000,
    keyPublishAheadSeconds: 600,
    keyRetiredTtlSeconds: 86_400,
    keyRotationDays: undefined,
    jwksMaxAgeSeconds: 300,
    login: { maxFailures: 5, maxFailuresPerIp: 50, windowSeconds: 900, lockoutSeconds: 900 },
    passwordHashCost: 14,
    bootstrapAdmin: undefined,
    liveServiceClient: {
      clientId: 'live-service',
      secret: liveServiceSecret,
      scopes: ['events:read', 'session_records:write', 'agents:token'],
    },
    liveEventClient: undefined,
    seedDemoUsers: true,
    browserOrigins: ['https://ilenia.test'],
    keyEncryptionKey: testKeyEncryptionKey,
    ...overrides,
  };
}

export interface AuthHarness {
  engine: string;
  app: Express;
  service: AuthService;
  database: Database<AuthDatabase>;
  /** Moves the service's clock (tokens, keys, lockouts) by this many milliseconds. */
  clockOffsetMs: number;
}

/** Opens the database in `beforeAll`, builds and seeds the service, and closes it in `afterAll`. */
export function useAuthService(engine: DatabaseEngine, overrides: Partial<AuthConfig> = {}): AuthHarness {
  const harness = { engine: engine.name, clockOffsetMs: 0 } as AuthHarness;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!engine.available) return;
    const opened = await engine.open();
    drop = opened.drop;
    harness.database = await openDatabase<AuthDatabase>(opened.target, authMigrations({ keyEncryptionKey: testKeyEncryptionKey }));
    const logger = createLogger({ service: 'auth-test', level: 'silent' });
    harness.service = await createAuthService({
      db: harness.database.db,
      config: testConfig(overrides),
      logger,
      clock: () => new Date(Date.now() + harness.clockOffsetMs),
    });
    await seed(harness.service.deps);
    // supertest connects from loopback, which stands in for the gateway, so tests choose client IPs.
    harness.app = buildAuthApp({
      logger,
      handlers: harness.service.handlers,
      authenticators: { bearerAuth: harness.service.bearerAuth },
      trustedProxies: loopbackGateway,
    });
  });
  afterAll(async () => {
    await harness.database?.close();
    await drop?.();
  });
  return harness;
}

/** The trusted gateway of the tests: supertest's loopback connection. */
const loopbackGateway = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

let ipCounter = 0;
/** A fresh client IP (X-Forwarded-For, trusted from loopback), so per-IP counters never meet across tests. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

/** The refresh token in a response's Set-Cookie, or undefined. */
export function refreshCookieOf(response: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const match = cookies.map((cookie) => /^ilenia_refresh=([^;]*)/.exec(cookie)).find(Boolean);
  return match?.[1] || undefined;
}

/** Signs in through the API; answers the access token, the refresh token and the response. */
export async function signIn(app: Express, email: string, password: string, ip = freshIp()) {
  const response = await request(app).post('/v2/auth/login').set('X-Forwarded-For', ip).send({ email, password });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return { accessToken: bodyOf<LoginResponse>(response).access_token, refreshToken: refreshCookieOf(response)!, response };
}
