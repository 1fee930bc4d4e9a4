/**
 * Subtitle delivery through a real service on a real port, with deterministic engines: a speaker's
 * partials and finals, Spanish subtitles to a listener, the session stored, recorded and written to
 * the events service, the transcripts served as delivered; then a slow listener (one that stops reading) is cut with 4008
 * after receiving an unbroken prefix of the finals, while a listener that keeps up receives every one
 * in order; and the session's listener peak is what the events service is told.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ListenerServerMessage, SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, useLiveEvent } from './support/test-context.js';

const context = useLiveEvent(
  () => ({
    recognizer: new ScriptedRecognizer(['welcome everyone', 'open science matters', 'thank you']),
    translator: new PrefixTranslator(['es', 'fr']),
    synthesizer: new SilentSynthesizer(),
  }),
  {
    harness: {
      overrides: {
        listenerLimits: {
          softBufferBytes: 64 * 1024,
          hardBufferBytes: 256 * 1024,
          softQueuedMessages: 50,
          hardQueuedMessages: 200,
          slowConsumerGraceMs: 10_000,
        },
      },
    },
  },
);

describe('a speaker session', () => {
  it('streams partials and finals to the speaker and Spanish subtitles to a listener, then ends, stores and reports the session', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started, accepted } = await negotiate(speaker, { echo: true });
    if (!started) throw new Error('no session_started');
    expect(started).toMatchObject({
      request_id: 'cfg-1',
      event_id: event.id,
      channel_id: channel.id,
      source_language: 'en',
      resumed: false,
      last_sequence: null,
      media_offset_ms: 0,
      resume_grace_seconds: 30,
    });
    expect(accepted).toMatchObject({
      request_id: 'cfg-1',
      format: { encoding: 'pcm_s16le', sample_rate_hz: 16000, channels: 1 },
      max_frame_bytes: 32000,
    });

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
    expect(
      echoes
        .filter((echo) => echo.sequence === 1)
        .map((echo) => echo.text)
        .sort(),
    ).toEqual(['[es] welcome everyone', '[fr] welcome everyone']);

    // The listener got Spanish only: partials of the first segment before its final.
    const spanishFinals: SubtitleFinal[] = [];
    while (spanishFinals.length < 2) spanishFinals.push(await listener.next('subtitle_final'));
    expect(spanishFinals.map((final) => [final.sequence, final.language, final.text, final.is_source])).toEqual([
      [1, 'es', '[es] welcome everyone', false],
      [2, 'es', '[es] open science matters', false],
    ]);
    const received = listener.received.filter(
      (message): message is Extract<ListenerServerMessage, { type: 'subtitle_partial' | 'subtitle_final' }> =>
        message.type === 'subtitle_partial' || message.type === 'subtitle_final',
    );
    expect(received.every((message) => message.language === 'es')).toBe(true);
    const firstPartial = received.findIndex((message) => message.type === 'subtitle_partial' && message.segment_id === first.segment_id);
    const firstFinal = received.findIndex((message) => message.type === 'subtitle_final' && message.segment_id === first.segment_id);
    expect(firstPartial).toBeGreaterThanOrEqual(0);
    expect(firstPartial).toBeLessThan(firstFinal);
    expect(spanishFinals[0]!.timings.translation_ms).not.toBeNull();
    expect(spanishFinals[0]!.timings.recognition_ms).toBe(7);

    speaker.send({ type: 'end_session', request_id: 'end-1' });
    const ended = await speaker.next('session_state');
    expect(ended).toMatchObject({
      request_id: 'end-1',
      state: 'ended',
      change: 'ended',
      end_reason: 'speaker_ended',
      session_id: started.session_id,
    });
    expect((await speaker.closed).code).toBe(1000);
    expect(await listener.next((message) => message.type === 'session_state' && message.change === 'ended')).toMatchObject({
      end_reason: 'speaker_ended',
    });

    // The events service has the record, with links to the recording and the transcripts.
    await expect
      .poll(() => context.upstreams.state.records.find((record) => record.id === started.session_id), { timeout: 5_000 })
      .toBeDefined();
    const record = context.upstreams.state.records.find((entry) => entry.id === started.session_id)!;
    expect(record).toMatchObject({
      channel_id: channel.id,
      mode: 'websocket',
      segment_count: 2,
      written_by: 'live-event',
      recording_url: `http://live-event.test/v1/sessions/${started.session_id}/recording`,
    });
    expect(record.transcripts.map((link) => link.language).sort()).toEqual(['en', 'es', 'fr']);

    // The transcript download is what the listener was sent.
    const manager = await context.live.token(randomUUID(), [
      'transcripts:read',
      'recordings:read',
      'live_sessions:read',
      'events:manage_all',
    ]);
    const response = await fetch(`${context.live.baseUrl}/v1/sessions/${started.session_id}/transcripts/es`, {
      headers: { Authorization: `Bearer ${manager}` },
    });
    const transcript = (await response.json()) as {
      complete: boolean;
      segments: { sequence: number; text: string; segment_id: string; start_ms: number; end_ms: number }[];
    };
    expect(transcript.complete).toBe(true);
    expect(
      transcript.segments.map(({ sequence, text, segment_id, start_ms, end_ms }) => ({ sequence, text, segment_id, start_ms, end_ms })),
    ).toEqual(spanishFinals.map(({ sequence, text, segment_id, start_ms, end_ms }) => ({ sequence, text, segment_id, start_ms, end_ms })));

    // The recording holds the audio received: a WAV with a final header.
    const wav = await readFile(`${context.live.recordingsDir}/${started.session_id}.wav`);
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt32LE(40)).toBe((900 + 300 + 700 + 300) * 32);
    expect(wav.readUInt32LE(4)).toBe(36 + (900 + 300 + 700 + 300) * 32);
    listener.close();
  });
});

describe('listeners', () => {
  it('cuts a listener that stops reading with 4008 without holding back the others', { timeout: 60_000 }, async () => {
    const { event, channel, listenerId } = arrangeEvent(context);
    const fast = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const slow = await openListener(context, event.id, channel.id, listenerId, ['es']);
    slow.socket.pause();
    const sessionId = randomUUID();
    const count = 4000;
    const text = 'palabra '.repeat(480).trim();
    for (let sequence = 1; sequence <= count; sequence += 1) {
      const final: SubtitleFinal = {
        type: 'subtitle_final',
        event_id: event.id,
        channel_id: channel.id,
        session_id: sessionId,
        segment_id: randomUUID(),
        sequence,
        language: 'es',
        is_source: false,
        start_ms: sequence * 1000,
        end_ms: sequence * 1000 + 900,
        text,
        timings: { recognition_ms: 10, translation_ms: 2, emitted_at: new Date().toISOString() },
        replayed: false,
      };
      await context.live.bus.publish({ eventId: event.id, channelId: channel.id }, final);
      // Published at the pace a reading client keeps up with (a talk makes one final every few seconds).
      if (sequence % 50 === 0) await expect.poll(() => fast.all('subtitle_final').length, { timeout: 10_000, interval: 5 }).toBe(sequence);
    }
    expect(fast.all('subtitle_final').map((final) => final.sequence)).toEqual(Array.from({ length: count }, (_, index) => index + 1));

    slow.socket.resume();
    expect((await slow.closed).code).toBe(4008);
    const received = slow.all('subtitle_final').map((final) => final.sequence);
    expect(received.length).toBeLessThan(count);
    expect(received).toEqual(Array.from({ length: received.length }, (_, index) => index + 1));
    fast.close();
  });

  it('reports the largest number of listeners connected during the session', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listeners = await Promise.all([0, 1, 2].map(() => openListener(context, event.id, channel.id, listenerId, ['en'])));
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    listeners[0]!.close();
    await listeners[0]!.closed;
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    await expect
      .poll(() => context.upstreams.state.records.find((record) => record.id === started!.session_id), { timeout: 5_000 })
      .toMatchObject({ listeners_peak: 3 });
    for (const listener of listeners.slice(1)) listener.close();
  });
});
