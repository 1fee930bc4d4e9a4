/**
 * The REST API through the generated router (RS256 tokens, permissions, validation) on PGlite, and
 * on PostgreSQL when it is there (always in CI): sessions, recordings with byte ranges, transcripts
 * in every format and the event transcript, metrics. Sessions are made by a speaker on the socket.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, postgresAvailable } from '@ilenia/kit/testing';
import type { DatabaseTarget } from '@ilenia/kit/persistence';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { arrangeEvent, negotiate, openSpeaker, useLiveEvent, type LiveEventTestContext } from './support/test-context.js';

const withPostgres = await postgresAvailable();

const dropScratchDatabases: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of dropScratchDatabases) await drop();
});

async function postgresTarget(): Promise<DatabaseTarget> {
  const scratch = await createScratchDatabase('live_event_rest');
  dropScratchDatabases.push(scratch.drop);
  return { kind: 'postgres', url: scratch.url, poolSize: 4 };
}

/** A manager's reading permissions here and, for session records, in the events service. */
const readAll = ['live_sessions:read', 'recordings:read', 'transcripts:read', 'session_records:read'];

function restSuite(name: string, target?: () => Promise<DatabaseTarget>) {
  describe(name, () => {
    const recognizer = new ScriptedRecognizer(Array.from({ length: 50 }, (_, index) => `line ${index + 1} of the talk`));
    const context: LiveEventTestContext = useLiveEvent(
      () => ({ recognizer, translator: new PrefixTranslator(['es', 'fr']), synthesizer: new SilentSynthesizer() }),
      { target },
    );

    async function get(path: string, token: string, headers: Record<string, string> = {}) {
      return fetch(`${context.live.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
    }

    /** A session of `utterances` sentences; left running unless `end`. */
    async function runSession(arranged: ReturnType<typeof arrangeEvent>, utterances: number, options: { end?: boolean } = {}) {
      const speaker = await openSpeaker(context, arranged.event.id, arranged.channel.id, arranged.speakerId);
      const { started } = await negotiate(speaker);
      for (let index = 0; index < utterances; index += 1) {
        await streamAudio(speaker, Buffer.concat([speech(400), silence(300)]), { speed: 1.9 });
        await speaker.next('transcript_final');
      }
      if (options.end !== false) {
        speaker.send({ type: 'end_session' });
        await speaker.closed;
      }
      return { speaker, sessionId: started!.session_id, lastSequenceAtStart: started!.last_sequence };
    }

    it('lists and reads sessions to those who can see the event; 404 to others, 403 without the permission', async () => {
      const arranged = arrangeEvent(context, { organiserId: randomUUID() });
      const first = await runSession(arranged, 2);
      const second = await runSession(arranged, 1, { end: false });
      const organiser = await context.live.token(arranged.event.organiser_id, readAll);

      const list = await get(`/v1/events/${arranged.event.id}/sessions`, organiser);
      expect(list.status).toBe(200);
      const page = (await list.json()) as { items: Record<string, unknown>[]; total: number; limit: number; offset: number };
      expect(page).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(page.items.map((item) => [item.id, item.status, item.segment_count, item.recording_available])).toEqual([
        [first.sessionId, 'ended', 2, true],
        [second.sessionId, 'active', 1, false],
      ]);
      expect(page.items[0]).toMatchObject({
        event_id: arranged.event.id,
        channel_id: arranged.channel.id,
        speaker_id: arranged.speakerId,
        end_reason: 'speaker_ended',
        source_language: 'en',
        languages: ['en', 'es', 'fr'],
      });
      const ended = (await (await get(`/v1/events/${arranged.event.id}/sessions?status=ended&limit=1`, organiser)).json()) as {
        items: { id: string }[];
        total: number;
      };
      expect(ended).toMatchObject({ total: 1, items: [{ id: first.sessionId }] });
      expect(
        (await get(`/v1/events/${arranged.event.id}/sessions?offset=1`, organiser).then((response) => response.json())) as {
          items: unknown[];
        },
      ).toMatchObject({ items: [{ id: second.sessionId }] });

      expect((await get(`/v1/sessions/${second.sessionId}`, organiser).then((response) => response.json())) as object).toMatchObject({
        id: second.sessionId,
        status: 'active',
        ended_at: null,
        end_reason: null,
      });
      const stranger = await context.live.token(randomUUID(), readAll);
      expect((await get(`/v1/sessions/${first.sessionId}`, stranger)).status).toBe(404);
      expect((await get(`/v1/events/${arranged.event.id}/sessions`, stranger)).status).toBe(404);
      expect((await get(`/v1/sessions/${randomUUID()}`, organiser)).status).toBe(404);
      const withoutPermission = await get(
        `/v1/sessions/${first.sessionId}`,
        await context.live.token(arranged.event.organiser_id, ['transcripts:read']),
      );
      expect(withoutPermission.status).toBe(403);
      expect((await get('/v1/sessions/not-a-uuid', organiser)).status).toBe(400);

      // While the session runs, its recording is not available.
      const inProgress = await get(`/v1/sessions/${second.sessionId}/recording`, organiser);
      expect(inProgress.status).toBe(409);
      expect(((await inProgress.json()) as { type: string }).type).toBe('https://ilenia.dev/problems/recording-in-progress');
      second.speaker.send({ type: 'end_session' });
      await second.speaker.closed;
    });

    it('shows sessions, recordings and their metadata only to those the events service shows session records (not to speakers and listeners)', async () => {
      const arranged = arrangeEvent(context, { organiserId: randomUUID() });
      const { sessionId } = await runSession(arranged, 1);
      const paths = [
        `/v1/sessions/${sessionId}`,
        `/v1/sessions/${sessionId}/recording`,
        `/v1/sessions/${sessionId}/recording/metadata`,
        `/v1/events/${arranged.event.id}/sessions`,
      ];
      const organiser = await context.live.token(arranged.event.organiser_id, readAll);
      for (const path of paths) expect((await get(path, organiser)).status, path).toBe(200);
      for (const userId of [arranged.listenerId, arranged.speakerId]) {
        const assigned = await context.live.token(userId, readAll);
        for (const path of paths) {
          const response = await get(path, assigned);
          expect(response.status, `${path} as ${userId === arranged.listenerId ? 'listener' : 'speaker'}`).toBe(404);
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        }
        // Transcripts stay theirs.
        expect((await get(`/v1/sessions/${sessionId}/transcripts`, assigned)).status).toBe(200);
      }
    });

    it('serves the recording as WAV with byte ranges, and its metadata', async () => {
      const arranged = arrangeEvent(context);
      const { sessionId } = await runSession(arranged, 1);
      const manager = await context.live.token(randomUUID(), [...readAll, 'events:manage_all']);
      const whole = await get(`/v1/sessions/${sessionId}/recording`, manager);
      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-type')).toBe('audio/wav');
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(whole.headers.get('content-disposition')).toBe(`attachment; filename="session-${sessionId}.wav"`);
      const bytes = Buffer.from(await whole.arrayBuffer());
      const size = 44 + 700 * 32;
      expect(bytes.length).toBe(size);
      expect(Number(whole.headers.get('content-length'))).toBe(size);
      expect(bytes.readUInt32LE(40)).toBe(700 * 32);
      const etag = whole.headers.get('etag')!;
      expect(etag).toBe(`"${sessionId}-${size}"`);

      const head = await get(`/v1/sessions/${sessionId}/recording`, manager, { Range: 'bytes=0-43' });
      expect(head.status).toBe(206);
      expect(head.headers.get('content-range')).toBe(`bytes 0-43/${size}`);
      expect(Buffer.from(await head.arrayBuffer()).equals(bytes.subarray(0, 44))).toBe(true);
      const tail = await get(`/v1/sessions/${sessionId}/recording`, manager, { Range: 'bytes=-10', 'If-Range': etag });
      expect(tail.status).toBe(206);
      expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(size - 10))).toBe(true);
      expect((await get(`/v1/sessions/${sessionId}/recording`, manager, { Range: 'bytes=0-1,5-6' })).status).toBe(200);
      expect((await get(`/v1/sessions/${sessionId}/recording`, manager, { Range: 'bytes=0-10', 'If-Range': '"stale"' })).status).toBe(200);
      const past = await get(`/v1/sessions/${sessionId}/recording`, manager, { Range: `bytes=${size}-` });
      expect(past.status).toBe(416);
      expect(past.headers.get('content-range')).toBe(`bytes */${size}`);

      const metadata = (await (await get(`/v1/sessions/${sessionId}/recording/metadata`, manager)).json()) as Record<string, unknown>;
      expect(metadata).toMatchObject({
        session_id: sessionId,
        media_type: 'audio/wav',
        format: 'wav',
        encoding: 'pcm_s16le',
        sample_rate: 16000,
        channels: 1,
        bits_per_sample: 16,
        duration_seconds: 0.7,
        size_bytes: size,
      });
    });

    it('serves transcripts per language as JSON, WebVTT, SubRip and text, by format or Accept', async () => {
      const arranged = arrangeEvent(context);
      const { sessionId } = await runSession(arranged, 2);
      const listener = await context.live.token(arranged.listenerId, ['transcripts:read']);
      const index = (await (await get(`/v1/sessions/${sessionId}/transcripts`, listener)).json()) as Record<string, unknown>;
      expect(index).toMatchObject({
        session_id: sessionId,
        source_language: 'en',
        complete: true,
        languages: [
          { language: 'en', is_source: true, segment_count: 2 },
          { language: 'es', is_source: false, segment_count: 2 },
          { language: 'fr', is_source: false, segment_count: 2 },
        ],
      });

      const json = await get(`/v1/sessions/${sessionId}/transcripts/es`, listener);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(json.headers.get('vary')).toMatch(/Accept/);
      expect(json.headers.get('content-disposition')).toBe(`inline; filename="session-${sessionId}.es.json"`);
      const transcript = (await json.json()) as {
        segments: { sequence: number; start_ms: number; end_ms: number; text: string }[];
        is_source: boolean;
      };
      expect(transcript.is_source).toBe(false);
      expect(transcript.segments).toHaveLength(2);
      for (const segment of transcript.segments) expect(segment.text).toMatch(/^\[es\] line \d+ of the talk$/);
      const [one, two] = transcript.segments;
      const clock = (ms: number, separator: string) => `00:00:0${Math.floor(ms / 1000)}${separator}${String(ms % 1000).padStart(3, '0')}`;

      const vtt = await get(`/v1/sessions/${sessionId}/transcripts/es?format=vtt`, listener);
      expect(vtt.headers.get('content-type')).toMatch(/^text\/vtt/);
      expect(vtt.headers.get('content-disposition')).toBe(`attachment; filename="session-${sessionId}.es.vtt"`);
      expect(await vtt.text()).toBe(
        `WEBVTT\n\n${one!.sequence}\n${clock(one!.start_ms, '.')} --> ${clock(one!.end_ms, '.')}\n${one!.text}\n\n${two!.sequence}\n${clock(two!.start_ms, '.')} --> ${clock(two!.end_ms, '.')}\n${two!.text}\n`,
      );
      const srt = await get(`/v1/sessions/${sessionId}/transcripts/es`, listener, { Accept: 'application/x-subrip' });
      expect(srt.headers.get('content-type')).toMatch(/^application\/x-subrip/);
      expect(await srt.text()).toBe(
        `1\n${clock(one!.start_ms, ',')} --> ${clock(one!.end_ms, ',')}\n${one!.text}\n\n2\n${clock(two!.start_ms, ',')} --> ${clock(two!.end_ms, ',')}\n${two!.text}\n`,
      );
      const text = await get(`/v1/sessions/${sessionId}/transcripts/en?format=txt`, listener, { Accept: 'text/vtt' });
      expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await text.text()).toMatch(/^line \d+ of the talk\nline \d+ of the talk\n$/);
      expect((await get(`/v1/sessions/${sessionId}/transcripts/de`, listener)).status).toBe(404);
      expect((await get(`/v1/sessions/${sessionId}/transcripts/es?format=doc`, listener)).status).toBe(400);
    });

    it("concatenates an event's sessions on one clock, and answers an empty transcript for an offered language nobody spoke", async () => {
      const arranged = arrangeEvent(context);
      const first = await runSession(arranged, 1);
      const second = await runSession(arranged, 1);
      // The channel's numbering runs across its sessions.
      expect([first.lastSequenceAtStart, second.lastSequenceAtStart]).toEqual([null, 1]);
      const listener = await context.live.token(arranged.listenerId, ['transcripts:read']);
      const response = await get(`/v1/events/${arranged.event.id}/transcripts/es`, listener);
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="event-${arranged.event.id}.es.json"`);
      const transcript = (await response.json()) as {
        sessions: { session_id: string; offset_ms: number; is_source: boolean }[];
        segments: { session_id: string; start_ms: number }[];
        complete: boolean;
        channel_id: null;
      };
      expect(transcript).toMatchObject({ complete: true, channel_id: null });
      expect(transcript.sessions).toMatchObject([
        { session_id: first.sessionId, offset_ms: 0, is_source: false },
        { session_id: second.sessionId, offset_ms: 700 },
      ]);
      expect(transcript.segments.map((segment) => segment.session_id)).toEqual([first.sessionId, second.sessionId]);
      expect(transcript.segments[1]!.start_ms).toBe(700);
      const vtt = await (
        await get(`/v1/events/${arranged.event.id}/transcripts/es?format=vtt&channel_id=${arranged.channel.id}`, listener)
      ).text();
      expect(vtt.match(/^NOTE session .+ started .+$/gm)?.length).toBe(2);
      expect(vtt).toContain(`NOTE session ${second.sessionId} started`);

      const empty = arrangeEvent(context);
      const emptyToken = await context.live.token(empty.listenerId, ['transcripts:read']);
      expect((await (await get(`/v1/events/${empty.event.id}/transcripts/fr`, emptyToken)).json()) as object).toMatchObject({
        sessions: [],
        segments: [],
        complete: true,
      });
      expect((await get(`/v1/events/${empty.event.id}/transcripts/de`, emptyToken)).status).toBe(404);
      expect((await get(`/v1/events/${empty.event.id}/transcripts/fr?channel_id=${randomUUID()}`, emptyToken)).status).toBe(404);
    });

    it('exposes Prometheus metrics without a token', async () => {
      const response = await fetch(`${context.live.baseUrl}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const body = await response.text();
      expect(body).toMatch(/^live_event_segments_total\{language="es",kind="translation"\} [1-9]/m);
      expect(body).toMatch(/^live_event_stage_latency_seconds_count\{stage="recognition"\} [1-9]/m);
      expect(body).toContain('live_event_speaker_connections');
    });
  });
}

restSuite('REST on PGlite');
if (withPostgres) restSuite('REST on PostgreSQL', postgresTarget);
else describe.skip('REST on PostgreSQL (skipped: no PostgreSQL)', () => it('needs PostgreSQL', () => {}));
