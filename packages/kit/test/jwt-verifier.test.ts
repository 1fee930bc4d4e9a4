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
    const verifier = createJwtVerifier({
      keys: { jwksUrl: new URL('http://127.0.0.1:9/jwks.json') },
      issuer: testIssuer,
      audience: testAudience,
    });
    const failure = await verifier.verify(await signAccessToken(key, {})).catch((error: unknown) => error);
    expect((failure as HttpProblem).status).toBe(503);
    await expect(verifier.check()).rejects.toThrow();
  });

  it('treats a client-credentials token as a service whose scopes are its permissions', async () => {
    const key = await createSigningKey('svc');
    published = { keys: [key.jwk] };
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCooldownMs: 0 });
    const principal = await verifier.verify(
      await signAccessToken(key, { sub: 'live-service', client_id: 'live-service', scope: 'events:read agents:token' }),
    );
    expect(principal.kind).toBe('service');
    expect([...principal.permissions].sort()).toEqual(['agents:token', 'events:read']);
  });
});

describe('verified tokens remembered until they expire', () => {
  it('checks a token once and serves its later requests from memory', async () => {
    const key = await createSigningKey('remembered');
    const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: testAudience });
    const token = await signAccessToken(key, { permissions: ['events:read'] });
    const first = await verifier.verify(token);
    await expect(verifier.verify(token)).resolves.toBe(first);
  });

  it('refuses a remembered token once it has expired', async () => {
    const key = await createSigningKey('expiring');
    let nowMs = Date.now();
    const verifier = createJwtVerifier({
      keys: { jwks: { keys: [key.jwk] } },
      issuer: testIssuer,
      audience: testAudience,
      now: () => nowMs,
    });
    const token = await signAccessToken(key, {}, { expiresIn: '2m' });
    await verifier.verify(token);
    nowMs += 3 * 60_000;
    const failure = await verifier.verify(token).catch((error: unknown) => error);
    expect((failure as HttpProblem).status).toBe(401);
    expect((failure as HttpProblem).detail).toMatch(/expired/);
  });

  it('refuses a remembered token once its key has left the key set', async () => {
    const leaving = await createSigningKey('leaving');
    const staying = await createSigningKey('staying');
    published = { keys: [leaving.jwk, staying.jwk] };
    // A cache time of zero: every verification finds the key set aged, as after 300 s.
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCacheMaxAgeMs: 0 });
    const leavingToken = await signAccessToken(leaving, {});
    const stayingToken = await signAccessToken(staying, {});
    await verifier.verify(leavingToken);
    const stayingPrincipal = await verifier.verify(stayingToken);
    published = { keys: [staying.jwk] };
    const failure = await verifier.verify(leavingToken).catch((error: unknown) => error);
    expect((failure as HttpProblem).status).toBe(401);
    expect((failure as HttpProblem).detail).toMatch(/key the auth service does not publish/);
    // The key set came back with new key objects: the other token is checked again, and passes.
    const again = await verifier.verify(stayingToken);
    expect(again).not.toBe(stayingPrincipal);
    expect(again.subject).toBe(stayingPrincipal.subject);
  });

  it('never remembers a refusal: a token refused for an unknown key passes once the key is published', async () => {
    const early = await createSigningKey('published-late');
    published = { keys: [] };
    const verifier = createJwtVerifier({ keys: { jwksUrl }, issuer: testIssuer, audience: testAudience, jwksCooldownMs: 0 });
    const token = await signAccessToken(early, {});
    await expect(verifier.verify(token)).rejects.toMatchObject({ status: 401 });
    published = { keys: [early.jwk] };
    await expect(verifier.verify(token)).resolves.toMatchObject({ kind: 'user' });
  });

  it('refuses a remembered token with its signature altered, and any other token of the same claims unsigned', async () => {
    const key = await createSigningKey('tamper');
    const verifier = createJwtVerifier({ keys: { jwks: { keys: [key.jwk] } }, issuer: testIssuer, audience: testAudience });
    const token = await signAccessToken(key, { permissions: ['events:read'] });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'AB' : 'AA'}`;
    await expect(verifier.verify(flipped)).rejects.toMatchObject({ status: 401 });
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    await expect(verifier.verify(unsigned)).rejects.toMatchObject({ status: 401 });
  });

  it('keeps at most its bound, forgetting the least recently used token first', async () => {
    const key = await createSigningKey('bounded');
    const verifier = createJwtVerifier({
      keys: { jwks: { keys: [key.jwk] } },
      issuer: testIssuer,
      audience: testAudience,
      verifiedTokenCacheSize: 2,
    });
    const [first, second, third] = await Promise.all([signAccessToken(key, {}), signAccessToken(key, {}), signAccessToken(key, {})]);
    const firstPrincipal = await verifier.verify(first);
    const secondPrincipal = await verifier.verify(second);
    await verifier.verify(first);
    await verifier.verify(third);
    await expect(verifier.verify(first)).resolves.toBe(firstPrincipal);
    await expect(verifier.verify(second)).resolves.not.toBe(secondPrincipal);
  });
});
