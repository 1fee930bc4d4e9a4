/**
 * The ends of a session's life: graceful shutdown (the utterance in progress is recognised, stored
 * and sent, the recording header made final, then 1001), session records that the events service
 * refuses for a while, and sessions a stopped process left interrupted, ended by the next one.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WavWriter } from '../src/recording/wav-writer.js';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { startLiveEvent } from './support/live-event-harness.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, useLiveEvent } from './support/test-context.js';

const recognizer = new ScriptedRecognizer(Array.from({ length: 20 }, (_, index) => `phrase ${index + 1}`));
const engines = () => ({
  recognizer,
  translator: new PrefixTranslator(['es', 'fr']),
  synthesizer: new SilentSynthesizer(),
});

// One service (and one PGlite) for the file; the shutdown test runs last, since it stops the service.
const context = useLiveEvent(engines, { harness: { overrides: { resumeGraceSeconds: 1, abandonedAfterMs: 60_000 } } });

describe('session records', () => {
  it('retries a record the events service refuses, and keeps it for a later sweep when every retry fails', async () => {
    const first = arrangeEvent(context);
    context.upstreams.state.failNextRecords = 2;
    const speaker = await openSpeaker(context, first.event.id, first.channel.id, first.speakerId);
    const { started } = await negotiate(speaker);
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    await expect
      .poll(() => context.upstreams.state.records.some((record) => record.id === started!.session_id), { timeout: 5_000 })
      .toBe(true);

    const second = arrangeEvent(context);
    context.upstreams.state.failNextRecords = 100;
    const again = await openSpeaker(context, second.event.id, second.channel.id, second.speakerId);
    const { started: unlucky } = await negotiate(again);
    await streamAudio(again, Buffer.concat([speech(400), silence(300)]), { speed: 1.9 });
    await again.next('transcript_final');
    again.send({ type: 'end_session' });
    await again.closed;
    await context.live.service.records.settle();
    await expect
      .poll(() => context.live.metrics.sessionRecordFailures.get().then((metric) => metric.values[0]?.value ?? 0), { timeout: 5_000 })
      .toBe(1);
    expect(context.upstreams.state.records.some((record) => record.id === unlucky!.session_id)).toBe(false);
    expect((await context.live.service.sessions.get(unlucky!.session_id))?.recordWrittenAt).toBeNull();

    context.upstreams.state.failNextRecords = 0;
    await context.live.service.sweep();
    await expect
      .poll(() => context.upstreams.state.records.find((record) => record.id === unlucky!.session_id), { timeout: 5_000 })
      .toMatchObject({ segment_count: 1, transcripts: [{ language: 'en' }, { language: 'es' }, { language: 'fr' }] });
  });
});

describe('a process that died mid-talk', () => {
  it('leaves a session the next sweep ends, with its recording repaired and its record written', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const sessionId = randomUUID();
    const recordingPath = path.join(context.live.recordingsDir, `${sessionId}.wav`);
    await context.live.service.sessions.create({
      id: sessionId,
      eventId: event.id,
      channelId: channel.id,
      speakerId,
      startedAt: new Date(Date.now() - 120_000),
      sourceLanguage: 'en',
      languages: ['en', 'es'],
      recordingPath,
    });
    await context.live.service.segments.insert({
      sessionId,
      language: 'en',
      sequence: 1,
      segmentId: randomUUID(),
      isSource: true,
      startMs: 0,
      endMs: 900,
      text: 'before the crash',
      speakerId,
    });
    // The process wrote 1.5 s of audio, then died before the header was brought up to date.
    const recording = await WavWriter.open(recordingPath, { syncEveryBytes: 10_000_000 });
    recording.append(Buffer.alloc(48_000, 1));
    await expect.poll(async () => (await readFile(recordingPath)).length).toBe(44 + 48_000);

    // Still stamped recently: someone may be running it.
    await context.database.db.updateTable('live_sessions').set({ heartbeat_at: new Date() }).where('id', '=', sessionId).execute();
    await context.live.service.sweep();
    expect((await context.live.service.sessions.get(sessionId))?.status).toBe('active');
    await context.database.db
      .updateTable('live_sessions')
      .set({ heartbeat_at: new Date(Date.now() - 120_000) })
      .where('id', '=', sessionId)
      .execute();
    await context.live.service.sweep();
    expect(await context.live.service.sessions.get(sessionId)).toMatchObject({
      status: 'ended',
      endReason: 'grace_expired',
      recordingBytes: 44 + 48_000,
      mediaOffsetMs: 1_500,
    });
    expect((await readFile(recordingPath)).readUInt32LE(40)).toBe(48_000);
    await expect
      .poll(() => context.upstreams.state.records.find((record) => record.id === sessionId), { timeout: 5_000 })
      .toMatchObject({ segment_count: 1, transcripts: [{ language: 'en' }] });
  });
});

describe('a restart', () => {
  it('lets the speaker continue the session on the next process with session_resume, numbering on', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const options = { db: context.database.db, key: context.key, upstreams: context.upstreams, recordingsDir: context.live.recordingsDir };
    const before = await startLiveEvent({ ...options, engines: engines() });
    const speakerTicketOn = async (live: typeof before) =>
      String(
        (await live.ticket('speaker', { event_id: event.id, channel_id: channel.id }, await live.token(speakerId, ['live:speak']))).body
          .ticket,
      );
    const first = before.speaker(await speakerTicketOn(before));
    await first.opened;
    const { started } = await negotiate(first);
    await streamAudio(first, Buffer.concat([speech(400), silence(300)]), { speed: 1.9 });
    const beforeRestart = await first.next('transcript_final');
    await before.stop();
    expect((await first.closed).code).toBe(1001);

    // A new process, with a new (empty) in-process bus.
    const after = await startLiveEvent({ ...options, engines: engines() });
    try {
      const listenerTicket = await after.ticket('listener', { event_id: event.id }, await after.token(listenerId, ['live:listen']));
      const listener = after.listener(String(listenerTicket.body.ticket));
      await listener.opened;
      listener.send({ type: 'subscribe', channel_id: channel.id, languages: ['en'], include_partials: false });
      await listener.next('subscribed');
      const second = after.speaker(await speakerTicketOn(after));
      await second.opened;
      second.send({ type: 'session_resume', session_id: started!.session_id, resume_token: started!.resume_token });
      const resumed = await second.next((message) => message.type === 'session_started' || message.type === 'error');
      expect(resumed).toMatchObject({
        type: 'session_started',
        resumed: true,
        session_id: started!.session_id,
        last_sequence: beforeRestart.sequence,
        media_offset_ms: 700,
      });
      await negotiate(second, { expectSession: false });
      await streamAudio(second, Buffer.concat([speech(400), silence(300)]), { speed: 1.9 });
      const afterRestart = await second.next('transcript_final');
      expect(afterRestart.sequence).toBe(beforeRestart.sequence + 1);
      expect(afterRestart.start_ms).toBeGreaterThanOrEqual(700);
      expect((await listener.next('subtitle_final')).sequence).toBe(afterRestart.sequence);
      second.send({ type: 'end_session' });
      await second.closed;
      const stored = await after.service.sessions.get(started!.session_id);
      expect(stored).toMatchObject({ status: 'ended', endReason: 'speaker_ended', segmentCount: 2, recordingBytes: 44 + 1_400 * 32 });
      listener.close();
    } finally {
      await after.stop();
    }
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
    // Sent is not received: the shutdown reads no more audio, so wait until the server has all of it.
    // (A hang bound, not a margin.)
    await expect.poll(() => recognizer.streams.at(-1)?.position, { timeout: 30_000 }).toBe(600);

    await context.live.stop();
    const finals = speaker.all('transcript_final');
    expect(finals).toHaveLength(1);
    const phrase = finals[0]!.text;
    expect((await speaker.closed).code).toBe(1001);
    expect((await listener.closed).code).toBe(1001);
    expect(
      listener
        .all('subtitle_final')
        .map((final) => `${final.language}:${final.text}`)
        .sort(),
    ).toEqual([`en:${phrase}`, `es:[es] ${phrase}`]);

    const stored = await context.live.service.sessions.get(started!.session_id);
    expect(stored).toMatchObject({ status: 'interrupted', segmentCount: 1 });
    const wav = await readFile(`${context.live.recordingsDir}/${started!.session_id}.wav`);
    expect(wav.length).toBe(44 + 600 * 32);
    expect(wav.readUInt32LE(40)).toBe(600 * 32);

    // The next process finds the session abandoned once its grace period is over, ends it and reports it.
    const next = await startLiveEvent({
      db: context.database.db,
      key: context.key,
      upstreams: context.upstreams,
      engines: engines(),
      recordingsDir: context.live.recordingsDir,
      overrides: { abandonedAfterMs: 500 },
    });
    try {
      await expect
        .poll(
          async () => {
            await next.service.sweep();
            return (await next.service.sessions.get(started!.session_id))?.status;
          },
          { timeout: 10_000, interval: 250 },
        )
        .toBe('ended');
      expect(await next.service.sessions.get(started!.session_id)).toMatchObject({
        endReason: 'grace_expired',
        recordingBytes: 44 + 600 * 32,
      });
      await expect
        .poll(() => context.upstreams.state.records.find((record) => record.id === started!.session_id), { timeout: 5_000 })
        .toMatchObject({ segment_count: 1 });
    } finally {
      await next.stop();
    }
  });
});
