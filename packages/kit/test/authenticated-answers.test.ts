/**
 * What an authenticated answer carries whatever the handler does: `Cache-Control: no-store`, so no
 * shared or browser cache keeps one caller's data for another.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLivekitProviderMockHandlers, createLivekitProviderRouter } from '@ilenia/generated/openapi/livekit-provider/server';
import { createServiceApp } from '../src/app.js';
import { bearerAuthenticator } from '../src/auth/authenticate.js';
import { createJwtVerifier } from '../src/auth/jwt-verifier.js';
import { createLogger } from '../src/logger.js';
import { createSigningKey, signAccessToken, testAudience, testIssuer, type TestSigningKey } from '../src/testing/test-tokens.js';

let key: TestSigningKey;
beforeAll(async () => {
  key = await createSigningKey('key-1');
});

function buildApp() {
  const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: testAudience });
  const router = createLivekitProviderRouter({
    handlers: createLivekitProviderMockHandlers(),
    authenticators: { bearerAuth: bearerAuthenticator(verifier) },
  });
  return createServiceApp({ logger: createLogger({ service: 'test', level: 'silent' }), routers: [router] });
}

describe('authenticated answers', () => {
  it('are never stored by a cache, including the 403 of a caller without the permission', async () => {
    const allowed = await request(buildApp())
      .get('/v2/rooms')
      .set('Authorization', `Bearer ${await signAccessToken(key, { permissions: ['rooms:read'] })}`);
    expect(allowed.status).toBe(200);
    expect(allowed.headers['cache-control']).toBe('no-store');
    const refused = await request(buildApp())
      .get('/v2/rooms')
      .set('Authorization', `Bearer ${await signAccessToken(key, { permissions: [] })}`);
    expect(refused.status).toBe(403);
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
