/**
 * What goes wrong on the speaker side: a dropped connection resumed within the grace period (same
 * session, no duplicate or missing segment ids), a grace period that runs out, a newer connection
 * replacing an older one, a busy channel, the engine process dying mid-talk, and invalid messages.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { streamAudio } from './support/audio-streaming.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, silence, speech } from './support/fake-engines.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, pcm16kMono, speakerTicket, useLiveEvent } from './support/test-context.js';

const recognizer = new ScriptedRecognizer(Array.from({ length: 100 }, (_, index) => `sentence number ${index + 1}`));
const translator = new PrefixTranslator(['es', 'fr']);
const context = useLiveEvent(() => ({ recognizer, translator, synthesizer: new SilentSynthesizer() }), {
  harness: { overrides: { resumeGraceSeconds: 2, firstMessageTimeoutMs: 500, recogniserWaitMs: 600_000 } },
});
// recogniserWaitMs: the back-pressure test waits for 'drain' itself; a loaded machine must not reach the fallback first.

describe('resuming a dropped connection', () => {
  it('continues the same session: numbering, segment ids and the audio clock go on where they stopped', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['en']);
    const first = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(first);
    await streamAudio(first, Buffer.concat([speech(500), silence(300)]), { speed: 1.8 });
    const beforeDrop = await first.next('transcript_final');
    // The connection drops in the middle of an utterance: it is finished, not lost.
    await streamAudio(first, speech(400), { speed: 1.8 });
    first.socket.terminate();
    const interrupted = await listener.next((message) => message.type === 'session_state' && message.change === 'speaker_disconnected');
    expect(interrupted).toMatchObject({ state: 'interrupted', session_id: started!.session_id });
    expect(interrupted.type === 'session_state' && interrupted.resume_deadline).toBeTruthy();

    const second = await openSpeaker(context, event.id, channel.id, speakerId);
    second.send({ type: 'session_resume', request_id: 'res-1', session_id: started!.session_id, resume_token: started!.resume_token });
    const resumed = await second.next('session_started');
    expect(resumed).toMatchObject({ request_id: 'res-1', session_id: started!.session_id, resumed: true, last_sequence: 2 });
    expect(resumed.resume_token).not.toBe(started!.resume_token);
    expect(resumed.media_offset_ms).toBe(1_200);
    expect(await listener.next((message) => message.type === 'session_state' && message.change === 'speaker_connected')).toMatchObject({
      state: 'live',
    });
    await negotiate(second, { expectSession: false });
    await streamAudio(second, Buffer.concat([speech(500), silence(300)]), { speed: 1.8 });
    const afterResume = await second.next('transcript_final');
    second.send({ type: 'end_session' });
    await second.closed;
    await listener.next((message) => message.type === 'session_state' && message.change === 'ended');

    const finals: SubtitleFinal[] = listener.all('subtitle_final');
    expect(finals.map((final) => final.sequence)).toEqual([1, 2, 3]);
    expect(new Set(finals.map((final) => final.segment_id)).size).toBe(3);
    expect(finals.every((final) => final.session_id === started!.session_id)).toBe(true);
    expect(finals[0]!.segment_id).toBe(beforeDrop.segment_id);
    expect(finals[2]!.segment_id).toBe(afterResume.segment_id);
    expect(afterResume.start_ms).toBeGreaterThanOrEqual(1_200);
    listener.close();
  });

  it("refuses a spent resume token or another speaker's session with resume_failed, and the connection stays usable", async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const intruder = randomUUID();
    channel.speakers.push(intruder);
    // Its ticket is issued while the channel is free; once it is held, no ticket would be.
    const intruderTicket = await speakerTicket(context, event.id, channel.id, intruder);
    const first = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(first);
    first.socket.terminate();
    await first.closed;
    const stranger = context.live.speaker(intruderTicket);
    await stranger.opened;
    stranger.send({ type: 'session_resume', request_id: 'r', session_id: started!.session_id, resume_token: started!.resume_token });
    expect(await stranger.next('error')).toMatchObject({ code: 'resume_failed', fatal: false, request_id: 'r' });
    // The channel is still held by the interrupted session of the first speaker.
    stranger.send({ type: 'audio_config', format: pcm16kMono });
    expect(await stranger.next('error')).toMatchObject({ code: 'channel_busy', fatal: true, details: { close_code: 4012 } });
    expect((await stranger.closed).code).toBe(4012);

    const again = await openSpeaker(context, event.id, channel.id, speakerId);
    again.send({ type: 'session_resume', session_id: started!.session_id, resume_token: 'A'.repeat(32) });
    expect(await again.next('error')).toMatchObject({ code: 'resume_failed', fatal: false });
    // A new session replaces the interrupted one.
    const { started: replacement } = await negotiate(again);
    expect(replacement!.session_id).not.toBe(started!.session_id);
    const old = await context.live.service.sessions.get(started!.session_id);
    expect(old).toMatchObject({ status: 'ended', endReason: 'replaced' });
    again.send({ type: 'end_session' });
    await again.closed;
  });

  it('ends the session with grace_expired once the grace period runs out', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['en']);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    speaker.socket.terminate();
    const ended = await listener.next((message) => message.type === 'session_state' && message.change === 'ended', 10_000);
    expect(ended).toMatchObject({ session_id: started!.session_id, end_reason: 'grace_expired' });
    expect(await context.live.service.sessions.get(started!.session_id)).toMatchObject({ status: 'ended', endReason: 'grace_expired' });
    listener.close();
  });

  it('closes an older connection of the same speaker with 4010 when a newer one opens', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const older = await openSpeaker(context, event.id, channel.id, speakerId);
    await negotiate(older);
    const newer = await openSpeaker(context, event.id, channel.id, speakerId);
    expect((await older.closed).code).toBe(4010);
    await negotiate(newer);
    newer.send({ type: 'end_session' });
    expect((await newer.closed).code).toBe(1000);
  });
});

describe('an event ended in the events service', () => {
  it('ends its sessions (event_ended): the speaker is closed with 4011, listeners are told and closed', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['en']);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    const { started } = await negotiate(speaker);
    event.status = 'ended';
    await context.live.service.sweep();
    expect(await speaker.next('session_state')).toMatchObject({
      state: 'ended',
      end_reason: 'event_ended',
      session_id: started!.session_id,
    });
    expect((await speaker.closed).code).toBe(4011);
    expect(await listener.next((message) => message.type === 'session_state' && message.change === 'ended')).toMatchObject({
      end_reason: 'event_ended',
    });
    expect((await listener.closed).code).toBe(4011);
  });
});

describe('an engine that dies mid-talk', () => {
  it('tells listeners of the gap and the speaker that recognition failed, then carries on', async () => {
    const { event, channel, speakerId, listenerId } = arrangeEvent(context);
    const listener = await openListener(context, event.id, channel.id, listenerId, ['es']);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    await negotiate(speaker);
    await streamAudio(speaker, Buffer.concat([speech(500), silence(300)]), { speed: 1.8 });
    const before = await listener.next('subtitle_final');
    const crashedAt = recognizer.crash();
    await streamAudio(speaker, speech(600), { speed: 1.8 });
    recognizer.recover(crashedAt);
    expect(await speaker.next('error')).toMatchObject({ code: 'engine_unavailable', fatal: false });
    const gap = await listener.next('gap');
    expect(gap).toMatchObject({ reason: 'asr_failed', language: null, after_sequence: before.sequence, from_ms: crashedAt });
    expect(gap.to_ms).toBeGreaterThan(gap.from_ms);
    await streamAudio(speaker, Buffer.concat([speech(500), silence(300)]), { speed: 1.8 });
    expect((await listener.next('subtitle_final')).sequence).toBe(before.sequence + 1);

    // A translation engine failing costs that language a gap, not the session.
    translator.failing.add('es');
    await streamAudio(speaker, Buffer.concat([speech(500), silence(300)]), { speed: 1.8 });
    expect(await listener.next('gap')).toMatchObject({ reason: 'mt_failed', language: 'es', after_sequence: before.sequence + 1 });
    translator.failing.clear();
    speaker.send({ type: 'end_session' });
    await speaker.closed;
    listener.close();
  });
});

describe('a saturated recogniser', () => {
  it("gets no more audio until it drains: the speaker's next frames wait, in order", async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    await negotiate(speaker);
    const order: string[] = [];
    const written = recognizer.writes.length;
    let firstWrite!: () => void;
    const firstWritten = new Promise<void>((resolve) => (firstWrite = resolve));
    recognizer.onWrite = () => {
      order.push('write');
      firstWrite();
    };
    recognizer.saturatedWrites = 1;
    speaker.sendRaw(silence(20));
    speaker.sendRaw(silence(20));
    await firstWritten;
    // A protocol ping answered means the server has read both frames (TCP keeps their order).
    await new Promise<void>((resolve) => {
      speaker.socket.once('pong', () => resolve());
      speaker.socket.ping();
    });
    order.push('drain');
    const secondWritten = new Promise<void>((resolve) => (recognizer.onWrite = () => (order.push('write'), resolve())));
    recognizer.drain();
    await secondWritten;
    recognizer.onWrite = undefined;
    expect(order).toEqual(['write', 'drain', 'write']);
    expect(recognizer.writes.length - written).toBe(2);
    speaker.send({ type: 'end_session' });
    await speaker.closed;
  });
});

describe('invalid messages', () => {
  it('answers each with a typed, non-fatal error and keeps the connection', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const speaker = await openSpeaker(context, event.id, channel.id, speakerId);
    speaker.sendRaw(Buffer.alloc(640));
    expect(await speaker.next('error')).toMatchObject({ code: 'not_negotiated', fatal: false });
    speaker.send({ type: 'pause', request_id: 'p0' });
    expect(await speaker.next('error')).toMatchObject({ code: 'not_negotiated', request_id: 'p0' });
    speaker.sendRaw('{not json');
    expect(await speaker.next('error')).toMatchObject({ code: 'invalid_message', fatal: false });
    speaker.send({ type: 'subscribe', channel_id: channel.id, languages: ['es'] });
    expect(await speaker.next('error')).toMatchObject({ code: 'unknown_type', details: { received_type: 'subscribe' } });
    speaker.send({ type: 'audio_config', request_id: 'bad', format: { encoding: 'pcm_s16le', sample_rate_hz: 12345, channels: 1 } });
    expect(await speaker.next('error')).toMatchObject({
      code: 'invalid_message',
      request_id: 'bad',
      details: { issues: [{ path: '/format/sample_rate_hz' }] },
    });
    speaker.send({ type: 'audio_config', request_id: 'opus', format: { encoding: 'opus', sample_rate_hz: 48000, channels: 1 } });
    expect(await speaker.next('error')).toMatchObject({
      code: 'unsupported_audio_format',
      request_id: 'opus',
      details: { supported: [pcm16kMono] },
    });
    speaker.sendRaw(JSON.stringify({ type: 'ping', request_id: 'x'.repeat(17_000) }));
    expect(await speaker.next('error')).toMatchObject({ code: 'message_too_large', details: { max_bytes: 16384 } });

    await negotiate(speaker);
    speaker.send({ type: 'audio_config', format: pcm16kMono });
    expect(await speaker.next('error')).toMatchObject({ code: 'invalid_state' });
    speaker.sendRaw(Buffer.alloc(641));
    expect(await speaker.next('error')).toMatchObject({ code: 'invalid_message' });
    speaker.sendRaw(Buffer.alloc(32_002));
    expect(await speaker.next('error')).toMatchObject({ code: 'message_too_large', details: { max_bytes: 32000 } });
    speaker.send({ type: 'resume', request_id: 'r1' });
    expect(await speaker.next('error')).toMatchObject({ code: 'invalid_state', request_id: 'r1' });
    speaker.send({ type: 'pause', request_id: 'p1' });
    expect(await speaker.next('session_state')).toMatchObject({ request_id: 'p1', state: 'paused', change: 'paused' });
    speaker.send({ type: 'pause', request_id: 'p2' });
    expect(await speaker.next('error')).toMatchObject({ code: 'invalid_state', request_id: 'p2' });
    speaker.send({ type: 'resume', request_id: 'r2' });
    expect(await speaker.next('session_state')).toMatchObject({ request_id: 'r2', state: 'live', change: 'resumed' });
    speaker.send({ type: 'ping', request_id: 'ping-1', client_time: '2026-11-28T17:05:03.120Z' });
    expect(await speaker.next('pong')).toMatchObject({ request_id: 'ping-1', client_time: '2026-11-28T17:05:03.120Z' });
    expect(speaker.invalid).toEqual([]);

    // Audio far faster than real time is refused frame by frame, then the connection is closed.
    for (let index = 0; index < 120; index += 1) speaker.sendRaw(Buffer.alloc(32_000));
    expect(await speaker.next('error')).toMatchObject({ code: 'rate_limited', fatal: false });
    expect((await speaker.closed).code).toBe(1008);
  });

  it('closes with 1009 on a frame above 1 MiB and with 1008 when no first message comes', async () => {
    const { event, channel, speakerId } = arrangeEvent(context);
    const big = await openSpeaker(context, event.id, channel.id, speakerId);
    big.sendRaw(Buffer.alloc(1024 * 1024 + 1));
    expect((await big.closed).code).toBe(1009);
    const silent = await openSpeaker(context, event.id, channel.id, speakerId);
    expect(await silent.next('error')).toMatchObject({ code: 'invalid_state', fatal: true, details: { close_code: 1008 } });
    expect((await silent.closed).code).toBe(1008);
  });
});
