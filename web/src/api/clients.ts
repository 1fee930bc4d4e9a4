/**
 * The app's API clients, each reaching its service through the gateway with the session's current
 * access token, and their TanStack Query hooks (openapi-react-query over the generated clients).
 */
import type { Middleware } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import { createContext, useContext } from 'react';
import {
  createAuthClient,
  createEventsClient,
  createLiveEventClient,
  createLiveServiceClient,
  createLivekitProviderClient,
  type AuthClient,
  type EventsClient,
  type EventsPaths,
  type LiveEventClient,
  type LiveServiceClient,
  type LivekitProviderClient,
} from './sdk.js';
import { serviceBaseUrl } from './gateway.js';
import type { AuthSession } from '../auth/session.js';

export interface ApiClients {
  /** The auth API with the session's token (the people directory); sign-in itself is the session's. */
  auth: AuthClient;
  events: EventsClient;
  liveEvent: LiveEventClient;
  /** LiveKit mode: room access for speakers and listeners. */
  livekitProvider: LivekitProviderClient;
  /** LiveKit mode: the channel's agents (start, stop, status). */
  liveService: LiveServiceClient;
  eventsQuery: ReturnType<typeof createQueryClient<EventsPaths>>;
}

/**
 * A 401 to a request that carried a token means the session is over on the server (signed out
 * elsewhere, user disabled): a refresh either renews it or signs the person out, which sends them to
 * login with a sentence saying why.
 */
function refreshOnUnauthorized(session: AuthSession): Middleware {
  return {
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('Authorization')) void session.refresh().catch(() => undefined);
      return undefined;
    },
  };
}

export function createApiClients(session: AuthSession): ApiClients {
  const accessToken = () => session.currentAccessToken();
  const events = createEventsClient({ baseUrl: serviceBaseUrl('events'), accessToken });
  const liveEvent = createLiveEventClient({ baseUrl: serviceBaseUrl('live-event'), accessToken });
  const auth = createAuthClient({ baseUrl: serviceBaseUrl('auth'), accessToken });
  const livekitProvider = createLivekitProviderClient({ baseUrl: serviceBaseUrl('livekit-provider'), accessToken });
  const liveService = createLiveServiceClient({ baseUrl: serviceBaseUrl('live-service'), accessToken });
  for (const client of [events, liveEvent, auth, livekitProvider, liveService]) client.http.use(refreshOnUnauthorized(session));
  return { auth, events, liveEvent, livekitProvider, liveService, eventsQuery: createQueryClient(events.http) };
}

export const ApiContext = createContext<ApiClients | undefined>(undefined);

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi needs an ApiContext provider');
  return clients;
}
