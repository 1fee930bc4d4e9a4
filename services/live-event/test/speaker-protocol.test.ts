/**
 * The speaker side of the protocol with deterministic engines, through a real service on a real port:
 * negotiation, partials and finals to the speaker, subtitles to a listener in Spanish, the session
 * stored, recorded and written to the events service, and the transcripts served as delivered.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListenerServerMessage, SubtitleFinal } from '../../../generated/asyncapi/live-event/messages.js';
import { openDatabase, type Database } from '../../kit/src/persistence/database.js';
import { createSigningKey, type TestSigningKey } from '../../kit/test/test-tokens.js';
import { liveEventMigrations } from '../src/db/migrations/index.js';
import type { LiveEventDatabase } from '../src/db/schema.js';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { makeEvent, startFakeUpstreams, type FakeUpstreams } from './support/fake-upstreams.js';
import { startLiveEvent, type LiveEventHarness } from './support/live-event-harness.js';
import type { TestSocket } from './support/test-socket.js';

let key: TestSigningKey;
let upstreams: FakeUpstreams;
let database: Database<LiveEventDatabase>;
let live: LiveEventHarness;
const recognizer = new ScriptedRecognizer(['welcome everyone', 'open science matters', 'thank you']);
const translator = new PrefixTranslator(['es', 'fr']);
const speakerId = randomUUID();
const listenerId = randomUUID();

beforeAll(async () => {
  key = await createSigningKey('live-event-test');
  upstreams = await startFakeUpstreams(key);
  database = await openDatabase<LiveEventDatabase>({ kind: 'pglite' }, liveEventMigrations);
  live = await startLiveEvent({ db: database.db, key, upstreams, engines: { recognizer, translator, synthesizer: new SilentSynthesizer() } });
});

afterAll(async () => {
  await live?.stop();
  await database?.close();
  await upstreams?.close();
});

function liveEvent() {
  const event = makeEvent({ speakers: [speakerId] });
  upstreams.state.events.set(event.id, event);
  upstreams.state.listeners.add(`${event.id}:${listenerId}`);
  return { event, channel: event.channels[0]! };
}

async function openSpeaker(eventId: string, channelId: string, userId = speakerId) {
  const ticket = await live.ticket('speaker', { event_id: eventId, channel_id: channelId }, await live.token(userId, ['live:speak']));
  expect(ticket.status).toBe(201);
  const socket = live.speaker(String(ticket.body.ticket));
  await socket.opened;
  return socket;
}

async function openListener(eventId: string, channelId: string, languages: string[]) {
  const ticket = await live.ticket('listener', { event_id: eventId }, await live.token(listenerId, ['live:listen']));
  expect(ticket.status).toBe(201);
  const socket = live.listener(String(ticket.body.ticket));
  await socket.opened;
  socket.send({ type: 'subscribe', request_id: 'sub-1', channel_id: channelId, languages, include_partials: true });
  const subscribed = await socket.next((message) => message.type === 'subscribed' || message.type === 'error');
  expect(subscribed, JSON.stringify(subscribed)).toMatchObject({ type: 'subscribed' });
  return socket;
}

async function negotiate(socket: TestSocket, options: { echo?: boolean } = {}) {
  socket.send({ type: 'audio_config', request_id: 'cfg-1', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 }, frame_duration_ms: 20, echo_translations: options.echo ?? false });
  const started = await socket.next('session_started');
  const accepted = await socket.next('audio_accepted');
  return { started, accepted };
}

describe('a speaker session', () => {
  it('streams partials and finals to the speaker and Spanish subtitles to a listener, then ends, stores and reports the session', async () => {
    const { event, channel } = liveEvent();
    const listener = await openListener(event.id, channel.id, ['es']);
    const speaker = await openSpeaker(event.id, channel.id);
    const { started, accepted } = await negotiate(speaker, { echo: true });
    expect(started).toMatchObject({ request_id: 'cfg-1', event_id: event.id, channel_id: channel.id, source_language: 'en', resumed: false, last_sequence: null, media_offset_ms: 0, resume_grace_seconds: 30 });
    expect(accepted).toMatchObject({ request_id: 'cfg-1', format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 }, max_frame_bytes: 32000 });

    await streamAudio(speaker, Buffer.concat([speech(900), silence(300), speech(700), silence(300)]), { speed: 1.8 });
    const first = await speaker.next('transcript_final');
    const second = await speaker.next('transcript_final');
    expect([first.text, second.text]).toEqual(['welcome everyone', 'open science matters']);
    expect([first.sequence, second.sequence]).toEqual([1, 2]);
    expect(first.start_ms).toBe(0);
    expect(second.start_ms).toBeGreaterThanOrEqual(1_180);
    expect(second.end_ms).toBeLessThanOrEqual(1_920);
    const partials = speaker.all('transcript_partial');
    expect(partials.length).toBeGreaterThan(0);
    expect(partials.every((partial) => [first.segment_id, second.segment_id].includes(partial.segment_id))).toBe(true);
    const echoes = speaker.all('translation_final');
    expect(echoes.filter((echo) => echo.sequence === 1).map((echo) => echo.text).sort()).toEqual(['[es] welcome everyone', '[fr] welcome everyone']);

    // The listener got Spanish only: partials of the first segment before its final.
    const spanishFinals: SubtitleFinal[] = [];
    while (spanishFinals.length < 2) spanishFinals.push(await listener.next('subtitle_final'));
    expect(spanishFinals.map((final) => [final.sequence, final.language, final.text, final.is_source])).toEqual([
      [1, 'es', '[es] welcome everyone', false],
      [2, 'es', '[es] open science matters', false],
    ]);
    const received = listener.received.filter((message): message is Extract<ListenerServerMessage, { type: 'subtitle_partial' | 'subtitle_final' }> => message.type === 'subtitle_partial' || message.type === 'subtitle_final');
    expect(received.every((message) => message.language === 'es')).toBe(true);
    const firstPartial = received.findIndex((message) => message.type === 'subtitle_partial' && message.segment_id === first.segment_id);
    const firstFinal = received.findIndex((message) => message.type === 'subtitle_final' && message.segment_id === first.segment_id);
    expect(firstPartial).toBeGreaterThanOrEqual(0);
    expect(firstPartial).toBeLessThan(firstFinal);
    expect(spanishFinals[0]!.timings.translation_ms).not.toBeNull();
    expect(spanishFinals[0]!.timings.recognition_ms).toBe(7);

    speaker.send({ type: 'end_session', request_id: 'end-1' });
    const ended = await speaker.next('session_state');
    expect(ended).toMatchObject({ request_id: 'end-1', state: 'ended', change: 'ended', end_reason: 'speaker_ended', session_id: started.session_id });
    expect((await speaker.closed).code).toBe(1000);
    expect(await listener.next((message) => message.type === 'session_state' && message.change === 'ended')).toMatchObject({ end_reason: 'speaker_ended' });

    // The events service has the record, with links to the recording and the transcripts.
    await expect.poll(() => upstreams.state.records.find((record) => record.id === started.session_id), { timeout: 5_000 }).toBeDefined();
    const record = upstreams.state.records.find((entry) => entry.id === started.session_id)!;
    expect(record).toMatchObject({ channel_id: channel.id, mode: 'websocket', segment_count: 2, written_by: 'live-event', recording_url: `http://live-event.test/v1/sessions/${started.session_id}/recording` });
    expect(record.transcripts.map((link) => link.language).sort()).toEqual(['en', 'es', 'fr']);

    // The transcript download is what the listener was sent.
    const manager = await live.token(randomUUID(), ['transcripts:read', 'recordings:read', 'live_sessions:read', 'events:manage_all']);
    const response = await fetch(`${live.baseUrl}/v1/sessions/${started.session_id}/transcripts/es`, { headers: { Authorization: `Bearer ${manager}` } });
    const transcript = (await response.json()) as { complete: boolean; segments: { sequence: number; text: string; segment_id: string; start_ms: number; end_ms: number }[] };
    expect(transcript.complete).toBe(true);
    expect(transcript.segments.map(({ sequence, text, segment_id, start_ms, end_ms }) => ({ sequence, text, segment_id, start_ms, end_ms }))).toEqual(
      spanishFinals.map(({ sequence, text, segment_id, start_ms, end_ms }) => ({ sequence, text, segment_id, start_ms, end_ms })),
    );

    // The recording holds the audio received: a WAV with a final header.
    const wav = await readFile(`${live.recordingsDir}/${started.session_id}.wav`);
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt32LE(40)).toBe((900 + 300 + 700 + 300) * 32);
    expect(wav.readUInt32LE(4)).toBe(36 + (900 + 300 + 700 + 300) * 32);
    listener.close();
  });
});
