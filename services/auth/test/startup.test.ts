/**
 * First start outside development (no demo users): the bootstrap administrator, the live-service
 * client from configuration, idempotent restarts; and logs that never carry a secret.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@ilenia/kit/persistence';
import { buildAuthApp } from '../src/app.js';
import { createAuthService } from '../src/auth-service.js';
import type { AuthDatabase } from '../src/db/schema.js';
import { authMigrations } from '../src/db/migrations/index.js';
import { seed } from '../src/seed/bootstrap.js';
import { databaseEngines } from '@ilenia/kit/testing';
import { freshIp, refreshCookieOf, testConfig, testKeyEncryptionKey } from './support/auth-harness.js';
import { bodyOf, type LoginResponse } from './support/responses.js';

const production = { seedDemoUsers: false, bootstrapAdmin: undefined, liveServiceClient: undefined, liveEventClient: undefined };
const bootstrapAdmin = { email: 'Root@Example.org', password: 'bootstrap-password-0123' };

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`first start outside development on ${engine.name}`, () => {
    let database: Database<AuthDatabase>;
    const lines: string[] = [];
    const logger = pino(
      {
        level: 'trace',
        redact: {
          paths: ['headers.authorization', 'headers.cookie', '*.password', '*.client_secret', '*.access_token', '*.refresh_token'],
          censor: '[redacted]',
        },
      },
      new Writable({ write: (chunk: Buffer, _encoding, callback) => (lines.push(chunk.toString()), callback()) }),
    );
    const service = (overrides: Parameters<typeof testConfig>[0]) =>
      createAuthService({ db: database.db, config: testConfig({ ...production, ...overrides }), logger });

    let drop: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      if (!engine.available) return;
      const opened = await engine.open();
      drop = opened.drop;
      database = await openDatabase<AuthDatabase>(opened.target, authMigrations({ keyEncryptionKey: testKeyEncryptionKey }));
    });
    afterAll(async () => {
      await database?.close();
      await drop?.();
    });

    it('refuses to start without an administrator and without bootstrap variables, naming them', async () => {
      await expect(seed((await service({})).deps)).rejects.toThrow(/AUTH_BOOTSTRAP_ADMIN_EMAIL and AUTH_BOOTSTRAP_ADMIN_PASSWORD/);
      // The built-in roles are there all the same; no user was created.
      expect((await database.db.selectFrom('roles').select('name').orderBy('name').execute()).map((row) => row.name)).toEqual([
        'admin',
        'listener',
        'manager',
        'speaker',
      ]);
      expect(await database.db.selectFrom('users').selectAll().execute()).toEqual([]);
    });

    it('refuses a weak bootstrap password, naming the variable', async () => {
      await expect(seed((await service({ bootstrapAdmin: { email: 'root@example.org', password: 'short' } })).deps)).rejects.toThrow(
        /AUTH_BOOTSTRAP_ADMIN_PASSWORD must be 12 to 128 characters/,
      );
      await expect(seed((await service({ bootstrapAdmin: { email: 'root@example.org', password: 'password1234' } })).deps)).rejects.toThrow(
        /AUTH_BOOTSTRAP_ADMIN_PASSWORD is in a list of breached passwords/,
      );
    });

    it('creates the bootstrap administrator and the live-service client once; restarts change nothing', async () => {
      const first = await service({
        bootstrapAdmin,
        liveServiceClient: { clientId: 'live-service', secret: 'first-configured-secret', scopes: ['events:read'] },
      });
      expect(await seed(first.deps)).toEqual({
        demoUsersCreated: false,
        bootstrapAdminCreated: 'root@example.org',
        liveServiceClient: 'created',
        liveEventClient: undefined,
      });
      const again = await service({
        bootstrapAdmin,
        liveServiceClient: { clientId: 'live-service', secret: 'first-configured-secret', scopes: ['events:read'] },
      });
      expect(await seed(again.deps)).toEqual({
        demoUsersCreated: false,
        bootstrapAdminCreated: undefined,
        liveServiceClient: 'unchanged',
        liveEventClient: undefined,
      });
      expect(await database.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'root@example.org' }]);
      // One signing key for both starts.
      expect(await database.db.selectFrom('signing_keys').select('kid').execute()).toHaveLength(1);
    });

    it('replaces the live-service secret when the configuration changes it', async () => {
      const changed = await service({
        liveServiceClient: { clientId: 'live-service', secret: 'second-configured-secret', scopes: ['events:read'] },
      });
      expect((await seed(changed.deps)).liveServiceClient).toBe('secret_updated');
      const app = buildAuthApp({ logger, handlers: changed.handlers, authenticators: { bearerAuth: changed.bearerAuth } });
      const token = (secret: string) =>
        request(app)
          .post('/v2/oauth/token')
          .type('form')
          .auth('live-service', secret)
          .set('X-Forwarded-For', freshIp())
          .send({ grant_type: 'client_credentials' });
      expect((await token('first-configured-secret')).status).toBe(401);
      expect((await token('second-configured-secret')).status).toBe(200);
    });

    it('never writes a password, secret, refresh token or access token into its logs', async () => {
      const running = await service({});
      const app = buildAuthApp({ logger, handlers: running.handlers, authenticators: { bearerAuth: running.bearerAuth } });
      lines.length = 0;
      const login = await request(app)
        .post('/v2/auth/login')
        .set('X-Forwarded-For', freshIp())
        .send({ email: bootstrapAdmin.email, password: bootstrapAdmin.password });
      expect(login.status).toBe(200);
      const refreshToken = refreshCookieOf(login)!;
      const refreshed = await request(app).post('/v2/auth/refresh').set('Cookie', `ilenia_refresh=${refreshToken}`);
      await request(app).post('/v2/auth/refresh').set('Cookie', `ilenia_refresh=${refreshToken}`).expect(401);
      await request(app)
        .post('/v2/auth/login')
        .set('X-Forwarded-For', freshIp())
        .send({ email: bootstrapAdmin.email, password: 'a-wrong-password-guess' })
        .expect(401);
      await request(app)
        .post('/v2/oauth/token')
        .type('form')
        .send({ grant_type: 'client_credentials', client_id: 'live-service', client_secret: 'second-configured-secret' })
        .expect(200);
      await request(app)
        .get('/v2/users')
        .set('Authorization', `Bearer ${bodyOf<LoginResponse>(login).access_token}x`)
        .expect(401);
      expect(lines.length).toBeGreaterThan(3);
      const logged = lines.join('');
      for (const secret of [
        bootstrapAdmin.password,
        'a-wrong-password-guess',
        'second-configured-secret',
        refreshToken,
        refreshCookieOf(refreshed)!,
        bodyOf<LoginResponse>(login).access_token.split('.')[2],
      ]) {
        expect(logged).not.toContain(secret);
      }
    });
  });
}
