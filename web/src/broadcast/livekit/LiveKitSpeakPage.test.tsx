import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConnectionState, DisconnectReason, Track } from 'livekit-client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../api/clients.js';
import { I18nProvider, type UiLanguage } from '../../i18n/i18n.js';
import { demoEvent, fakeApiClients, fakeFetch, json, on } from '../../test/fake-api.js';
import { stubLayout } from '../../test/layout.js';
import LiveKitSpeakPage from './LiveKitSpeakPage.js';
import { captionAttributes, fakeLiveKit } from './test-support.js';

const speakerAccess = {
  room_name: 'event-e1-channel-c1',
  event_id: 'e1',
  channel_id: 'c1',
  room_created: true,
  livekit_url: 'wss://livekit.test',
  livekit_token: 'speaker-token',
  identity: 'speaker-s1',
  expires_at: '2026-11-28T22:55:00Z',
  track_name: 'original',
  grants: {
    can_publish: true,
    can_subscribe: true,
    can_publish_data: true,
    can_publish_sources: ['microphone'],
    hidden: false,
    agent: false,
  },
};
const agent = (agent_type: string, identity: string, languages: string[], status: string) => ({
  agent_type,
  identity,
  languages,
  status,
  joined_at: null,
  restarts: 0,
  last_error: null,
});
function agentSession(status: string, agentStatus: string) {
  return {
    session_id: 'ls1',
    event_id: 'e1',
    channel_id: 'c1',
    room_name: 'event-e1-channel-c1',
    status,
    started_at: '2026-11-28T17:00:00Z',
    ended_at: null,
    end_reason: null,
    started_by: 's1',
    stopped_by: null,
    source_language: 'en',
    target_languages: ['es', 'fr'],
    agents: [
      agent('asr', 'agent-asr', ['en'], agentStatus),
      agent('mt', 'agent-mt', ['es', 'fr'], agentStatus),
      agent('tts', 'agent-tts-es', ['es'], agentStatus),
    ],
    counters: { audio_seconds: 0, segments_transcribed: 0, segments_translated: {}, last_activity_at: null },
    record_saved_at: null,
  };
}

function renderSpeakPage(
  language: UiLanguage,
  options: { roomStatus?: number; startProblem?: Record<string, unknown> & { status: number }; microphone?: () => Promise<unknown> } = {},
) {
  const livekit = fakeLiveKit({ microphone: options.microphone });
  const api = fakeFetch(
    on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
    on('POST', /\/api\/livekit\/v2\/rooms\/create-or-join$/, () =>
      options.roomStatus
        ? json(options.roomStatus, { type: 'about:blank', title: 'Refused', status: options.roomStatus })
        : json(200, speakerAccess),
    ),
    on('POST', /\/api\/live\/v1\/sessions\/start$/, () =>
      options.startProblem
        ? json(options.startProblem.status, { type: 'about:blank', title: 'Refused', ...options.startProblem })
        : json(201, agentSession('starting', 'starting')),
    ),
    on('GET', /\/api\/live\/v1\/sessions\/ls1$/, () => json(200, agentSession('active', 'running'))),
    on('POST', /\/api\/live\/v1\/sessions\/stop$/, () => json(200, { ...agentSession('ended', 'stopped'), end_reason: 'stopped' })),
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiContext.Provider value={fakeApiClients(api.fetch)}>
        <MemoryRouter initialEntries={[`/${language}/speak/e1/c1`]}>
          <I18nProvider language={language}>
            <Routes>
              <Route path=":lang/speak/:eventId/:channelId" element={<LiveKitSpeakPage livekit={livekit.client} sessionPollMs={20} />} />
            </Routes>
          </I18nProvider>
        </MemoryRouter>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
  return { ...livekit, requests: api.requests };
}

const paths = (requests: Request[]) => requests.map((request) => `${request.method} ${new URL(request.url).pathname}`);

describe('the LiveKit speaker view', () => {
  beforeEach(() => {
    const undoLayout = stubLayout();
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { enumerateDevices: vi.fn().mockResolvedValue([]) } });
    return undoLayout;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('joins the room, publishes the microphone as `original`, then starts the agents and shows how they are doing', async () => {
    const { rooms, requests, microphone } = renderSpeakPage('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect(await screen.findByText('Transcription (English):')).toBeTruthy();
    const room = rooms[0]!;
    expect(room.connectedWith).toMatchObject({ url: 'wss://livekit.test', token: 'speaker-token' });
    expect(room.published).toEqual([{ track: microphone, options: { name: 'original', source: Track.Source.Microphone } }]);
    const order = paths(requests).filter((path) => !path.includes('/events/'));
    expect(order.slice(0, 2)).toEqual(['POST /api/livekit/v2/rooms/create-or-join', 'POST /api/live/v1/sessions/start']);
    expect(
      await requests
        .find((request) => request.url.endsWith('/sessions/start'))!
        .clone()
        .json(),
    ).toEqual({ event_id: 'e1', channel_id: 'c1' });
    // The session is read again while it runs: the agents move from starting to running.
    await waitFor(() => expect(screen.getByTestId('session-status').textContent).toBe('running'));
    expect(screen.getAllByText('running').length).toBeGreaterThan(1);
    // The room connected before the view subscribed to its events: the view still says so.
    expect(await screen.findByText('Connected')).toBeTruthy();
  });

  it('mutes and unmutes the microphone track', async () => {
    const { microphone } = renderSpeakPage('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mute' }));
    expect(microphone.muted).toBe(true);
    expect(screen.getByText('Your microphone is muted: nobody hears you.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Unmute' }));
    expect(microphone.muted).toBe(false);
  });

  it('shows its own words from the agent’s source captions, not the translations', async () => {
    const { rooms } = renderSpeakPage('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'Mute' });
    const room = rooms[0]!;
    await act(() => room.sendText(captionAttributes('en', 'g1', false), 'good morn'));
    expect(screen.getByText('good morn').dataset.caption).toBe('partial');
    await act(() => room.sendText(captionAttributes('es', 'g1', true), 'buenos días a todos'));
    await act(() => room.sendText(captionAttributes('en', 'g1', true), 'good morning everybody'));
    expect(screen.getByText('good morning everybody').dataset.caption).toBe('final');
    expect(screen.queryByText('good morn')).toBeNull();
    expect(screen.queryByText('buenos días a todos')).toBeNull();
  });

  it('ending stops the session, leaves the room and releases the microphone', async () => {
    const { rooms, requests, microphone } = renderSpeakPage('es');
    await userEvent.click(await screen.findByRole('button', { name: 'Empezar' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Terminar la charla' }));
    expect(await screen.findByText('Tu charla ha terminado.')).toBeTruthy();
    expect(
      await requests
        .find((request) => request.url.endsWith('/sessions/stop'))!
        .clone()
        .json(),
    ).toEqual({ event_id: 'e1', session_id: 'ls1' });
    expect(rooms[0]!.state).toBe('disconnected');
    expect(microphone.stopped).toBe(true);
    expect(screen.getByTestId('session-status').textContent).toBe('terminada');
  });

  it.each([
    [403, 'You are not a speaker of this channel.'],
    [409, 'This event is not open: it has not been made ready yet, or it has ended.'],
    [503, 'The audio server (LiveKit) is unavailable. Try again in a moment.'],
  ])('says why the room was refused (%i) and joins nothing', async (status, sentence) => {
    const { rooms } = renderSpeakPage('en', { roomStatus: status });
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
    expect(rooms).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it.each([
    [
      { status: 502, type: 'https://ilenia.dev/problems/upstream', upstream: 'livekit_provider' },
      'A service Ilenia needs is unavailable. Try again in a moment.',
    ],
    [
      { status: 502, type: 'https://ilenia.dev/problems/upstream', upstream: 'asr' },
      'A speech engine (recognition, translation or voice) is not answering. Try again in a moment.',
    ],
    [
      { status: 409, type: 'https://ilenia.dev/problems/session-stopping' },
      'The previous talk on this channel is still closing. Try again in a few seconds.',
    ],
    [
      { status: 422, type: 'https://ilenia.dev/problems/language-not-supported', engine: 'tts', language: 'eu' },
      'A language of this channel cannot be transcribed, translated or voiced right now.',
    ],
  ])('says why the agents could not be started (%o), and leaves the room it had joined', async (problem, sentence) => {
    const { rooms, microphone } = renderSpeakPage('en', { startProblem: problem });
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
    expect(rooms[0]!.state).toBe('disconnected');
    expect(microphone.stopped).toBe(true);
  });

  it('says, in the speaker’s language, that the browser may not use the microphone', async () => {
    const denied = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    const { rooms } = renderSpeakPage('es', { microphone: () => Promise.reject(denied) });
    await userEvent.click(await screen.findByRole('button', { name: 'Empezar' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'El navegador no tiene permiso para usar el micrófono. Permítelo en la barra de direcciones y vuelve a intentarlo.',
    );
    expect(rooms[0]!.published).toEqual([]);
    expect(rooms[0]!.state).toBe('disconnected');
  });

  it('shows LiveKit reconnecting while it restores the connection, and keeps publishing after it', async () => {
    const { rooms } = renderSpeakPage('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'Mute' });
    act(() => rooms[0]!.setState(ConnectionState.Reconnecting));
    expect(screen.getByText('Connection lost, reconnecting…')).toBeTruthy();
    act(() => rooms[0]!.setState(ConnectionState.Connected));
    expect(screen.getByText('Connected')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End the talk' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when another tab took the speaker’s place in the room', async () => {
    const { rooms } = renderSpeakPage('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await screen.findByRole('button', { name: 'Mute' });
    act(() => rooms[0]!.lose(DisconnectReason.DUPLICATE_IDENTITY));
    expect((await screen.findByRole('alert')).textContent).toBe('You opened this page in another tab or device; it continues there.');
    expect(await screen.findByRole('button', { name: 'Start' })).toBeTruthy();
  });
});
