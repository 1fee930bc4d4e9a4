import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoEvent, json, on } from '../../test/fake-api.js';
import { ManageLivePanel } from '../live/index.js';
import { liveStatusExample, renderPanel } from '../live/test-support.js';
import { ManageSessionsPanel } from './index.js';

const ended = {
  id: 'session-ended-1',
  event_id: 'e1',
  channel_id: 'c1',
  status: 'ended',
  end_reason: 'speaker_ended',
  started_at: '2026-11-28T17:00:03Z',
  ended_at: '2026-11-28T18:00:00Z',
  speaker_id: 's1',
  source_language: 'en',
  languages: ['en', 'es'],
  segment_count: 2,
  listeners_peak: 183,
  recording_available: true,
  duration_seconds: 3597,
};
const active = {
  ...ended,
  id: 'session-active-2',
  status: 'active',
  end_reason: null,
  ended_at: null,
  started_at: '2026-11-28T18:05:00Z',
  recording_available: false,
  duration_seconds: 65,
};
const segments = [
  { segment_id: 'g1', session_id: ended.id, sequence: 1, start_ms: 0, end_ms: 1500, text: 'Bienvenidos a todos', speaker_id: 's1' },
  {
    segment_id: 'g2',
    session_id: ended.id,
    sequence: 2,
    start_ms: 61_000,
    end_ms: 63_000,
    text: 'La ciencia abierta importa',
    speaker_id: 's1',
  },
];
const wav = new Uint8Array([82, 73, 70, 70, 0, 0, 0, 0]);

let created: string[] = [];
let revoked: string[] = [];
beforeEach(() => {
  created = [];
  revoked = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    const url = `blob:test/${created.length + 1}`;
    created.push(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => void revoked.push(url));
});
afterEach(() => vi.restoreAllMocks());

function routes(options: { recordingBytes?: number } = {}) {
  return [
    on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
    on('GET', /\/api\/live-event\/v1\/events\/e1\/sessions$/, () => json(200, { items: [ended, active], total: 2, limit: 200, offset: 0 })),
    on('GET', /\/v1\/sessions\/session-ended-1\/transcripts$/, () =>
      json(200, {
        session_id: ended.id,
        event_id: 'e1',
        channel_id: 'c1',
        source_language: 'en',
        complete: true,
        languages: [
          { language: 'en', is_source: true, segment_count: 2 },
          { language: 'es', is_source: false, segment_count: 2 },
        ],
      }),
    ),
    on('GET', /\/v1\/sessions\/session-ended-1\/transcripts\/es$/, (request) => {
      const format = new URL(request.url).searchParams.get('format');
      if (format === 'json')
        return json(200, {
          session_id: ended.id,
          event_id: 'e1',
          channel_id: 'c1',
          language: 'es',
          source_language: 'en',
          is_source: false,
          complete: true,
          segments,
        });
      return new Response('WEBVTT\n', { status: 200, headers: { 'Content-Type': 'text/vtt' } });
    }),
    on('GET', /\/v1\/sessions\/session-ended-1\/recording\/metadata$/, () =>
      json(200, {
        session_id: ended.id,
        media_type: 'audio/wav',
        format: 'wav',
        encoding: 'pcm_s16le',
        sample_rate: 16000,
        channels: 1,
        bits_per_sample: 16,
        duration_seconds: 3590.5,
        size_bytes: options.recordingBytes ?? 1_400_000,
        created_at: '2026-11-28T18:00:00Z',
      }),
    ),
    on(
      'GET',
      /\/v1\/sessions\/session-ended-1\/recording$/,
      () => new Response(wav, { status: 200, headers: { 'Content-Type': 'audio/wav' } }),
    ),
    on('GET', /\/v1\/sessions\/session-active-2\/transcripts$/, () =>
      json(200, { session_id: active.id, event_id: 'e1', channel_id: 'c1', source_language: 'en', complete: false, languages: [] }),
    ),
  ];
}

describe('the sessions panel', () => {
  it('lists the sessions newest first, and opens one to its transcripts and its recording played from a Blob URL', async () => {
    const user = userEvent.setup();
    const { requests, unmount } = renderPanel(<ManageSessionsPanel eventId="e1" personName={() => 'Ada Speaker'} />, routes());
    const items = await screen.findAllByRole('article');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      expect.stringContaining('Main stage'),
      expect.stringContaining('Main stage'),
    ]);
    expect(within(items[0]!).getByText('In progress')).toBeTruthy();
    expect(within(items[1]!).getByText('Ended')).toBeTruthy();
    expect(within(items[1]!).getByText('Ada Speaker · 59:57 · 2 segments · up to 183 listeners')).toBeTruthy();

    await user.click(within(items[1]!).getByRole('button', { name: 'Details' }));
    expect(await within(items[1]!).findByText('59:51 · 1.4 MB')).toBeTruthy();
    const audio = await waitFor(() => {
      const element = items[1]!.querySelector('audio');
      if (!element) throw new Error('no audio yet');
      return element;
    });
    expect(audio.getAttribute('src')).toBe('blob:test/1');
    const recordingRequest = requests.find((request) => new URL(request.url).pathname.endsWith('/recording'))!;
    expect(recordingRequest.headers.get('Authorization')).toBe('Bearer token');

    const spanish = (await within(items[1]!).findByText('Spanish')).closest('div')!.parentElement!;
    await user.click(within(spanish).getByRole('button', { name: 'Show text' }));
    expect(await within(spanish).findByText('La ciencia abierta importa')).toBeTruthy();
    expect(within(spanish).getByText('1:01')).toBeTruthy();

    await user.click(within(spanish).getByRole('button', { name: 'Download VTT' }));
    await waitFor(() => expect(requests.some((request) => request.url.endsWith('/transcripts/es?format=vtt'))).toBe(true));

    // The active session has no recording yet.
    await user.click(within(items[0]!).getByRole('button', { name: 'Details' }));
    expect(await within(items[0]!).findByText('The recording is available once the session has ended.')).toBeTruthy();

    unmount();
    expect(revoked).toContain('blob:test/1');
  });

  it('loads a large recording only when asked', async () => {
    const user = userEvent.setup();
    const { requests } = renderPanel(<ManageSessionsPanel eventId="e1" />, routes({ recordingBytes: 115_000_000 }));
    const items = await screen.findAllByRole('article');
    await user.click(within(items[1]!).getByRole('button', { name: 'Details' }));
    const load = await within(items[1]!).findByRole('button', { name: 'Load the recording (115 MB)' });
    expect(requests.some((request) => new URL(request.url).pathname.endsWith('/recording'))).toBe(false);
    await user.click(load);
    await waitFor(() => expect(items[1]!.querySelector('audio')?.getAttribute('src')).toBe('blob:test/1'));
  });

  it('says when there is no session yet, in Spanish', async () => {
    renderPanel(
      <ManageSessionsPanel eventId="e1" />,
      [
        on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
        on('GET', /\/sessions$/, () => json(200, { items: [], total: 0, limit: 200, offset: 0 })),
      ],
      'es',
    );
    expect(await screen.findByText('Aún no hay sesiones: aparecen aquí cuando un ponente empieza a hablar.')).toBeTruthy();
  });

  it('follows the live panel: a talk that starts, then ends, shows in the list without reloading the page', async () => {
    // What the service says: nobody talks, then session-active-2 is live, then it has ended.
    let phase: 'before' | 'talking' | 'after' = 'before';
    const channel = liveStatusExample.channels[0]!;
    const liveSession = { id: active.id, state: 'live', speaker_id: 's1', started_at: active.started_at };
    const { requests } = renderPanel(
      <>
        <ManageLivePanel eventId="e1" refreshMs={20} />
        <ManageSessionsPanel eventId="e1" />
      </>,
      [
        on('GET', /\/api\/events\/v1\/events\/e1$/, () => json(200, demoEvent)),
        on('GET', /\/live$/, () =>
          json(200, { ...liveStatusExample, channels: [{ ...channel, session: phase === 'talking' ? liveSession : null }] }),
        ),
        on('GET', /\/sessions$/, () => {
          const items =
            phase === 'before'
              ? []
              : [
                  phase === 'talking'
                    ? active
                    : {
                        ...active,
                        status: 'ended',
                        end_reason: 'speaker_ended',
                        ended_at: '2026-11-28T18:06:05Z',
                        recording_available: true,
                        segment_count: 1,
                        listeners_peak: 1,
                      },
                ];
          return json(200, { items, total: items.length, limit: 200, offset: 0 });
        }),
      ],
    );
    await screen.findByText('No session yet: sessions appear here once a speaker starts talking.');
    const sessionsRead = () => requests.filter((request) => /\/sessions(\?|$)/.test(request.url)).length;
    const quietReads = sessionsRead();

    phase = 'talking';
    const sessions = screen.getByRole('region', { name: 'Sessions' });
    expect(await within(sessions).findByText('In progress', {}, { timeout: 30_000 })).toBeTruthy();
    phase = 'after';
    expect(await within(sessions).findByText('Ended', {}, { timeout: 30_000 })).toBeTruthy();
    // One of each, said so: "1 session", "1 segment", "1 listener".
    expect(within(sessions).getByText('1 session')).toBeTruthy();
    expect(within(sessions).getByText('s1 · 1:05 · 1 segment · up to 1 listener')).toBeTruthy();
    // One read per change of the live status, not one per refresh of it.
    const reads = sessionsRead();
    const liveReads = () => requests.filter((request) => /\/live(\?|$)/.test(request.url)).length;
    const liveAt = liveReads();
    await waitFor(() => expect(liveReads()).toBeGreaterThan(liveAt + 3), { timeout: 30_000 });
    expect(sessionsRead()).toBe(reads);
    expect(reads - quietReads).toBe(2);
  });
});
