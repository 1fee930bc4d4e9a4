/**
 * The livekit-provider's `POST /v2/agents/token` as its spec answers it (one agent participant per
 * channel, `agent-translator`), with a switch to refuse, for the live service's start and pick-up.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';

export interface FakeLivekitProviderState {
  /** Bodies of the token requests, in order. */
  requests: Record<string, unknown>[];
  /** Answer 503 Problems instead of tokens. */
  refusing: boolean;
  /** Drop every connection unanswered, as a provider that is down or gone does. */
  unreachable: boolean;
}

export async function startFakeLivekitProvider() {
  const state: FakeLivekitProviderState = { requests: [], refusing: false, unreachable: false };
  const app = express();
  app.post('/v2/agents/token', express.json(), (request, response) => {
    if (state.unreachable) {
      request.socket.destroy();
      return;
    }
    if (!/^Bearer .+/.test(request.headers.authorization ?? '')) {
      response
        .status(401)
        .type('application/problem+json')
        .json({ type: 'https://ilenia.dev/problems/unauthorized', title: 'Authentication required', status: 401, detail: 'No token.' });
      return;
    }
    const body = request.body as { event_id: string; channel_id: string };
    state.requests.push(body);
    if (state.refusing) {
      response.status(503).type('application/problem+json').json({
        type: 'https://ilenia.dev/problems/livekit-unavailable',
        title: 'LiveKit unavailable',
        status: 503,
        detail: 'The LiveKit server did not answer.',
      });
      return;
    }
    const tokenNumber = state.requests.length;
    response.setHeader('Cache-Control', 'no-store');
    response.json({
      room_name: `event-${body.event_id}-channel-${body.channel_id}`,
      event_id: body.event_id,
      channel_id: body.channel_id,
      agent_type: 'translator',
      livekit_url: 'ws://livekit.test:7880',
      livekit_token: `agent-token-${tokenNumber}`,
      identity: 'agent-translator',
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      grants: {
        can_publish: true,
        can_subscribe: true,
        can_publish_data: true,
        can_publish_sources: ['microphone'],
        hidden: true,
        agent: true,
      },
    });
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

export type FakeLivekitProvider = Awaited<ReturnType<typeof startFakeLivekitProvider>>;
