/**
 * Listeners through the service's gateway: a slow listener (one that stops reading) is cut with 4008
 * after receiving an unbroken prefix of the finals, while a listener that keeps up receives every one
 * in order; and the session's listener peak is what the events service is told.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SubtitleFinal } from '../../../generated/asyncapi/live-event/messages.js';
import { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer } from './support/fake-engines.js';
import { arrangeEvent, negotiate, openListener, openSpeaker, useLiveEvent } from './support/test-context.js';

const context = useLiveEvent(() => ({ recognizer: new ScriptedRecognizer([]), translator: new PrefixTranslator(['es', 'fr']), synthesizer: new SilentSynthesizer() }), {
  harness: { overrides: { listenerLimits: { softBufferBytes: 64 * 1024, hardBufferBytes: 256 * 1024, softQueuedMessages: 50, hardQueuedMessages: 200, slowConsumerGraceMs: 10_000 } } },
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
    await expect.poll(() => context.upstreams.state.records.find((record) => record.id === started!.session_id), { timeout: 5_000 }).toMatchObject({ listeners_peak: 3 });
    for (const listener of listeners.slice(1)) listener.close();
  });
});
