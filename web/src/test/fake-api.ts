/** Fake services for component tests: a fetch that answers by method and path, as the real ones would. */
import createQueryClient from 'openapi-react-query';
import type { ApiClients } from '../api/clients.js';
import {
  createAuthClient,
  createEventsClient,
  createLiveEventClient,
  createLiveServiceClient,
  createLivekitProviderClient,
} from '../api/sdk.js';

export type Route = (request: Request) => Response | Promise<Response> | undefined;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

/** A fetch that tries each route in turn; an unexpected request fails the test loudly. */
export function fakeFetch(...routes: Route[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    for (const route of routes) {
      const answer = await route(request);
      if (answer) return answer;
    }
    throw new Error(`unexpected request ${request.method} ${request.url}`);
  };
  return { fetch, requests };
}

export function on(method: string, path: RegExp, answer: (request: Request) => Response | Promise<Response>): Route {
  return (request) => (request.method === method && path.test(new URL(request.url).pathname) ? answer(request) : undefined);
}

export function fakeApiClients(fetch: (request: Request) => Promise<Response>): ApiClients {
  const events = createEventsClient({ baseUrl: 'http://localhost:5173/api/events', fetch, accessToken: 'token' });
  const liveEvent = createLiveEventClient({ baseUrl: 'http://localhost:5173/api/live-event', fetch, accessToken: 'token' });
  const auth = createAuthClient({ baseUrl: 'http://localhost:5173/api/auth', fetch, accessToken: 'token' });
  const livekitProvider = createLivekitProviderClient({ baseUrl: 'http://localhost:5173/api/livekit', fetch, accessToken: 'token' });
  const liveService = createLiveServiceClient({ baseUrl: 'http://localhost:5173/api/live', fetch, accessToken: 'token' });
  return { auth, events, liveEvent, livekitProvider, liveService, eventsQuery: createQueryClient(events.http) };
}

export const demoEvent = {
  id: 'e1',
  title: 'Open Science Summit',
  description: null,
  starts_at: '2026-11-28T18:00:00+01:00',
  ends_at: '2026-11-28T19:30:00+01:00',
  timezone: 'Europe/Madrid',
  organiser_id: 'm1',
  status: 'live',
  template_id: null,
  channels: [
    {
      id: 'c1',
      event_id: 'e1',
      name: 'Main stage',
      source_language: 'en',
      target_languages: ['es', 'fr'],
      speakers: ['s1'],
      created_at: '2026-10-02T09:14:22Z',
      updated_at: '2026-10-02T09:14:22Z',
    },
  ],
  version: 1,
  created_at: '2026-10-02T09:14:22Z',
  updated_at: '2026-10-02T09:14:22Z',
};

export const listenerTicket = {
  ticket: 'tkt',
  expires_at: '2026-11-28T17:05:30Z',
  expires_in: 30,
  websocket_url: 'ws://localhost:8082/v1/ws/listener',
  role: 'listener',
  event_id: 'e1',
  channel_id: null,
  languages: ['en', 'es', 'fr'],
};
