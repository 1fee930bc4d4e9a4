/**
 * Attacks that must fail, each a test, against the real auth service: forged, expired or misdirected
 * access tokens (RFC 8725), clients with wrong secrets or scopes, and non-admins on admin endpoints.
 */
import { createHmac } from 'node:crypto';
import { exportSPKI, importJWK, jwtVerify, createLocalJWKSet, SignJWT, type CryptoKey, type JWK } from 'jose';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSigningKey, testIssuer } from '@ilenia/kit/testing';
import { authServiceAudience } from '../src/config.js';
import { openPrivateKey } from '../src/crypto/key-sealing.js';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { liveServiceSecret, signIn, testKeyEncryptionKey, useAuthService } from './support/auth-harness.js';
import {
  bodyOf,
  type CreatedClient,
  type JsonWebKeySet,
  type OAuthErrorBody,
  type ProblemBody,
  type TokenResponse,
  type User,
} from './support/responses.js';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`token and client attacks on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    let key: { kid: string; privateKey: CryptoKey; publicJwk: JWK };
    let validToken: string;

    beforeAll(async () => {
      const row = await harness.database.db.selectFrom('signing_keys').selectAll().executeTakeFirstOrThrow();
      key = {
        kid: row.kid,
        privateKey: (await importJWK(openPrivateKey(row.private_jwk, row.kid, testKeyEncryptionKey) as JWK, 'RS256')) as CryptoKey,
        publicJwk: row.public_jwk,
      };
      validToken = (await signIn(harness.app, 'listener1@ilenia.dev', demoPassword)).accessToken;
    });

    /** A token signed with the service's real key, with the claims and header given. */
    function forge(
      claims: Record<string, unknown>,
      options: { issuer?: string; audience?: string; expiresAt?: number; notBefore?: number; kid?: string } = {},
    ) {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({ permissions: ['users:read'], roles: ['admin'], ...claims })
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: options.kid ?? key.kid })
        .setIssuer(options.issuer ?? testIssuer)
        .setAudience(options.audience ?? authServiceAudience)
        .setSubject(demoUserIds.listener1)
        .setIssuedAt(now)
        .setExpirationTime(options.expiresAt ?? now + 600);
      if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
      return jwt.sign(key.privateKey);
    }

    it('accepts its own valid token (the control for every attack below)', async () => {
      const response = await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${validToken}`);
      expect(response.status).toBe(200);
      expect(bodyOf<User>(response).id).toBe(demoUserIds.listener1);
      expect(
        await request(harness.app)
          .get('/v2/users/me')
          .set('Authorization', `Bearer ${await forge({})}`),
      ).toHaveProperty('status', 200);
    });

    const attacks: [string, () => Promise<string>, RegExp][] = [
      [
        'alg: none',
        () => Promise.resolve(`${base64url(JSON.stringify({ alg: 'none', typ: 'at+jwt' }))}.${validToken.split('.')[1]}.`),
        /not signed with RS256|malformed/,
      ],
      [
        'HS256 signed with the public key',
        async () => {
          const pem = await exportSPKI((await importJWK(key.publicJwk, 'RS256')) as CryptoKey);
          const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'at+jwt', kid: key.kid }));
          const payload = validToken.split('.')[1]!;
          const signature = createHmac('sha256', pem).update(`${header}.${payload}`).digest('base64url');
          return `${header}.${payload}.${signature}`;
        },
        /not signed with RS256/,
      ],
      ['an expired token', () => forge({}, { expiresAt: Math.floor(Date.now() / 1000) - 120 }), /expired/],
      ['a token not valid yet', () => forge({}, { notBefore: Math.floor(Date.now() / 1000) + 600 }), /not valid yet/],
      ['a wrong iss', () => forge({}, { issuer: 'https://evil.example' }), /"iss" claim/],
      ['a wrong aud', () => forge({}, { audience: 'someone-else' }), /"aud" claim/],
      [
        'an unknown kid',
        async () => {
          const stranger = await createSigningKey('stranger');
          return new SignJWT({ permissions: ['users:read'] })
            .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'stranger' })
            .setIssuer(testIssuer)
            .setAudience(authServiceAudience)
            .setSubject(demoUserIds.listener1)
            .setIssuedAt()
            .setExpirationTime('5m')
            .sign(stranger.privateKey);
        },
        /key the auth service does not publish/,
      ],
      [
        'a tampered payload (a listener granting itself users:read)',
        () => {
          const [header, payload, signature] = validToken.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { permissions: string[] };
          claims.permissions = [...claims.permissions, 'users:read'];
          return Promise.resolve(`${header}.${base64url(JSON.stringify(claims))}.${signature}`);
        },
        /signature is invalid/,
      ],
      [
        'a JWT that is not an access token (typ: JWT)',
        async () => {
          const now = Math.floor(Date.now() / 1000);
          return new SignJWT({ permissions: ['users:read'] })
            .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
            .setIssuer(testIssuer)
            .setAudience(authServiceAudience)
            .setSubject(demoUserIds.listener1)
            .setIssuedAt(now)
            .setExpirationTime(now + 600)
            .sign(key.privateKey);
        },
        /not an access token/,
      ],
    ];

    for (const [name, makeToken, detail] of attacks) {
      it(`refuses ${name} with a 401 Problem`, async () => {
        const response = await request(harness.app)
          .get('/v2/users')
          .set('Authorization', `Bearer ${await makeToken()}`);
        expect(response.status).toBe(401);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="ilenia", error="invalid_token"/);
        expect(bodyOf<ProblemBody>(response).detail).toMatch(detail);
      });
    }

    it('refuses a non-admin on every admin endpoint with a 403 naming the permission', async () => {
      const manager = (await signIn(harness.app, 'manager@ilenia.dev', demoPassword)).accessToken;
      const calls: [string, (agent: request.Agent) => request.Test, string][] = [
        ['GET /v2/users', (agent) => agent.get('/v2/users'), 'users:read'],
        [
          'POST /v2/users',
          (agent) => agent.post('/v2/users').send({ email: 'x@ilenia.dev', display_name: 'X', password: 'a-long-enough-password' }),
          'users:write',
        ],
        [
          'PATCH /v2/users/{id}',
          (agent) => agent.patch(`/v2/users/${demoUserIds.manager}`).set('If-Match', '"1"').send({ display_name: 'Boss' }),
          'users:write',
        ],
        [
          'PUT /v2/users/{id}/permissions/{p}',
          (agent) => agent.put(`/v2/users/${demoUserIds.manager}/permissions/users:write`).send({ effect: 'grant' }),
          'permissions:write',
        ],
        ['POST /v2/roles', (agent) => agent.post('/v2/roles').send({ name: 'boss', permissions: ['users:write'] }), 'roles:write'],
        ['GET /v2/clients', (agent) => agent.get('/v2/clients'), 'clients:read'],
        ['POST /v2/keys/rotate', (agent) => agent.post('/v2/keys/rotate'), 'keys:rotate'],
        ['GET /v2/audit-events', (agent) => agent.get('/v2/audit-events'), 'audit:read'],
      ];
      for (const [label, call, permission] of calls) {
        const response = await call(request.agent(harness.app).set('Authorization', `Bearer ${manager}`));
        expect(response.status, label).toBe(403);
        expect(bodyOf<ProblemBody>(response).missing_permissions, label).toEqual([permission]);
      }
      // Managers may read roles, as the catalogue says.
      expect((await request(harness.app).get('/v2/roles').set('Authorization', `Bearer ${manager}`)).status).toBe(200);
    });

    describe('client credentials', () => {
      const token = () => request(harness.app).post('/v2/oauth/token').type('form');

      it('issues an RFC 9068 token with client_secret_basic, narrowed to the scope asked for', async () => {
        const response = await token()
          .auth('live-service', liveServiceSecret)
          .send({ grant_type: 'client_credentials', scope: 'events:read agents:token' });
        expect(response.status).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'agents:token events:read' });
        const jwks = bodyOf<JsonWebKeySet>(await request(harness.app).get('/v2/.well-known/jwks.json'));
        const { payload, protectedHeader } = await jwtVerify(bodyOf<TokenResponse>(response).access_token, createLocalJWKSet(jwks), {
          algorithms: ['RS256'],
          issuer: testIssuer,
          audience: 'livekit-service',
          typ: 'at+jwt',
        });
        expect(protectedHeader.kid).toBe(key.kid);
        // Only the services these scopes unlock: events (events:read) and the LiveKit provider (agents:token).
        expect(payload.aud).toEqual(['event-service', 'livekit-service']);
        expect(payload).toMatchObject({ sub: 'live-service', client_id: 'live-service', scope: 'agents:token events:read' });
        expect(payload.permissions).toBeUndefined();
        expect(typeof payload.jti).toBe('string');
      });

      it('accepts client_secret_post and grants every allowed scope when none is asked for', async () => {
        const response = await token().send({
          grant_type: 'client_credentials',
          client_id: 'live-service',
          client_secret: liveServiceSecret,
        });
        expect(response.status).toBe(200);
        expect(bodyOf<TokenResponse>(response).scope).toBe('agents:token events:read session_records:write');
      });

      it('refuses a wrong secret with invalid_client, 401 and WWW-Authenticate, and audits it', async () => {
        const response = await token().auth('live-service', 'not-the-secret').send({ grant_type: 'client_credentials' });
        expect(response.status).toBe(401);
        expect(response.headers['www-authenticate']).toMatch(/^Basic realm="ilenia"/);
        expect(response.body).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed.' });
        const unknown = await token().auth('no-such-client', 'whatever').send({ grant_type: 'client_credentials' });
        expect(bodyOf<OAuthErrorBody>(unknown).error).toBe('invalid_client');
        const audit = await harness.database.db
          .selectFrom('audit_events')
          .select(['details'])
          .where('type', '=', 'client_authentication_failed')
          .execute();
        expect(audit.map((row) => row.details.reason)).toEqual(expect.arrayContaining(['bad_secret', 'unknown_client']));
      });

      it('refuses a scope the client may not have with invalid_scope', async () => {
        const response = await token()
          .auth('live-service', liveServiceSecret)
          .send({ grant_type: 'client_credentials', scope: 'events:read users:write' });
        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          error: 'invalid_scope',
          error_description: 'The scope users:write is not allowed for this client.',
        });
        const unknown = await token().auth('live-service', liveServiceSecret).send({ grant_type: 'client_credentials', scope: 'root:all' });
        expect(bodyOf<OAuthErrorBody>(unknown).error).toBe('invalid_scope');
      });

      it('answers unsupported_grant_type, and invalid_request for credentials sent both ways or repeated parameters', async () => {
        expect(bodyOf<OAuthErrorBody>(await token().auth('live-service', liveServiceSecret).send({ grant_type: 'password' })).error).toBe(
          'unsupported_grant_type',
        );
        const bothWays = await token()
          .auth('live-service', liveServiceSecret)
          .send({ grant_type: 'client_credentials', client_secret: liveServiceSecret });
        expect(bodyOf<OAuthErrorBody>(bothWays).error).toBe('invalid_request');
        const repeated = await token().auth('live-service', liveServiceSecret).send('grant_type=client_credentials&scope=a&scope=b');
        expect(repeated.status).toBe(400);
        expect(repeated.body).toEqual({ error: 'invalid_request', error_description: 'The parameter scope is repeated.' });
        expect(bodyOf<OAuthErrorBody>(await token().send({ grant_type: 'client_credentials' })).error).toBe('invalid_client');
      });

      it('refuses a service token whose scopes unlock nothing of auth (401: not its audience)', async () => {
        const access = bodyOf<TokenResponse>(
          await token().auth('live-service', liveServiceSecret).send({ grant_type: 'client_credentials' }),
        ).access_token;
        const response = await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${access}`);
        expect(response.status).toBe(401);
      });

      it('answers 403 on /v2/users/me for a service token for auth: it has no user', async () => {
        const admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
        const created = await request(harness.app)
          .post('/v2/clients')
          .set('Authorization', `Bearer ${admin}`)
          .send({ client_id: 'directory-reader', name: 'Directory reader', allowed_scopes: ['users:read'] });
        expect(created.status).toBe(201);
        const secret = bodyOf<CreatedClient>(created).secret.client_secret;
        const issued = await token().auth('directory-reader', secret).send({ grant_type: 'client_credentials' });
        expect(issued.status).toBe(200);
        const access = bodyOf<TokenResponse>(issued).access_token;
        const response = await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${access}`);
        expect(response.status).toBe(403);
        expect(bodyOf<ProblemBody>(response).detail).toMatch(/belongs to a service/);
      });
    });
  });
}
