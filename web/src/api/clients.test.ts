import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthSession } from '../auth/session.js';
import { fakeFetch, json, on } from '../test/fake-api.js';
import { createApiClients } from './clients.js';
import { createAuthClient } from './sdk.js';

const user = { id: 'u1', email: 'listener1@ilenia.dev', display_name: 'Lena Listener', status: 'active', roles: [], permissions: [] };

describe('the API clients', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reach each service under /api/<service> with the token, and a 401 ends a session the server no longer knows', async () => {
    const auth = fakeFetch(
      on('POST', /\/v2\/auth\/login$/, () =>
        json(200, { access_token: 'token-1', token_type: 'Bearer', expires_in: 900, refresh_expires_in: 3600, user }),
      ),
      on('POST', /\/v2\/auth\/refresh$/, () =>
        json(401, { type: 'https://ilenia.dev/problems/unauthorized', title: 'Authentication required', status: 401 }),
      ),
    );
    const session = new AuthSession({
      client: createAuthClient({ baseUrl: 'http://localhost:5173/api/auth', fetch: auth.fetch }),
      locks: undefined,
    });
    await session.signIn('listener1@ilenia.dev', 'ilenia-demo-2026');
    const services = fakeFetch(
      on('GET', /^\/api\/events\/v1\/events$/, () =>
        json(401, { type: 'https://ilenia.dev/problems/unauthorized', title: 'Authentication required', status: 401 }),
      ),
    );
    vi.stubGlobal('fetch', services.fetch);
    const signedOut = new Promise<void>((resolve) => session.subscribe(() => session.getState().status === 'signed_out' && resolve()));

    await createApiClients(session).events.listEvents();

    expect(services.requests[0]!.headers.get('Authorization')).toBe('Bearer token-1');
    await signedOut;
    expect(session.getState()).toEqual({ status: 'signed_out', reason: 'expired' });
  });
});
