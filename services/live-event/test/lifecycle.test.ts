/**
 * The ends of a session's life: graceful shutdown (the utterance in progress is recognised, stored
 * and sent, the recording header made final, then 1001), session records that the events service
 * refuses for a while, and sessions a stopped process left interrupted, ended by the next one.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { startLiveEvent } from './support/live-event-harness.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, useLiveEvent } from './support/test-context.js';

const engines = () => ({ recognizer: new ScriptedRecognizer(Array.from({ length: 20 }, (_, index) => `phrase ${index + 1}`)), translator: new PrefixTranslator(['es', 'fr']), synthesizer: new SilentSynthesizer() });

// One service (and one PGlite) for the file; the shutdown test runs last, since it stops the service.
const context = useLiveEvent(engines, { harness: { overrides: { resumeGraceSeconds: 1 } } });

describe('session records', () => {
  it('retries a record the events service refuses, and keeps it for a later sweep when every retry fails', async () => {
    const first = arrangeEvent(context);
    context.upstreams.state.failNextRecords = 2;
    const speaker = await openSpeaker(context, first.event.id, first.channel.id, first.speakerId);
    const { started } = await negotiate(speaker);
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    await expect.poll(() => context.upstreams.state.records.some((record) => record.id === started!.session_id), { timeout: 5_000 }).toBe(true);

    const second = arrangeEvent(context);
    context.upstreams.state.failNextRecords = 100;
    const again = await openSpeaker(context, second.event.id, second.channel.id, second.speakerId);
    const { started: unlucky } = await negotiate(again);
    await streamAudio(again, Buffer.concat([speech(400), silence(300)]), { speed: 1.9 });
    await again.next('transcript_final');
    again.send({ type: 'end_session' });
    await again.closed;
    await context.live.service.records.settle();
    await expect.poll(() => context.live.metrics.sessionRecordFailures.get().then((metric) => metric.values[0]?.value ?? 0), { timeout: 5_000 }).toBe(1);
    expect(context.upstreams.state.records.some((record) => record.id === unlucky!.session_id)).toBe(false);
    expect((await context.live.service.sessions.get(unlucky!.session_id))?.recordWrittenAt).toBeNull();

    context.upstreams.state.failNextRecords = 0;
    await context.live.service.sweep();
    await expect.poll(() => context.upstreams.state.records.find((record) => record.id === unlucky!.session_id), { timeout: 5_000 }).toMatchObject({ segment_count: 1, transcripts: [{ language: 'en' }, { language: 'es' }, { language: 'fr' }] });
  });
});

describe('graceful shutdown', () => {
  it('flushes the utterance in progress and the recording, closes every socket with 1001, and the next process ends the abandoned session', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['en', 'es']);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    // Speech with no pause after it: only the shutdown's flush makes it a final.
    await streamAudio(speaker, speech(600), { speed: 1.9 });

    await context.live.stop();
    const finals = speaker.all('transcript_final');
    expect(finals).toHaveLength(1);
    const phrase = finals[0]!.text;
    expect((await speaker.closed).code).toBe(1001);
    expect((await listener.closed).code).toBe(1001);
    expect(listener.all('subtitle_final').map((final) => `${final.language}:${final.text}`).sort()).toEqual([`en:${phrase}`, `es:[es] ${phrase}`]);

    const stored = await context.live.service.sessions.get(started!.session_id);
    expect(stored).toMatchObject({ status: 'interrupted', segmentCount: 1 });
    const wav = await readFile(`${context.live.recordingsDir}/${started!.session_id}.wav`);
    expect(wav.length).toBe(44 + 600 * 32);
    expect(wav.readUInt32LE(40)).toBe(600 * 32);

    // The next process finds the session abandoned once its grace period is over, ends it and reports it.
    const next = await startLiveEvent({ db: context.database.db, key: context.key, upstreams: context.upstreams, engines: engines(), recordingsDir: context.live.recordingsDir });
    try {
      await expect
        .poll(async () => {
          await next.service.sweep();
          return (await next.service.sessions.get(started!.session_id))?.status;
        }, { timeout: 10_000, interval: 250 })
        .toBe('ended');
      expect(await next.service.sessions.get(started!.session_id)).toMatchObject({ endReason: 'grace_expired', recordingBytes: 44 + 600 * 32 });
      await expect.poll(() => context.upstreams.state.records.find((record) => record.id === started!.session_id), { timeout: 5_000 }).toMatchObject({ segment_count: 1 });
    } finally {
      await next.stop();
    }
  });
});
