import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../api/clients.js';
import { I18nProvider, type UiLanguage } from '../i18n/i18n.js';
import { stubLayout } from '../test/layout.js';
import { demoEvent, fakeApiClients, fakeFetch, json, listenerTicket, on } from '../test/fake-api.js';
import ListenPage from './ListenPage.js';
import { FakeSocket, subscribedMessage } from './test-support.js';

function renderListenPage(language: UiLanguage = 'en', options: { ticketStatus?: number } = {}) {
  const sockets: FakeSocket[] = [];
  let socketOpened: ((socket: FakeSocket) => void) | undefined;
  const { fetch } = fakeFetch(
    on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
    on('POST', /\/api\/live-event\/v1\/tickets\/listener$/, () =>
      options.ticketStatus
        ? json(options.ticketStatus, { type: 'about:blank', title: 'Refused', status: options.ticketStatus })
        : json(201, listenerTicket),
    ),
  );
  const firstSocket = new Promise<FakeSocket>((resolve) => (socketOpened = resolve));
  const openSocket = (url: string) => {
    const socket = new FakeSocket(url);
    sockets.push(socket);
    socketOpened?.(socket);
    return socket;
  };
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiContext.Provider value={fakeApiClients(fetch)}>
        <MemoryRouter initialEntries={[`/${language}/listen/e1`]}>
          <I18nProvider language={language}>
            <Routes>
              <Route path=":lang/listen/:eventId" element={<ListenPage openSocket={openSocket} />} />
            </Routes>
          </I18nProvider>
        </MemoryRouter>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
  return { sockets, firstSocket };
}

const timings = { recognition_ms: 100, translation_ms: 20, emitted_at: '2026-11-28T17:05:30Z' };
const subtitle = { event_id: 'e1', channel_id: 'c1', session_id: 's', is_source: false, start_ms: 0, end_ms: 1000, timings };

async function connected(language: UiLanguage = 'en', captionLanguage = 'en') {
  const page = renderListenPage(language);
  const socket = await page.firstSocket;
  act(() => {
    socket.open();
    socket.receive(subscribedMessage([captionLanguage]));
  });
  return { ...page, socket };
}

describe('the listener view', () => {
  beforeEach(() => stubLayout());

  it('opens the WebSocket through the gateway on the page origin and subscribes in the interface language', async () => {
    const { socket } = await connected('es', 'es');
    expect(socket.url).toBe('ws://localhost:5173/api/live-event/v1/ws/listener?ticket=tkt');
    expect(socket.sent[0]).toMatchObject({
      type: 'subscribe',
      channel_id: 'c1',
      languages: ['es'],
      include_partials: true,
      resume_from: 0,
    });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Conectado');
  });

  it('shows a partial in place, then the final that replaces it', async () => {
    const { socket } = await connected();
    act(() =>
      socket.receive({
        ...subtitle,
        type: 'subtitle_partial',
        segment_id: 'g1',
        revision: 1,
        language: 'en',
        is_source: true,
        text: 'good morn',
      }),
    );
    expect(screen.getByText('good morn').dataset.caption).toBe('partial');
    act(() =>
      socket.receive({
        ...subtitle,
        type: 'subtitle_final',
        segment_id: 'g1',
        sequence: 1,
        language: 'en',
        is_source: true,
        text: 'Good morning everybody.',
        replayed: false,
      }),
    );
    expect(screen.queryByText('good morn')).toBeNull();
    expect(screen.getByText('Good morning everybody.').dataset.caption).toBe('final');
  });

  it('switches the language on the open connection, without reconnecting', async () => {
    const { socket, sockets } = await connected();
    await userEvent.selectOptions(screen.getByLabelText('Caption language'), 'fr');
    expect(socket.sent.at(-1)).toEqual({ type: 'set_languages', languages: ['fr'] });
    expect(sockets).toHaveLength(1);
    expect(screen.getByLabelText<HTMLSelectElement>('Caption language').value).toBe('fr');
  });

  it('keeps a two-hour talk (5,000 finals) to a window of rows in the page', async () => {
    const { socket } = await connected();
    act(() => {
      for (let sequence = 1; sequence <= 5_000; sequence += 1) {
        socket.receive({
          ...subtitle,
          type: 'subtitle_final',
          segment_id: `g${sequence}`,
          sequence,
          language: 'en',
          is_source: true,
          text: `Sentence number ${sequence}.`,
          replayed: false,
        });
      }
    });
    const rows = document.querySelectorAll('[data-caption="final"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    // It follows the live end: the latest final is among the rows shown.
    expect(await screen.findByText('Sentence number 5000.')).toBeTruthy();
    expect(document.querySelectorAll('[data-caption="final"]').length).toBeLessThan(100);
  });

  it('keeps following the live end when finals arrive one by one, with no partial in between', async () => {
    const { socket } = await connected();
    for (let sequence = 1; sequence <= 60; sequence += 1) {
      act(() =>
        socket.receive({
          ...subtitle,
          type: 'subtitle_final',
          segment_id: `g${sequence}`,
          sequence,
          language: 'en',
          is_source: true,
          text: `Sentence number ${sequence}.`,
          replayed: false,
        }),
      );
    }
    expect(await screen.findByText('Sentence number 60.')).toBeTruthy();
    expect(screen.queryByText('Sentence number 1.')).toBeNull();
  });

  it('stops following when the reader scrolls up, and "Back to live" returns to the latest caption', async () => {
    const { socket } = await connected();
    act(() => {
      for (let sequence = 1; sequence <= 200; sequence += 1) {
        socket.receive({
          ...subtitle,
          type: 'subtitle_final',
          segment_id: `g${sequence}`,
          sequence,
          language: 'en',
          is_source: true,
          text: `Sentence number ${sequence}.`,
          replayed: false,
        });
      }
    });
    await screen.findByText('Sentence number 200.');
    const log = screen.getByRole('log');
    act(() => {
      log.dispatchEvent(new WheelEvent('wheel', { deltaY: -600, bubbles: true }));
      log.scrollTop = 0;
      log.dispatchEvent(new Event('scroll'));
    });
    act(() =>
      socket.receive({
        ...subtitle,
        type: 'subtitle_final',
        segment_id: 'g201',
        sequence: 201,
        language: 'en',
        is_source: true,
        text: 'Sentence number 201.',
        replayed: false,
      }),
    );
    expect(await screen.findByText('Sentence number 1.')).toBeTruthy();
    expect(screen.queryByText('Sentence number 201.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Back to live/ }));
    expect(await screen.findByText('Sentence number 201.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Back to live/ })).toBeNull();
  });

  it('keeps following when the list scrolls by itself (rows measured, no reader input)', async () => {
    const { socket } = await connected();
    act(() => {
      for (let sequence = 1; sequence <= 200; sequence += 1) {
        socket.receive({
          ...subtitle,
          type: 'subtitle_final',
          segment_id: `g${sequence}`,
          sequence,
          language: 'en',
          is_source: true,
          text: `Sentence number ${sequence}.`,
          replayed: false,
        });
      }
    });
    await screen.findByText('Sentence number 200.');
    const log = screen.getByRole('log');
    act(() => {
      log.scrollTop = 0;
      log.dispatchEvent(new Event('scroll'));
    });
    act(() =>
      socket.receive({
        ...subtitle,
        type: 'subtitle_final',
        segment_id: 'g201',
        sequence: 201,
        language: 'en',
        is_source: true,
        text: 'Sentence number 201.',
        replayed: false,
      }),
    );
    expect(await screen.findByText('Sentence number 201.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Back to live/ })).toBeNull();
  });

  it('tells a listener who is no longer assigned, in their language, and does not reconnect', async () => {
    const { socket, sockets } = await connected('es', 'es');
    act(() => socket.drop(4003));
    expect(await screen.findByTestId('listener-notice')).toHaveProperty('textContent', 'No estás (o ya no estás) asignado a este evento.');
    expect(sockets).toHaveLength(1);
  });

  it('tells a listener of an event that is not open yet, without connecting', async () => {
    renderListenPage('en', { ticketStatus: 409 });
    expect(await screen.findByTestId('listener-notice')).toHaveProperty(
      'textContent',
      'This event is not open for listening: it is not ready or live.',
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Disconnected'));
  });
});
