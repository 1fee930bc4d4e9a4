/**
 * A fake events service and people directory for the manager view's tests: one event kept in memory
 * with its version, the events spec's If-Match and status rules, and the requests it received.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ApiContext } from '../api/clients.js';
import { createAuthClient, type CurrentUser, type Event } from '../api/sdk.js';
import { AuthProvider } from '../auth/AuthProvider.js';
import { AuthSession } from '../auth/session.js';
import { I18nProvider, type UiLanguage } from '../i18n/i18n.js';
import { fakeApiClients, json } from '../test/fake-api.js';
import ManagePage from './ManagePage.js';

export const people = [
  { id: '00000000-0000-4000-8000-000000000003', display_name: 'Sam Speaker', email: 'speaker1@ilenia.dev' },
  { id: '00000000-0000-4000-8000-000000000004', display_name: 'Sofía Speaker', email: 'speaker2@ilenia.dev' },
  { id: '00000000-0000-4000-8000-000000000005', display_name: 'Lena Listener', email: 'listener1@ilenia.dev' },
];

export const manager: CurrentUser = {
  id: 'm1',
  email: 'manager@ilenia.dev',
  display_name: 'María Manager',
  status: 'active',
  roles: [{ id: 'r2', name: 'manager' }],
  permissions: ['events:read', 'events:write', 'people:search'],
} as CurrentUser;

export function draftEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: 'e1',
    title: 'Open Science Summit',
    description: null,
    starts_at: '2026-11-28T18:00:00+01:00',
    ends_at: '2026-11-28T19:30:00+01:00',
    timezone: 'Europe/Madrid',
    organiser_id: 'm1',
    status: 'draft',
    template_id: null,
    channels: [],
    version: 3,
    created_at: '2026-10-02T09:14:22Z',
    updated_at: '2026-10-02T09:14:22Z',
    ...overrides,
  };
}

const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: 'about:blank', title, status, ...extra });

export interface Recorded {
  method: string;
  path: string;
  search: string;
  ifMatch: string | null;
  body: unknown;
}

/** The fake services; `server.event` is the server's version, which a test may change behind the page's back. */
export function fakeServices(initial: Event | undefined, user: CurrentUser = manager) {
  const server = { event: initial, listeners: [] as string[], requests: [] as Recorded[], nextCreate: undefined as Response | undefined };
  const bump = (event: Event) => ({ ...event, version: event.version + 1 });
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const method = request.method;
    const body: unknown =
      request.method === 'GET' || request.method === 'DELETE'
        ? undefined
        : await request
            .clone()
            .json()
            .catch(() => undefined);
    server.requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      ifMatch: request.headers.get('If-Match'),
      body,
    });
    const path = url.pathname.replace(/^\/api\/(events|auth)/, '');
    if (method === 'POST' && path === '/v2/auth/refresh')
      return json(200, { access_token: 'token', token_type: 'Bearer', expires_in: 900, refresh_expires_in: 3600, user });
    if (path === '/v2/people') {
      const q = url.searchParams.get('q')?.toLowerCase();
      const ids = url.searchParams.getAll('id');
      const items = people.filter(
        (person) =>
          (!q || `${person.display_name} ${person.email}`.toLowerCase().includes(q)) && (ids.length === 0 || ids.includes(person.id)),
      );
      return json(200, { items, total: items.length, limit: 50, offset: 0 });
    }
    if (method === 'POST' && path === '/v1/events') {
      if (server.nextCreate) return server.nextCreate;
      const created = draftEvent({ id: 'e-new', version: 1, ...(body as object) });
      server.event = created;
      return json(201, created, { ETag: '"1"' });
    }
    const event = server.event;
    const match = /^\/v1\/events\/([^/]+)(\/.*)?$/.exec(path);
    if (!match || !event || match[1] !== event.id) return problem(404, 'Not found');
    const rest = match[2] ?? '';
    const stale = () => (request.headers.get('If-Match') !== `"${event.version}"` ? problem(412, 'Precondition failed') : undefined);
    if (method === 'GET' && rest === '') return json(200, event, { ETag: `"${event.version}"` });
    if (method === 'PATCH' && rest === '') {
      const refused = stale();
      if (refused) return refused;
      server.event = bump({ ...event, ...(body as object) });
      return json(200, server.event);
    }
    if (method === 'PUT' && rest === '/status') {
      const refused = stale();
      if (refused) return refused;
      server.event = bump({ ...event, status: (body as { status: Event['status'] }).status });
      return json(200, server.event);
    }
    if (method === 'POST' && rest === '/channels') {
      const refused = stale();
      if (refused) return refused;
      const draft = body as { name: string; source_language: string; target_languages: string[] };
      const channel = {
        id: `c${event.channels.length + 1}`,
        event_id: event.id,
        speakers: [],
        created_at: event.created_at,
        updated_at: event.created_at,
        ...draft,
      };
      server.event = bump({ ...event, channels: [...event.channels, channel] });
      return json(201, channel);
    }
    const speaker = /^\/channels\/([^/]+)\/speakers\/([^/]+)$/.exec(rest);
    if (speaker && (method === 'PUT' || method === 'DELETE')) {
      const [, channelId, userId] = speaker;
      server.event = bump({
        ...event,
        channels: event.channels.map((channel) =>
          channel.id !== channelId
            ? channel
            : { ...channel, speakers: method === 'PUT' ? [...channel.speakers, userId!] : channel.speakers.filter((id) => id !== userId) },
        ),
      });
      return new Response(null, { status: 204 });
    }
    if (method === 'GET' && rest === '/listeners') {
      const items = server.listeners.map((user_id) => ({ user_id, event_id: event.id, assigned_at: event.created_at, assigned_by: 'm1' }));
      return json(200, { items, total: items.length, limit: 200, offset: 0 });
    }
    const listener = /^\/listeners\/([^/]+)$/.exec(rest);
    if (listener && method === 'PUT') {
      server.listeners = [...server.listeners, listener[1]!];
      return new Response(null, { status: 204 });
    }
    if (listener && method === 'DELETE') {
      server.listeners = server.listeners.filter((id) => id !== listener[1]);
      return new Response(null, { status: 204 });
    }
    throw new Error(`unexpected request ${method} ${url.pathname}`);
  };
  return { server, fetch };
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

/** Renders the manager view signed in as the services' user (the session is restored first, as on a reload). */
export async function renderManage(path: string, services: ReturnType<typeof fakeServices>, language: UiLanguage = 'en') {
  const session = new AuthSession({
    client: createAuthClient({ baseUrl: 'http://localhost:5173/api/auth', fetch: services.fetch }),
    locks: undefined,
  });
  await session.refresh();
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuthProvider session={session}>
        <ApiContext.Provider value={fakeApiClients(services.fetch)}>
          <MemoryRouter initialEntries={[path]}>
            <I18nProvider language={language}>
              <Routes>
                <Route path=":lang/manage/new" element={<ManagePage />} />
                <Route
                  path=":lang/manage/:eventId"
                  element={
                    <>
                      <ManagePage />
                      <Where />
                    </>
                  }
                />
                <Route path=":lang/" element={<Where />} />
              </Routes>
            </I18nProvider>
          </MemoryRouter>
        </ApiContext.Provider>
      </AuthProvider>
    </QueryClientProvider>,
  );
}
