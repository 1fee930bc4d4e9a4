/**
 * The app's API clients, each reaching its service through the gateway with the session's current
 * access token, and their TanStack Query hooks (openapi-react-query over the generated clients).
 */
import createQueryClient from 'openapi-react-query';
import { createContext, useContext } from 'react';
import { createEventsClient, createLiveEventClient, type EventsClient, type EventsPaths, type LiveEventClient } from './sdk.js';
import { serviceBaseUrl } from './gateway.js';
import type { AuthSession } from '../auth/session.js';

export interface ApiClients {
  events: EventsClient;
  liveEvent: LiveEventClient;
  eventsQuery: ReturnType<typeof createQueryClient<EventsPaths>>;
}


export function createApiClients(session: AuthSession): ApiClients {
  const accessToken = () => session.currentAccessToken();
  const events = createEventsClient({ baseUrl: serviceBaseUrl('events'), accessToken });
  const liveEvent = createLiveEventClient({ baseUrl: serviceBaseUrl('live-event'), accessToken });
  return { events, liveEvent, eventsQuery: createQueryClient(events.http) };
}

export const ApiContext = createContext<ApiClients | undefined>(undefined);

export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi needs an ApiContext provider');
  return clients;
}
