import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConnectionState, DisconnectReason } from 'livekit-client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../api/clients.js';
import { en } from '../../i18n/en.js';
import { I18nProvider, type UiLanguage } from '../../i18n/i18n.js';
import { demoEvent, fakeApiClients, fakeFetch, json, on } from '../../test/fake-api.js';
import { stubLayout } from '../../test/layout.js';
import LiveKitListenPage from './LiveKitListenPage.js';
import { captionAttributes, fakeLiveKit } from './test-support.js';

const listenerAccess = {
  room_name: 'event-e1-channel-c1',
  event_id: 'e1',
  channel_id: 'c1',
  livekit_url: 'wss://livekit.test',
  livekit_token: 'listener-token',
  identity: 'listener-l1',
  expires_at: '2026-11-28T23:03:00Z',
  source_language: 'en',
  target_languages: ['es', 'fr'],
  grants: { can_publish: false, can_subscribe: true, can_publish_data: false, can_publish_sources: [], hidden: false, agent: false },
  tracks: [],
};

function renderListenPage(language: UiLanguage = 'en', options: { joinStatus?: number; transcriptStatus?: number } = {}) {
  const livekit = fakeLiveKit();
  const api = fakeFetch(
    on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
    on('POST', /\/api\/livekit\/v2\/rooms\/join$/, () =>
      options.joinStatus
        ? json(options.joinStatus, { type: 'about:blank', title: 'Refused', status: options.joinStatus })
        : json(200, listenerAccess),
    ),
    on('GET', /\/api\/live\/v1\/events\/e1\/transcripts\/[a-z]+$/, () =>
      options.transcriptStatus
        ? json(options.transcriptStatus, { type: 'about:blank', title: 'Unavailable', status: options.transcriptStatus })
        : new Response('Hola a todos\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
    ),
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ApiContext.Provider value={fakeApiClients(api.fetch)}>
        <MemoryRouter initialEntries={[`/${language}/listen/e1`]}>
          <I18nProvider language={language}>
            <Routes>
              <Route path=":lang/listen/:eventId" element={<LiveKitListenPage livekit={livekit.client} />} />
            </Routes>
          </I18nProvider>
        </MemoryRouter>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
  return { ...livekit, requests: api.requests };
}

async function connected(language: UiLanguage = 'en') {
  const page = renderListenPage(language);
  // The view makes a room for each channel it shows (none is known while the event loads): the one that joined.
  const room = await waitFor(() => {
    const joined = page.rooms.find((candidate) => candidate.connectedWith);
    if (!joined) throw new Error('no room joined yet');
    return joined;
  });
  return { ...page, room };
}

describe('the LiveKit listener view', () => {
  beforeEach(() => stubLayout());
  afterEach(() => vi.restoreAllMocks());

  it('joins with a listener token for the interface language and subscribes to nothing by itself', async () => {
    const { room, requests } = await connected('es');
    const join = requests.find((request) => request.url.endsWith('/v2/rooms/join'))!;
    expect(await join.json()).toEqual({ event_id: 'e1', channel_id: 'c1', languages: ['es'] });
    expect(room.connectedWith).toEqual({ url: 'wss://livekit.test', token: 'listener-token', options: { autoSubscribe: false } });
    expect(await screen.findByText('Conectado')).toBeTruthy();
    act(() => {
      room.publish('speaker-s1', 'original');
      room.publish('agent-tts-es', 'translation-es');
    });
    expect(room.subscribedTrackNames()).toEqual([]);
  });

  it('plays the chosen language’s translated track after a tap, and switches track with the language', async () => {
    const { room } = await connected('es');
    act(() => {
      room.publish('speaker-s1', 'original');
      room.publish('agent-tts-es', 'translation-es');
    });
    await userEvent.click(screen.getByRole('button', { name: /Toca para escuchar \(español\)/ }));
    expect(room.startAudioCalls).toBe(1);
    expect(room.subscribedTrackNames()).toEqual(['translation-es']);
    expect(document.querySelector('audio[data-track="translation-es"]')).not.toBeNull();
    expect(screen.getByText('Suena el audio en español.')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Idioma de los subtítulos'), 'en');
    expect(room.subscribedTrackNames()).toEqual(['original']);
    expect(document.querySelector('audio[data-track="translation-es"]')).toBeNull();
    expect(document.querySelector('audio[data-track="original"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Parar el audio' }));
    expect(room.subscribedTrackNames()).toEqual([]);
  });

  it('subscribes to the language’s track when it is published after the tap (TrackPublished)', async () => {
    const { room } = await connected('es');
    act(() => void room.publish('speaker-s1', 'original'));
    await userEvent.click(screen.getByRole('button', { name: /Toca para escuchar/ }));
    expect(screen.getByText('El audio en español aún no se emite; empezará solo.')).toBeTruthy();
    act(() => void room.publish('agent-tts-es', 'translation-es'));
    expect(room.subscribedTrackNames()).toEqual(['translation-es']);
    expect(screen.queryByText('El audio en español aún no se emite; empezará solo.')).toBeNull();
  });

  it('shows that language’s captions only: partials growing in place, replaced by the final of the segment', async () => {
    const { room } = await connected('es');
    const partial = room.openText(captionAttributes('es', 'seg-1', false), 'agent-mt');
    await act(() => partial.write('Buenos'));
    expect(screen.getByText('Buenos').dataset.caption).toBe('partial');
    await act(() => partial.write(' días'));
    expect(screen.getByText('Buenos días').dataset.caption).toBe('partial');
    await act(() => partial.close());
    await act(() => room.sendText(captionAttributes('en', 'seg-1', true), 'Good morning everybody.'));
    await act(() => room.sendText(captionAttributes('es', 'seg-1', true), 'Buenos días a todos.'));
    expect(screen.getByText('Buenos días a todos.').dataset.caption).toBe('final');
    expect(screen.queryByText('Buenos días')).toBeNull();
    expect(screen.queryByText('Good morning everybody.')).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Idioma de los subtítulos'), 'en');
    expect(screen.getByText('Good morning everybody.').dataset.caption).toBe('final');
  });

  it('ignores a text stream that does not name its language', async () => {
    const { room } = await connected('en');
    await act(() => room.sendText({ 'lk.segment_id': 's', 'lk.transcription_final': 'true' }, 'Unlabelled words.'));
    expect(screen.queryByText('Unlabelled words.')).toBeNull();
  });

  it('says when the speaker is not in the room, and stops saying it once their track is published', async () => {
    const { room } = await connected('en');
    expect(screen.getByTestId('speaker-absent').textContent).toBe('The speaker is not in the room yet (or has left).');
    act(() => void room.publish('speaker-s1', 'original'));
    expect(screen.queryByTestId('speaker-absent')).toBeNull();
    act(() => room.unpublish('speaker-s1', 'original'));
    expect(screen.getByTestId('speaker-absent')).toBeTruthy();
  });

  it('shows LiveKit reconnecting, then connected again, and a connection lost for good', async () => {
    const { room } = await connected('en');
    act(() => room.setState(ConnectionState.Reconnecting));
    const status = () => within(screen.getByTestId('listener-status')).getByRole('status').textContent;
    expect(status()).toBe('Connection lost, reconnecting…');
    act(() => room.setState(ConnectionState.Connected));
    expect(status()).toBe('Connected');
    act(() => room.lose(DisconnectReason.JOIN_FAILURE));
    expect(status()).toBe('Disconnected');
    expect(screen.getByTestId('listener-notice').textContent).toBe('The connection to the audio server was lost.');
  });

  it('joins again with a new token when asked, after LiveKit gave up reconnecting', async () => {
    const { room, rooms, requests } = await connected('en');
    act(() => room.lose(DisconnectReason.SIGNAL_CLOSE));
    await userEvent.click(screen.getByRole('button', { name: 'Connect again' }));
    await waitFor(() => expect(rooms.at(-1)).not.toBe(room));
    await waitFor(() => expect(rooms.at(-1)!.connectedWith).toBeDefined());
    expect(requests.filter((request) => request.url.endsWith('/v2/rooms/join'))).toHaveLength(2);
    expect(screen.queryByTestId('listener-notice')).toBeNull();
    expect(within(screen.getByTestId('listener-status')).getByRole('status').textContent).toBe('Connected');
  });

  it.each([
    [404, 'You are not assigned to this event, or it does not exist.'],
    [409, 'This event is not open for listening: it is not ready or live.'],
    [503, 'The audio server (LiveKit) is unavailable. Try again in a moment.'],
    [502, 'The audio server (LiveKit) is unavailable. Try again in a moment.'],
  ])('says why the room refused (%i) and connects nowhere', async (status, sentence) => {
    const { rooms } = renderListenPage('en', { joinStatus: status });
    expect((await screen.findByTestId('listener-notice')).textContent).toBe(sentence);
    expect(rooms.filter((room) => room.connectedWith)).toEqual([]);
    expect(within(screen.getByTestId('listener-status')).getByRole('status').textContent).toBe('Disconnected');
  });

  it('downloads the chosen language’s transcript of the event from live-service, and says when it cannot', async () => {
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const user = userEvent.setup();
    const { requests } = renderListenPage('es');
    await user.click(await screen.findByText('Descargar'));
    await user.click(screen.getByRole('button', { name: 'Texto (.txt)' }));
    await waitFor(() => expect(saved).toEqual(['transcript-e1-es.txt']));
    const download = requests.find((request) => request.url.includes('/transcripts/'))!;
    expect(new URL(download.url).pathname).toBe('/api/live/v1/events/e1/transcripts/es');
    expect(Object.fromEntries(new URL(download.url).searchParams)).toEqual({ format: 'txt', channel_id: 'c1' });
    expect(download.headers.get('Authorization')).toBe('Bearer token');
  });

  it('says so when the transcript cannot be downloaded', async () => {
    const user = userEvent.setup();
    renderListenPage('en', { transcriptStatus: 503 });
    await user.click(await screen.findByText('Download'));
    await user.click(screen.getByRole('button', { name: 'WebVTT (.vtt)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(en['error.network']);
  });
});
