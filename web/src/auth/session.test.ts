import { describe, expect, it } from 'vitest';
import { createAuthClient } from '../api/sdk.js';
import { fakeFetch, json, on } from '../test/fake-api.js';
import { AuthSession } from './session.js';

const user = {
  id: 'u1',
  email: 'listener1@ilenia.dev',
  display_name: 'Lena Listener',
  status: 'active',
  roles: [],
  permissions: ['events:read', 'live:listen'],
};
const signedIn = (token: string) =>
  json(200, { access_token: token, token_type: 'Bearer', expires_in: 900, refresh_expires_in: 2_592_000, user });
const problem = (type: string) => json(401, { type: `https://ilenia.dev/problems/${type}`, title: 'Refused', status: 401 });

function sessionWith(...routes: Parameters<typeof fakeFetch>) {
  const api = fakeFetch(...routes);
  const session = new AuthSession({
    client: createAuthClient({ baseUrl: 'http://localhost:5173/api/auth', fetch: api.fetch }),
    locks: undefined,
  });
  return { session, requests: api.requests };
}

describe('the signed-in session', () => {
  it('restores a session on reload from the refresh cookie, with one request however many callers ask', async () => {
    let refreshes = 0;
    const { session } = sessionWith(on('POST', /\/v2\/auth\/refresh$/, () => signedIn(`token-${++refreshes}`)));
    const states = await Promise.all([session.refresh(), session.refresh(), session.currentAccessToken()]);
    expect(refreshes).toBe(1);
    expect(states[0]).toEqual({ status: 'signed_in', user });
    expect(await session.currentAccessToken()).toBe('token-1');
  });

  it('treats a visitor without a cookie as signed out, with nothing to explain', async () => {
    const { session } = sessionWith(on('POST', /\/v2\/auth\/refresh$/, () => problem('unauthorized')));
    expect(await session.refresh()).toEqual({ status: 'signed_out', reason: undefined });
  });

  it('says why when a signed-in session can no longer be refreshed because its token was reused', async () => {
    let answer = signedIn('token-1');
    const { session } = sessionWith(on('POST', /\/v2\/auth\/refresh$/, () => answer));
    await session.refresh();
    answer = problem('refresh-token-reused');
    expect(await session.refresh()).toEqual({ status: 'signed_out', reason: 'reused' });
    expect(await session.currentAccessToken()).toBeUndefined();
  });

  it('signs out by revoking the refresh family on the server and forgetting the token', async () => {
    const { session, requests } = sessionWith(
      on('POST', /\/v2\/auth\/login$/, () => signedIn('token-1')),
      on('POST', /\/v2\/auth\/logout$/, () => new Response(null, { status: 204 })),
    );
    await session.signIn('listener1@ilenia.dev', 'ilenia-demo-2026');
    await session.signOut();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/auth/v2/auth/login', '/api/auth/v2/auth/logout']);
    expect(session.getState()).toEqual({ status: 'signed_out', reason: 'signed_out' });
    expect(await session.currentAccessToken()).toBeUndefined();
  });
});
