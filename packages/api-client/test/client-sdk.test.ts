/** The generated SDK against a running mock service: typed data, typed Problems, bearer injection. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLivekitProviderClient } from '../src/generated/livekit-provider.js';
import {
  createLivekitProviderMockHandlers,
  createLivekitProviderRouter,
  livekitProviderOperations,
} from '@ilenia/generated/openapi/livekit-provider/server';
import { createServiceApp } from '@ilenia/kit';
import { ProblemError, unwrap } from '../src/index.js';
import { createLogger } from '@ilenia/kit';
import { mockBearerAuthenticator } from '@ilenia/kit/openapi';

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const app = createServiceApp({
    logger: createLogger({ service: 'test', level: 'silent' }),
    routers: [
      createLivekitProviderRouter({
        handlers: createLivekitProviderMockHandlers(),
        authenticators: { bearerAuth: mockBearerAuthenticator(livekitProviderOperations) },
      }),
    ],
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('generated client SDK', () => {
  it('sends the access token and returns typed data', async () => {
    let calls = 0;
    const client = createLivekitProviderClient({ baseUrl, accessToken: () => (calls++, 'token-from-memory') });
    const rooms = await unwrap(client.listRooms({ params: { query: { limit: 10 } } }));
    expect(calls).toBe(1);
    expect(rooms.items.length).toBeGreaterThan(0);
    expect(rooms.items[0]!.room_name).toMatch(/^event-/);
  });

  it('gives the Problem of a failed call, typed, and unwrap throws it as a ProblemError', async () => {
    const anonymous = createLivekitProviderClient({ baseUrl });
    const { data, error, response } = await anonymous.listRooms();
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error?.title).toBe('Authentication required');

    const failure = await unwrap(anonymous.listRooms()).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(ProblemError);
    expect((failure as ProblemError).status).toBe(401);
    expect((failure as ProblemError).problem.request_id).toBeTruthy();
  });

  it('sends bodies and path parameters the spec describes', async () => {
    const client = createLivekitProviderClient({ baseUrl, accessToken: 'token' });
    const joined = await unwrap(
      client.createOrJoinRoom({
        body: { event_id: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d', channel_id: 'a1c4e7f0-2b5d-4c8e-9f1a-3b6d9e2c5f8a' },
      }),
    );
    expect(joined.livekit_token).toBeTruthy();
    const invalid = await client.createOrJoinRoom({ body: { event_id: 'nope' } as never });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.errors?.length).toBeGreaterThan(0);
  });
});
