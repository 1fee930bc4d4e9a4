/**
 * Platform hardening of the auth service (issue 14): the client address cannot be forged, password
 * hashes follow the current scrypt cost, and more as the findings are fixed.
 */
import { exportJWK, generateKeyPair } from 'jose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { defaultJwksCacheMaxAgeMs } from '@ilenia/kit';
import { ConfigReader, readCommonConfig } from '@ilenia/kit';
import { createLogger } from '@ilenia/kit';
import { migrateToLatest, openDatabase } from '@ilenia/kit/persistence';
import { buildAuthApp } from '../src/app.js';
import { readAuthConfig } from '../src/config.js';
import { openPrivateKey } from '../src/crypto/key-sealing.js';
import { hashSecret, scryptParameters } from '../src/crypto/passwords.js';
import type { AuthDatabase } from '../src/db/schema.js';
import * as createAuthSchema from '../src/db/migrations/2026-12-01T07-30-00_create_auth_schema.js';
import { authMigrations } from '../src/db/migrations/index.js';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { refreshCookieOf, signIn, testKeyEncryptionKey, useAuthService } from './support/auth-harness.js';
import { bodyOf, type JsonWebKeySet, type Schema } from './support/responses.js';

describe('revocation across services', () => {
  it('other services drop a revoked key within the JWKS max-age the auth service publishes', () => {
    const reader = new ConfigReader({ NODE_ENV: 'development' });
    const config = readAuthConfig(reader, readCommonConfig(reader, { name: 'auth', defaultPort: 8081, audience: 'auth-service' }));
    expect(defaultJwksCacheMaxAgeMs).toBeLessThanOrEqual(config.jwksMaxAgeSeconds * 1000);
  });
});

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`hardening on ${engine.name}`, () => {
    const harness = useAuthService(engine);

    it('records the connecting address, not a forged X-Forwarded-For, when no gateway is configured', async () => {
      const app = buildAuthApp({
        logger: createLogger({ service: 'auth-test', level: 'silent' }),
        handlers: harness.service.handlers,
        authenticators: { bearerAuth: harness.service.bearerAuth },
      });
      await request(app)
        .post('/v2/auth/login')
        .set('X-Forwarded-For', '203.0.113.66')
        .send({ email: 'forged.address@ilenia.dev', password: 'not-the-password' })
        .expect(401);
      const rows = await harness.database.db.selectFrom('audit_events').select('client_ip').where('type', '=', 'login_failed').execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.client_ip).not.toBe('203.0.113.66');
        expect(row.client_ip).toMatch(/127\.0\.0\.1|::1/);
      }
    });

    it('refuses refresh and sign-out from another site, and keeps the session usable', async () => {
      const { refreshToken } = await signIn(harness.app, 'speaker1@ilenia.dev', demoPassword);
      const cookie = `ilenia_refresh=${refreshToken}`;
      for (const path of ['/v2/auth/refresh', '/v2/auth/logout']) {
        const fromElsewhere = await request(harness.app).post(path).set('Cookie', cookie).set('Origin', 'https://evil.example');
        expect(fromElsewhere.status).toBe(403);
        expect(fromElsewhere.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(fromElsewhere.headers['set-cookie']).toBeUndefined();
        const crossSite = await request(harness.app).post(path).set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site');
        expect(crossSite.status).toBe(403);
      }
      // Nothing was spent or revoked: the web app's own origin refreshes with the same cookie.
      const own = await request(harness.app)
        .post('/v2/auth/refresh')
        .set('Cookie', cookie)
        .set('Origin', 'https://ilenia.test')
        .set('Sec-Fetch-Site', 'same-origin');
      expect(own.status).toBe(200);
      const signedOut = await request(harness.app)
        .post('/v2/auth/logout')
        .set('Cookie', `ilenia_refresh=${refreshCookieOf(own)}`)
        .set('Sec-Fetch-Site', 'same-origin');
      expect(signedOut.status).toBe(204);
    });

    it('answers authenticated requests with Cache-Control: no-store', async () => {
      const { accessToken } = await signIn(harness.app, 'manager@ilenia.dev', demoPassword);
      const me = await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${accessToken}`);
      expect(me.status).toBe(200);
      expect(me.headers['cache-control']).toBe('no-store');
    });

    it('redoes a password hash made with older scrypt parameters at the next sign-in', async () => {
      const users = harness.database.db.selectFrom('users').select('password_hash').where('id', '=', demoUserIds.listener2);
      await harness.database.db
        .updateTable('users')
        .set({ password_hash: await hashSecret(demoPassword, scryptParameters(10)) })
        .where('id', '=', demoUserIds.listener2)
        .execute();
      await signIn(harness.app, 'listener2@ilenia.dev', demoPassword);
      const { password_hash: upgraded } = await users.executeTakeFirstOrThrow();
      expect(upgraded).toMatch(new RegExp(`^scrypt\\$${harness.service.deps.passwords.parameters.cost}\\$8\\$1\\$`));
      // The new hash is of the same password: signing in again still works.
      await signIn(harness.app, 'listener2@ilenia.dev', demoPassword);
    });

    it('keeps private signing keys sealed in the database, never as a plaintext JWK', async () => {
      const rows = await harness.database.db.selectFrom('signing_keys').select(['kid', 'private_jwk']).execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.private_jwk).toMatchObject({ sealed: 'A256GCM-envelope-v1' });
        expect(row.private_jwk).not.toHaveProperty('d');
        expect(openPrivateKey(row.private_jwk, row.kid, testKeyEncryptionKey)).toHaveProperty('d');
      }
    });

    it('revokes a leaked key at once: out of the JWKS, its tokens refused, a new key signing, audited', async () => {
      const admin = await signIn(harness.app, 'admin@ilenia.dev', demoPassword);
      const speaker = await signIn(harness.app, 'speaker2@ilenia.dev', demoPassword);
      const jwks = async () =>
        bodyOf<JsonWebKeySet>(await request(harness.app).get('/v2/.well-known/jwks.json')).keys.map((key) => key.kid);
      const [leakedKid] = await jwks();
      expect(
        (await request(harness.app).post(`/v2/keys/${leakedKid}/revoke`).set('Authorization', `Bearer ${speaker.accessToken}`)).status,
      ).toBe(403);
      expect(
        (await request(harness.app).post('/v2/keys/no-such-key/revoke').set('Authorization', `Bearer ${admin.accessToken}`)).status,
      ).toBe(404);

      const revoked = await request(harness.app).post(`/v2/keys/${leakedKid}/revoke`).set('Authorization', `Bearer ${admin.accessToken}`);
      expect(revoked.status).toBe(200);
      const revocation = bodyOf<Schema<'KeyRevocation'>>(revoked);
      expect(revocation.revoked_key).toMatchObject({ kid: leakedKid, status: 'revoked' });
      expect(revocation.active_kid).not.toBe(leakedKid);
      expect(await jwks()).not.toContain(leakedKid);
      expect(await jwks()).toContain(revocation.active_kid);

      const refused = await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${speaker.accessToken}`);
      expect(refused.status).toBe(401);
      const again = await signIn(harness.app, 'speaker2@ilenia.dev', demoPassword);
      expect((await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${again.accessToken}`)).status).toBe(200);
      const audit = await harness.database.db
        .selectFrom('audit_events')
        .select(['target_id', 'details'])
        .where('type', '=', 'key_revoked')
        .execute();
      expect(audit).toEqual([{ target_id: leakedKid, details: { kid: leakedKid, replacement_kid: revocation.active_kid } }]);
    });
  });

  describe.skipIf(!engine.available)(`sealing the keys stored before, on ${engine.name}`, () => {
    it('seals every plaintext private key in the migration, and the service opens them', async () => {
      const opened = await engine.open();
      const database = await openDatabase<AuthDatabase>(opened.target, { '2026-12-01T07-30-00_create_auth_schema': createAuthSchema });
      try {
        const { privateKey } = await generateKeyPair('RS256', { extractable: true });
        const privateJwk = { ...(await exportJWK(privateKey)), kid: 'plaintext-kid', alg: 'RS256' };
        const now = new Date();
        await database.db
          .insertInto('signing_keys')
          .values({
            kid: 'plaintext-kid',
            private_jwk: JSON.stringify(privateJwk),
            public_jwk: JSON.stringify({ kid: 'plaintext-kid' }),
            key_size: 2048,
            created_at: now,
            activates_at: now,
          })
          .execute();
        expect(await migrateToLatest(database.db, authMigrations({ keyEncryptionKey: testKeyEncryptionKey }))).toEqual([
          '2026-12-03T07-00-00_seal_and_revoke_signing_keys',
          '2026-12-03T10-00-00_grant_people_search',
          '2026-12-03T16-00-00_add_session_audiences',
        ]);
        const row = await database.db
          .selectFrom('signing_keys')
          .select(['private_jwk', 'revoked_at'])
          .where('kid', '=', 'plaintext-kid')
          .executeTakeFirstOrThrow();
        expect(JSON.stringify(row.private_jwk)).not.toContain(privateJwk.d!);
        expect(openPrivateKey(row.private_jwk, 'plaintext-kid', testKeyEncryptionKey)).toEqual(privateJwk);
        expect(row.revoked_at).toBeNull();
      } finally {
        await database.close();
        await opened.drop();
      }
    });
  });
}
