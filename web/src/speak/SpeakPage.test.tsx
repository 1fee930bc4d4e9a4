import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../api/clients.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubLayout } from '../test/layout.js';
import { demoEvent, fakeApiClients, fakeFetch, json, on } from '../test/fake-api.js';
import SpeakPage from './SpeakPage.js';
import type { SpeakerSocketLike } from './speaker-connection.js';

const speakerTicket = {
  ticket: 'tkt',
  expires_at: '2026-11-28T17:05:30Z',
  expires_in: 30,
  websocket_url: 'ws://localhost:8082/v1/ws/speaker',
  role: 'speaker',
  event_id: 'e1',
  channel_id: 'c1',
  languages: ['en'],
};

class FakeSpeakerSocket implements SpeakerSocketLike {
  onopen: SpeakerSocketLike['onopen'] = null;
  onmessage: SpeakerSocketLike['onmessage'] = null;
  onclose: SpeakerSocketLike['onclose'] = null;
  onerror: SpeakerSocketLike['onerror'] = null;
  readonly sent: unknown[] = [];
  send(data: string | ArrayBuffer) {
    this.sent.push(data);
  }
  close() {}
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function renderSpeakPage(language: 'en' | 'es') {
  const { fetch } = fakeFetch(
    on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
    on('POST', /\/api\/live-event\/v1\/tickets\/speaker$/, () => json(201, speakerTicket)),
  );
  let opened: (socket: FakeSpeakerSocket) => void = () => undefined;
  const socket = new Promise<FakeSpeakerSocket>((resolve) => (opened = resolve));
  const openSocket = () => {
    const created = new FakeSpeakerSocket();
    queueMicrotask(() => opened(created));
    return created;
  };
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiContext.Provider value={fakeApiClients(fetch)}>
        <MemoryRouter initialEntries={[`/${language}/speak/e1/c1`]}>
          <I18nProvider language={language}>
            <Routes>
              <Route path=":lang/speak/:eventId/:channelId" element={<SpeakPage openSocket={openSocket} />} />
            </Routes>
          </I18nProvider>
        </MemoryRouter>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
  return { socket };
}

describe('the speaker view', () => {
  beforeEach(() => stubLayout());
  afterEach(() => vi.unstubAllGlobals());

  it('says, in the speaker’s language, that the browser may not use the microphone, and ends the session it had started', async () => {
    const denied = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    vi.stubGlobal('navigator', {
      ...navigator,
      mediaDevices: { getUserMedia: vi.fn().mockRejectedValue(denied), enumerateDevices: vi.fn().mockResolvedValue([]) },
    });
    const { socket } = renderSpeakPage('es');
    await userEvent.click(await screen.findByRole('button', { name: 'Empezar' }));
    const speaker = await socket;
    act(() => {
      speaker.onopen?.({});
      speaker.receive({
        type: 'session_started',
        session_id: 's1',
        event_id: 'e1',
        channel_id: 'c1',
        source_language: 'en',
        resume_token: 'r1',
        resume_grace_seconds: 30,
        resumed: false,
        last_sequence: null,
        media_offset_ms: 0,
      });
      speaker.receive({
        type: 'audio_accepted',
        format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 },
        max_frame_bytes: 6400,
      });
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'El navegador no tiene permiso para usar el micrófono. Permítelo en la barra de direcciones y vuelve a intentarlo.',
    );
    expect(speaker.sent.map((data) => (JSON.parse(String(data)) as { type: string }).type)).toEqual(['audio_config', 'end_session']);
  });

  it('shows its own words: the partial greyed, then the final solid', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      mediaDevices: {
        getUserMedia: vi.fn().mockRejectedValue(new Error('no audio in tests')),
        enumerateDevices: vi.fn().mockResolvedValue([]),
      },
    });
    const { socket } = renderSpeakPage('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    const speaker = await socket;
    const common = {
      session_id: 's1',
      segment_id: 'g1',
      language: 'en',
      start_ms: 0,
      end_ms: 900,
      timings: { recognition_ms: 300, emitted_at: '2026-11-28T17:05:30Z' },
    };
    act(() => speaker.receive({ ...common, type: 'transcript_partial', revision: 1, text: 'good morn' }));
    expect(screen.getByText('good morn').dataset.caption).toBe('partial');
    act(() => speaker.receive({ ...common, type: 'transcript_final', sequence: 1, text: 'good morning everybody' }));
    expect(screen.getByText('good morning everybody').dataset.caption).toBe('final');
    expect(screen.queryByText('good morn')).toBeNull();
  });

  it('says while the transcript store is down that subtitles are delayed, and stops saying it once it is back', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      mediaDevices: {
        getUserMedia: vi.fn().mockRejectedValue(new Error('no audio in tests')),
        enumerateDevices: vi.fn().mockResolvedValue([]),
      },
    });
    const { socket } = renderSpeakPage('es');
    await userEvent.click(await screen.findByRole('button', { name: 'Empezar' }));
    const speaker = await socket;
    const delayed =
      'Los subtítulos van con retraso: el almacén de transcripciones no está disponible. Se guardan y se envían cuando vuelva.';
    act(() =>
      speaker.receive({
        type: 'service_warning',
        dependency: 'database',
        state: 'unavailable',
        pending_finals: 1,
        message: 'the database is unavailable',
      }),
    );
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(`· ${delayed}`);
    act(() =>
      speaker.receive({
        type: 'service_warning',
        dependency: 'database',
        state: 'recovered',
        pending_finals: 0,
        message: 'the database is available again',
      }),
    );
    expect(screen.queryByText(`· ${delayed}`)).toBeNull();
  });
});
