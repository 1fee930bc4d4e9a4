/**
 * Live broadcasts are written to a listener's stream already framed, beside ws. With permessage-deflate
 * negotiated ws holds messages back while it compresses them, so there they must go through ws, or a
 * live final would overtake the `subscribed` and the replay still being compressed.
 */
import { describe, expect, it } from 'vitest';
import { InProcessSubtitleBus } from '../../src/distribution/in-process-bus.js';
import type { SubtitleBus } from '../../src/distribution/types.js';
import { startListenerEndpoint, TestListener } from './listener-test-support.js';
import { finalOf, testChannel } from './test-messages.js';

/** `bus`, whose `history` is read at once but answered only on `release` (`reading` resolves once it is asked). */
function withHeldHistory(bus: SubtitleBus): { bus: SubtitleBus; reading: Promise<void>; release: () => void } {
  let asked: () => void = () => {};
  let release: () => void = () => {};
  const reading = new Promise<void>((resolve) => (asked = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: SubtitleBus = {
    publish: (channel, message) => bus.publish(channel, message),
    subscribe: (channel, deliver, options) => bus.subscribe(channel, deliver, options),
    history: async (channel, options) => {
      const history = await bus.history(channel, options);
      asked();
      await released;
      return history;
    },
    nextSequence: (channel) => bus.nextSequence(channel),
    ping: () => bus.ping(),
    close: () => bus.close(),
  };
  return { bus: held, reading, release };
}

describe('listener with permessage-deflate', () => {
  it('receives the subscribed reply and the replay before a live final that came during the replay', async () => {
    const bus = new InProcessSubtitleBus({ historyLimit: 500 });
    const channel = testChannel();
    const held = withHeldHistory(bus);
    const endpoint = await startListenerEndpoint({
      bus: held.bus,
      eventId: channel.eventId,
      channels: [{ channelId: channel.channelId, sourceLanguage: 'en', targetLanguages: [] }],
      perMessageDeflate: true,
    });
    try {
      for (const sequence of [1, 2, 3]) await bus.publish(channel, finalOf(channel, sequence, 'en', { text: 'x'.repeat(2000) }));
      const listener = await TestListener.open(endpoint.url, { perMessageDeflate: true });
      expect(listener.socket.extensions).toContain('permessage-deflate');
      listener.send({ type: 'subscribe', channel_id: channel.channelId, languages: ['en'], resume_from: 0 });
      // Subscribed to the bus, history read: a live final now waits until the replay is sent.
      await held.reading;
      await bus.publish(channel, finalOf(channel, 4, 'en'));
      held.release();

      await listener.waitFor('subtitle_final', (final) => final.sequence === 4);
      expect(listener.messages[0]?.type).toBe('subscribed');
      expect(listener.finals()).toEqual(['en:1r', 'en:2r', 'en:3r', 'en:4']);
      expect(listener.invalid).toEqual([]);
      listener.close();
    } finally {
      await endpoint.close();
      await bus.close();
    }
  });
});
