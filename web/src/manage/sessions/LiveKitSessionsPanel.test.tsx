import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoEvent, json, on, type Route } from '../../test/fake-api.js';
import { renderPanel } from '../live/test-support.js';
import { LiveKitSessionsPanel } from './index.js';

const agent = { identity: 'agent-translator', joined_at: '2026-11-28T18:05:02Z', restarts: 0, last_error: null };
const running = {
  session_id: 'lk-running-2',
  event_id: 'e1',
  channel_id: 'c1',
  room_name: 'event-e1-channel-c1',
  status: 'active',
  started_at: '2026-11-28T18:05:00Z',
  ended_at: null,
  end_reason: null,
  started_by: 's1',
  stopped_by: null,
  source_language: 'en',
  target_languages: ['es', 'fr'],
  agents: [
    { ...agent, agent_type: 'asr', languages: ['en'], status: 'running' },
    { ...agent, agent_type: 'mt', languages: ['es', 'fr'], status: 'running' },
    { ...agent, agent_type: 'tts', languages: ['es'], status: 'running' },
    {
      ...agent,
      agent_type: 'tts',
      languages: ['fr'],
      status: 'failed',
      restarts: 3,
      last_error: { code: 'engine_unreachable', message: 'TTS engine did not answer within 5 s', occurred_at: '2026-11-28T18:06:00Z' },
    },
  ],
  counters: {
    audio_seconds: 65,
    segments_transcribed: 12,
    segments_translated: { es: 12, fr: 11 },
    last_activity_at: '2026-11-28T18:06:05Z',
  },
  record_saved_at: null,
};
const ended = {
  ...running,
  session_id: 'lk-ended-1',
  status: 'ended',
  started_at: '2026-11-28T17:00:00Z',
  ended_at: '2026-11-28T17:59:57Z',
  end_reason: 'stopped',
  stopped_by: 'm1',
  agents: running.agents.map((stage) => ({ ...stage, status: 'stopped', restarts: 0, last_error: null })),
  counters: { ...running.counters, segments_transcribed: 1 },
  record_saved_at: '2026-11-28T18:00:01Z',
};
const stopped = { ...running, status: 'ended', ended_at: '2026-11-28T18:07:00Z', end_reason: 'stopped', stopped_by: 'm1' };

const names: Record<string, string> = { s1: 'Ada Speaker', m1: 'Grace Manager' };
const personName = (userId: string) => names[userId];

/** What the card says of each stage of the channel agent. */
function stagesOf(card: HTMLElement): string[] {
  return [...card.querySelectorAll('[data-agent]')].map((stage) => stage.textContent ?? '');
}

let saved: string[] = [];
beforeEach(() => {
  saved = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

/** live-service as the panel sees it: the sessions (as they are now) and the ended one's transcripts. */
function liveService(list: () => unknown[], extra: Route[] = []): Route[] {
  return [
    on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
    ...extra,
    on('GET', /\/api\/live\/v1\/events\/e1\/sessions$/, () => {
      const items = list();
      return json(200, { items, total: items.length, limit: 200, offset: 0 });
    }),
    on('GET', /\/api\/live\/v1\/sessions\/lk-ended-1\/transcripts$/, () =>
      json(200, {
        session_id: ended.session_id,
        event_id: 'e1',
        channel_id: 'c1',
        source_language: 'en',
        complete: true,
        languages: [
          { language: 'en', is_source: true, segment_count: 1 },
          { language: 'es', is_source: false, segment_count: 1 },
        ],
      }),
    ),
    on('GET', /\/api\/live\/v1\/sessions\/lk-ended-1\/transcripts\/es$/, (request) => {
      const format = new URL(request.url).searchParams.get('format');
      if (format === 'json')
        return json(200, {
          session_id: ended.session_id,
          event_id: 'e1',
          channel_id: 'c1',
          language: 'es',
          source_language: 'en',
          is_source: false,
          complete: true,
          segments: [{ sequence: 0, start_ms: 61_000, end_ms: 63_000, text: 'La ciencia abierta importa' }],
        });
      return new Response(`${format} body`, { status: 200, headers: { 'Content-Type': 'text/plain' } });
    }),
  ];
}

describe('the LiveKit sessions panel', () => {
  it('shows each session’s state and its agents’ stages per language, with a failed stage’s error', async () => {
    renderPanel(
      <LiveKitSessionsPanel eventId="e1" personName={personName} />,
      liveService(() => [running, ended]),
    );
    const [first, second] = await screen.findAllByRole('article');
    expect(within(first!).getByText('In progress')).toBeTruthy();
    expect(within(second!).getByText('Ended')).toBeTruthy();
    expect(within(second!).getByText('Ada Speaker · 59:57 · 1 segment · English → Spanish, French')).toBeTruthy();

    expect(stagesOf(first!)).toEqual([
      'Transcription (English): running',
      'Translation (Spanish, French): running',
      'Voice (Spanish): running',
      'Voice (French): failed (engine_unreachable) · 3 restartsTTS engine did not answer within 5 s',
    ]);
    // Only a running session can be stopped.
    expect(within(first!).getByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(within(second!).queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('opens an ended session to why it ended and its transcripts, read in place and downloaded in every format', async () => {
    const user = userEvent.setup();
    const { requests } = renderPanel(
      <LiveKitSessionsPanel eventId="e1" personName={personName} />,
      liveService(() => [running, ended]),
    );
    const second = (await screen.findAllByRole('article'))[1]!;
    await user.click(within(second).getByRole('button', { name: 'Details' }));
    expect(await within(second).findByText('Stopped by Grace Manager.')).toBeTruthy();
    expect(stagesOf(second)).toContain('Voice (French): stopped');

    const spanish = (await within(second).findByText('Spanish', { selector: 'span' })).parentElement!;
    await user.click(within(spanish).getByRole('button', { name: 'Show text' }));
    expect(await within(second).findByText('La ciencia abierta importa')).toBeTruthy();
    expect(within(second).getByText('1:01')).toBeTruthy();

    for (const format of ['JSON', 'VTT', 'SRT', 'TXT'])
      await user.click(within(spanish).getByRole('button', { name: `Download ${format}` }));
    await waitFor(() => expect(saved).toHaveLength(4));
    expect(saved).toEqual(['json', 'vtt', 'srt', 'txt'].map((format) => `session-lk-ended-es.${format}`));
    const downloads = requests
      .filter((request) => /\/transcripts\/es\?format=/.test(request.url))
      .map((request) => new URL(request.url).search);
    expect(downloads).toEqual(['?format=json', '?format=json', '?format=vtt', '?format=srt', '?format=txt']);
    expect(requests.every((request) => request.headers.get('Authorization') === 'Bearer token')).toBe(true);
  });

  it('stops a running session only after the manager confirms, and shows it ended', async () => {
    const user = userEvent.setup();
    let current: unknown[] = [running, ended];
    const stops: unknown[] = [];
    const { requests } = renderPanel(
      <LiveKitSessionsPanel eventId="e1" personName={personName} />,
      liveService(
        () => current,
        [
          on('POST', /\/api\/live\/v1\/sessions\/stop$/, async (request) => {
            stops.push(await request.json());
            current = [stopped, ended];
            return json(200, stopped);
          }),
        ],
      ),
    );
    const first = (await screen.findAllByRole('article'))[0]!;
    await user.click(within(first).getByRole('button', { name: 'Stop' }));
    expect(within(first).getByText(/Captions and translated audio end for every listener/)).toBeTruthy();
    await user.click(within(first).getByRole('button', { name: 'Keep it running' }));
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.click(within(first).getByRole('button', { name: 'Stop' }));
    await user.click(within(first).getByRole('button', { name: 'Stop the session' }));
    await waitFor(() => expect(within(screen.getAllByRole('article')[0]!).getByText('Ended')).toBeTruthy());
    expect(stops).toEqual([{ event_id: 'e1', session_id: 'lk-running-2' }]);
    expect(within(screen.getAllByRole('article')[0]!).queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('says in the manager’s language why a stop was refused', async () => {
    const user = userEvent.setup();
    renderPanel(
      <LiveKitSessionsPanel eventId="e1" />,
      liveService(
        () => [running],
        [on('POST', /\/sessions\/stop$/, () => json(403, { type: 'about:blank', title: 'Forbidden', status: 403 }))],
      ),
      'es',
    );
    const card = await screen.findByRole('article');
    await user.click(within(card).getByRole('button', { name: 'Detener' }));
    await user.click(within(card).getByRole('button', { name: 'Detener la sesión' }));
    expect((await within(card).findByRole('alert')).textContent).toBe('No tiene permiso para detener esta sesión.');
    expect(within(card).getByText('En curso')).toBeTruthy();
  });

  it('follows a running session: a stage that fails, then the session’s end, show without reloading', async () => {
    let phase: 'healthy' | 'failing' | 'ended' = 'healthy';
    const healthy = { ...running, agents: running.agents.slice(0, 3) };
    renderPanel(
      <LiveKitSessionsPanel eventId="e1" refreshMs={20} />,
      liveService(() => [phase === 'healthy' ? healthy : phase === 'failing' ? running : stopped]),
    );
    const card = await screen.findByRole('article');
    expect(stagesOf(card)).toHaveLength(3);
    phase = 'failing';
    await waitFor(
      () =>
        expect(stagesOf(card)).toContain('Voice (French): failed (engine_unreachable) · 3 restartsTTS engine did not answer within 5 s'),
      {
        timeout: 30_000,
      },
    );
    phase = 'ended';
    expect(await within(card).findByText('Ended', {}, { timeout: 30_000 })).toBeTruthy();
  });

  it('says when there is no session yet, in Spanish', async () => {
    renderPanel(
      <LiveKitSessionsPanel eventId="e1" />,
      liveService(() => []),
      'es',
    );
    expect(await screen.findByText('Aún no hay sesiones: aparecen aquí cuando un ponente empieza a hablar.')).toBeTruthy();
  });
});
