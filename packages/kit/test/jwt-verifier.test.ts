/** Verification against a JWKS served over HTTP, as the auth service publishes it, including rotation. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtVerifier } from '../src/auth/jwt-verifier.js';
import { HttpProblem } from '../src/problem.js';
import { createSigningKey, signAccessToken, testAudience, testIssuer } from '../src/testing/test-tokens.js';

let published: JSONWebKeySet = { keys: [] };
let fetches = 0;
let server: Server;
let jwksUrl: URL;

beforeAll(async () => {
  server = createServer((_request, response) => {
    fetches += 1;
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(published));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/.well-known/jwks.json`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('JWT verification against a remote JWKS', () => {
  it('picks up a rotated key on the first token that names it, without a restart', async () => {
    const first = await createSigningKey('2026-11-a');
    const second = await createSigningKey('2026-11-b');
    published = { keys: [first.jwk] };
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCooldownMs: 0 });

    const before = await verifier.verify(await signAccessToken(first, { permissions: ['rooms:read'], roles: ['manager'] }));
    expect(before.permissions.has('rooms:read')).toBe(true);
    expect(before.roles).toEqual(['manager']);
    expect(before.kind).toBe('user');
    const fetchesBeforeRotation = fetches;

    published = { keys: [second.jwk, first.jwk] };
    const after = await verifier.verify(await signAccessToken(second, { permissions: ['events:read'] }));
    expect(after.permissions.has('events:read')).toBe(true);
    expect(fetches).toBe(fetchesBeforeRotation + 1);

    // The retired key stays published while its tokens live, so they keep verifying.
    await expect(verifier.verify(await signAccessToken(first, {}))).resolves.toMatchObject({ kind: 'user' });
  });

  it('refuses a token whose key was withdrawn', async () => {
    const withdrawn = await createSigningKey('withdrawn');
    published = { keys: [] };
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCooldownMs: 0 });
    const failure = await verifier.verify(await signAccessToken(withdrawn, {})).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpProblem);
    expect((failure as HttpProblem).status).toBe(401);
    expect((failure as HttpProblem).detail).toMatch(/key the auth service does not publish/);
  });

  it('refuses the tokens of a revoked key once its cached key set has aged past the cache time', async () => {
    const revoked = await createSigningKey('revoked');
    const other = await createSigningKey('still-published');
    published = { keys: [revoked.jwk, other.jwk] };
    // A cache time of zero: every verification finds the cached key set aged, as after 300 s.
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCacheMaxAgeMs: 0 });
    const token = await signAccessToken(revoked, {});
    await expect(verifier.verify(token)).resolves.toMatchObject({ kind: 'user' });
    published = { keys: [other.jwk] };
    const failure = await verifier.verify(token).catch((error: unknown) => error);
    expect((failure as HttpProblem).status).toBe(401);
  });

  it('answers 503, not 401, when the auth service cannot be reached', async () => {
    const key = await createSigningKey('any');
    const verifier = createJwtVerifier({ keys: { jwksUrl: new URL('http://127.0.0.1:9/jwks.json') }, issuer: testIssuer, audience: testAudience });
    const failure = await verifier.verify(await signAccessToken(key, {})).catch((error: unknown) => error);
    expect((failure as HttpProblem).status).toBe(503);
    await expect(verifier.check()).rejects.toThrow();
  });

  it('treats a client-credentials token as a service whose scopes are its permissions', async () => {
    const key = await createSigningKey('svc');
    published = { keys: [key.jwk] };
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCooldownMs: 0 });
    const principal = await verifier.verify(await signAccessToken(key, { sub: 'live-service', client_id: 'live-service', scope: 'events:read agents:token' }));
    expect(principal.kind).toBe('service');
    expect([...principal.permissions].sort()).toEqual(['agents:token', 'events:read']);
  });
});
