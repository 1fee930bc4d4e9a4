import { createLogger } from '@ilenia/kit';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import { InProcessSubtitleBus } from '../distribution/in-process-bus.js';
import { InProcessLiveStatusStore } from './in-process-live-status-store.js';
import { LiveStatusRecorder } from './live-status-recorder.js';

const logger = createLogger({ service: 'live-status-test', level: 'silent' });
const channel = { eventId: 'e1', channelId: '7b1d4f8a-2c5e-4b9d-a3f6-8e1c4a7d0b2e' };
const recorders: LiveStatusRecorder[] = [];
afterEach(async () => {
  for (const recorder of recorders.splice(0)) await recorder.stop();
});

function final(sequence: number, language: string, emittedAt: string): SubtitleFinal {
  return {
    type: 'subtitle_final',
    event_id: '3f2b8c1e-7a4d-4e9b-9c1f-2d6e8a0b4c5d',
    channel_id: channel.channelId,
    session_id: '6d2f9a4c-1b8e-4c7d-9a3f-5e0b2c8d1f47',
    segment_id: '8e4a0c6f-2b7d-4e9a-a1c3-5f7b9d1e3a82',
    sequence,
    language,
    is_source: language === 'en',
    start_ms: 0,
    end_ms: 900,
    text: 'hello',
    timings: { recognition_ms: 300, translation_ms: language === 'en' ? null : 40, emitted_at: emittedAt },
    replayed: false,
  };
}

describe('an instance recording the live status', () => {
  it('writes its presence when listeners come, switch and go, and removes it when it stops', async () => {
    const store = new InProcessLiveStatusStore();
    const recorder = new LiveStatusRecorder({ store, logger });
    recorders.push(recorder);
    const first = recorder.watchListener('e1');
    const second = recorder.watchListener('e1');
    first.following('c1', ['es']);
    second.following('c1', ['es', 'fr']);
    await recorder.settled();
    expect(await store.readPresence('e1')).toEqual([{ connections: 2, channels: { c1: { listeners: 2, languages: { es: 2, fr: 1 } } } }]);
    second.following(null, []);
    first.closed();
    await recorder.settled();
    expect(await store.readPresence('e1')).toEqual([{ connections: 1, channels: {} }]);
    await recorder.stop();
    expect(await store.readPresence('e1')).toEqual([]);
  });

  it('records the finals published through its bus, and its deliveries only for languages someone here follows', async () => {
    const store = new InProcessLiveStatusStore();
    const recorder = new LiveStatusRecorder({ store, logger });
    recorders.push(recorder);
    const bus = recorder.observeFinals(new InProcessSubtitleBus({ historyLimit: 10 }));
    recorder.watchListener(channel.eventId).following(channel.channelId, ['es']);
    const spanish = final(1, 'es', '2026-11-28T17:00:00.000Z');
    await bus.publish(channel, final(1, 'en', '2026-11-28T17:00:00.000Z'));
    await bus.publish(channel, spanish);
    recorder.handedOver(channel, spanish, Date.parse('2026-11-28T17:00:00.025Z'));
    recorder.handedOver(channel, final(1, 'en', '2026-11-28T17:00:00.000Z'), Date.parse('2026-11-28T17:00:00.030Z'));
    await expect
      .poll(() => store.latestFinals(channel, 5))
      .toEqual([
        {
          sequence: 1,
          languages: {
            en: {
              sessionId: spanish.session_id,
              isSource: true,
              recognitionMs: 300,
              translationMs: null,
              emittedAt: '2026-11-28T17:00:00.000Z',
            },
            es: {
              sessionId: spanish.session_id,
              isSource: false,
              recognitionMs: 300,
              translationMs: 40,
              emittedAt: '2026-11-28T17:00:00.000Z',
            },
          },
          deliveries: { es: [25] },
        },
      ]);
  });
});

describe('the in-process store', () => {
  it('forgets presence that was not refreshed in time, and keeps the newest finals only', async () => {
    let now = 0;
    const store = new InProcessLiveStatusStore({ presenceTtlMs: 1_000, finalsKept: 2 }, () => now);
    await store.writePresence('a', 'e1', { connections: 1, channels: {} });
    now = 999;
    expect(await store.readPresence('e1')).toHaveLength(1);
    now = 1_000;
    expect(await store.readPresence('e1')).toEqual([]);
    for (const sequence of [1, 2, 3]) await store.recordDelivery('a', channel, { sequence, language: 'es', deliveryMs: sequence });
    expect((await store.latestFinals(channel, 5)).map((entry) => entry.sequence)).toEqual([3, 2]);
  });
});
