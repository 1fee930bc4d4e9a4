/**
 * Audiences per service (RFC 8707): every token carries only the audiences of the services its
 * permissions or scopes unlock, a client or the web app may narrow them with `resource`, a refresh
 * keeps or narrows them and never widens them, and an unknown or unreachable resource answers
 * `invalid_target` in an OAuth error body.
 */
import type { Express } from 'express';
import { decodeJwt } from 'jose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { freshIp, liveServiceSecret, refreshCookieOf, useAuthService } from './support/auth-harness.js';
import { bodyOf, type LoginResponse, type OAuthErrorBody, type TokenResponse } from './support/responses.js';

/** The audiences of an access token, sorted. */
function audiencesOf(accessToken: string): string[] {
  const { aud } = decodeJwt(accessToken);
  return [...(typeof aud === 'string' ? [aud] : (aud ?? []))].sort();
}

function signInFor(app: Express, email: string, query = '') {
  return request(app).post(`/v2/auth/login${query}`).set('X-Forwarded-For', freshIp()).send({ email, password: demoPassword });
}

function refreshFor(app: Express, refreshToken: string, query = '') {
  return request(app).post(`/v2/auth/refresh${query}`).set('Cookie', `ilenia_refresh=${refreshToken}`);
}

function clientToken(app: Express, form: string) {
  return request(app).post('/v2/oauth/token').type('form').auth('live-service', liveServiceSecret).send(form);
}

/** An `invalid_target` answer: 400, an OAuth error body (application/json), not a Problem. */
function expectInvalidTarget(response: request.Response, description: RegExp): void {
  expect(response.status).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = bodyOf<OAuthErrorBody>(response);
  expect(body.error).toBe('invalid_target');
  expect(body.error_description).toMatch(description);
}

for (const engine of await databaseEngines('ilenia_auth_audiences')) {
  describe.skipIf(!engine.available)(`token audiences on ${engine.name}`, () => {
    const harness = useAuthService(engine);

    it("gives a person's token the services their permissions need, and auth's own", async () => {
      const listener = await signInFor(harness.app, 'listener1@ilenia.dev');
      expect(listener.status).toBe(200);
      // A listener reads events, joins rooms, follows subtitles and downloads transcripts.
      expect(audiencesOf(bodyOf<LoginResponse>(listener).access_token)).toEqual([
        'auth-service',
        'event-service',
        'live-event-service',
        'live-service',
        'livekit-service',
      ]);
    });

    it("gives a service's token only the audiences its granted scopes unlock", async () => {
      const all = await clientToken(harness.app, 'grant_type=client_credentials');
      expect(all.status).toBe(200);
      // events:read and session_records:write are the events service's, agents:token the LiveKit provider's.
      expect(audiencesOf(bodyOf<TokenResponse>(all).access_token)).toEqual(['event-service', 'livekit-service']);

      const eventsOnly = await clientToken(harness.app, 'grant_type=client_credentials&scope=events:read');
      expect(audiencesOf(bodyOf<TokenResponse>(eventsOnly).access_token)).toEqual(['event-service']);
    });

    it('narrows a service token to the resources asked for, repeated or one, with what they call with it', async () => {
      const events = await clientToken(harness.app, 'grant_type=client_credentials&resource=event-service');
      expect(events.status).toBe(200);
      expect(audiencesOf(bodyOf<TokenResponse>(events).access_token)).toEqual(['event-service']);

      // The LiveKit provider reads events with its caller's token: a token for it keeps event-service.
      const provider = await clientToken(
        harness.app,
        'grant_type=client_credentials&scope=agents:token events:read&resource=livekit-service',
      );
      expect(audiencesOf(bodyOf<TokenResponse>(provider).access_token)).toEqual(['event-service', 'livekit-service']);

      const both = await clientToken(harness.app, 'grant_type=client_credentials&resource=event-service&resource=livekit-service');
      expect(both.status).toBe(200);
      expect(audiencesOf(bodyOf<TokenResponse>(both).access_token)).toEqual(['event-service', 'livekit-service']);
    });

    it('answers invalid_target for an unknown resource, one the scopes do not reach, or an empty one', async () => {
      expectInvalidTarget(
        await clientToken(harness.app, 'grant_type=client_credentials&resource=billing-service'),
        /billing-service is not an audience/,
      );
      expectInvalidTarget(
        await clientToken(harness.app, 'grant_type=client_credentials&scope=events:read&resource=livekit-service'),
        /unlock no operation of livekit-service/,
      );
      expectInvalidTarget(await clientToken(harness.app, 'grant_type=client_credentials&resource='), /non-empty/);
    });

    it('refuses a token minted for the events service on the auth API (401)', async () => {
      const person = await signInFor(harness.app, 'manager@ilenia.dev', '?resource=event-service');
      expect(person.status).toBe(200);
      const accessToken = bodyOf<LoginResponse>(person).access_token;
      expect(audiencesOf(accessToken)).toEqual(['event-service']);
      const me = await request(harness.app).get('/v2/users/me').set('Authorization', `Bearer ${accessToken}`);
      expect(me.status).toBe(401);
    });

    it('keeps a narrowed session narrowed on refresh, narrows it further, and never widens it', async () => {
      const signedIn = await signInFor(harness.app, 'speaker1@ilenia.dev', '?resource=live-event-service');
      expect(signedIn.status).toBe(200);
      // live-event reads events with the speaker's token, so event-service comes along.
      expect(audiencesOf(bodyOf<LoginResponse>(signedIn).access_token)).toEqual(['event-service', 'live-event-service']);

      const kept = await refreshFor(harness.app, refreshCookieOf(signedIn)!);
      expect(kept.status).toBe(200);
      expect(audiencesOf(bodyOf<LoginResponse>(kept).access_token)).toEqual(['event-service', 'live-event-service']);

      const narrowed = await refreshFor(harness.app, refreshCookieOf(kept)!, '?resource=event-service');
      expect(narrowed.status).toBe(200);
      expect(audiencesOf(bodyOf<LoginResponse>(narrowed).access_token)).toEqual(['event-service']);

      // Widening is refused before the refresh token is spent: the same cookie still works afterwards.
      const cookie = refreshCookieOf(narrowed)!;
      expectInvalidTarget(await refreshFor(harness.app, cookie, '?resource=live-event-service'), /cannot widen/);
      const stillNarrow = await refreshFor(harness.app, cookie);
      expect(stillNarrow.status).toBe(200);
      expect(audiencesOf(bodyOf<LoginResponse>(stillNarrow).access_token)).toEqual(['event-service']);
    });

    it('refuses a sign-in for a resource that is no audience of the platform, without starting a session', async () => {
      const unknown = await signInFor(harness.app, 'listener2@ilenia.dev', '?resource=billing-service');
      expectInvalidTarget(unknown, /billing-service is not an audience/);
      expect(unknown.headers['set-cookie']).toBeUndefined();
    });

    it('keeps validation errors of sign-in as Problems', async () => {
      const response = await signInFor(
        harness.app,
        'listener2@ilenia.dev',
        '?resource=a&resource=b&resource=c&resource=d&resource=e&resource=f&resource=g&resource=h&resource=i',
      );
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });
}
