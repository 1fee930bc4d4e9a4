/** Renders a manager panel (live status, sessions) the way the manager page will: query client, API clients, interface language. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiContext } from '../../api/clients.js';
import { I18nProvider, type UiLanguage } from '../../i18n/i18n.js';
import { fakeApiClients, fakeFetch, type Route } from '../../test/fake-api.js';

export function renderPanel(panel: ReactNode, routes: Route[], language: UiLanguage = 'en') {
  const { fetch, requests } = fakeFetch(...routes);
  const view = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiContext.Provider value={fakeApiClients(fetch)}>
        <I18nProvider language={language}>{panel}</I18nProvider>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
  return { ...view, requests };
}

export const liveStatusExample = {
  event_id: 'e1',
  observed_at: '2026-11-28T17:21:04Z',
  listeners: 42,
  channels: [
    {
      channel_id: 'c1',
      session: { id: 's1', state: 'live', speaker_id: 's1-user-0000', started_at: '2026-11-28T17:00:03Z' },
      listeners: 40,
      languages: [
        { language: 'en', listeners: 12 },
        { language: 'es', listeners: 25 },
        { language: 'fr', listeners: 4 },
      ],
      finals: [
        {
          session_id: 's1',
          sequence: 118,
          emitted_at: '2026-11-28T17:21:01.250Z',
          recognition_ms: 420,
          languages: [
            { language: 'en', is_source: true, translation_ms: null, delivery_ms: 2 },
            { language: 'es', is_source: false, translation_ms: 85, delivery_ms: 3 },
            { language: 'fr', is_source: false, translation_ms: 97, delivery_ms: 2 },
          ],
        },
        {
          session_id: 's1',
          sequence: 117,
          emitted_at: '2026-11-28T17:20:57.800Z',
          recognition_ms: 388,
          languages: [
            { language: 'en', is_source: true, translation_ms: null, delivery_ms: 2 },
            { language: 'es', is_source: false, translation_ms: 79, delivery_ms: 5 },
            { language: 'fr', is_source: false, translation_ms: 91, delivery_ms: null },
          ],
        },
        {
          session_id: 's1',
          sequence: 116,
          emitted_at: '2026-11-28T17:20:53.100Z',
          recognition_ms: 512,
          languages: [
            { language: 'en', is_source: true, translation_ms: null, delivery_ms: 4 },
            { language: 'es', is_source: false, translation_ms: 101, delivery_ms: 4 },
            { language: 'fr', is_source: false, translation_ms: 120, delivery_ms: 6 },
          ],
        },
      ],
    },
  ],
};
