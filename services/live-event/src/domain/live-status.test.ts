import { describe, expect, it } from 'vitest';
import type { PresenceSnapshot } from '../live-status/types.js';
import type { StoredSession } from '../repositories/session-repository.js';
import { channelLiveStatus, eventListeners, finalLatencies, liveSession } from './live-status.js';

const session = { id: 's1', status: 'active', speakerId: 'u1', startedAt: new Date('2026-11-28T17:00:00Z') } as StoredSession;
const channel = { id: 'c1', source_language: 'en', target_languages: ['es', 'fr'] };

describe('the live status of a channel', () => {
  it('sums the presence of every instance, per channel and language, with every language of the channel', () => {
    const presence: PresenceSnapshot[] = [
      { connections: 3, channels: { c1: { listeners: 2, languages: { es: 2, fr: 1 } } } },
      { connections: 1, channels: { c1: { listeners: 1, languages: { es: 1 } }, c2: { listeners: 5, languages: { de: 5 } } } },
    ];
    const status = channelLiveStatus({ channel, session: undefined, busSession: undefined, presence, finals: [] });
    expect(status).toEqual({
      channel_id: 'c1',
      session: null,
      listeners: 3,
      languages: [
        { language: 'en', listeners: 0 },
        { language: 'es', listeners: 3 },
        { language: 'fr', listeners: 1 },
      ],
      finals: [],
    });
    expect(eventListeners(presence)).toBe(4);
  });

  it('takes the session state from the bus when it speaks of the same session, from the database otherwise', () => {
    expect(liveSession(session, { session_id: 's1', state: 'paused' })).toEqual({
      id: 's1',
      state: 'paused',
      speaker_id: 'u1',
      started_at: '2026-11-28T17:00:00.000Z',
    });
    expect(liveSession(session, { session_id: 'older', state: 'ended' })?.state).toBe('live');
    expect(liveSession({ ...session, status: 'interrupted' }, undefined)?.state).toBe('interrupted');
    expect(liveSession({ ...session, status: 'ended' }, undefined)).toBeNull();
  });

  it('gives each final its recognition, translations and the slowest delivery per language, newest first', () => {
    const timings = (isSource: boolean, translationMs: number | null) => ({
      sessionId: 's1',
      isSource,
      recognitionMs: 400,
      translationMs,
      emittedAt: '2026-11-28T17:00:05.000Z',
    });
    const finals = finalLatencies(
      [
        {
          sequence: 1,
          languages: { fr: timings(false, 90), en: timings(true, null), es: timings(false, 80) },
          deliveries: { es: [3, 12], fr: [4] },
        },
        { sequence: 2, languages: { en: timings(true, null) }, deliveries: {} },
        { sequence: 3, languages: {}, deliveries: { es: [2] } },
      ],
      ['en', 'es', 'fr'],
    );
    expect(finals).toEqual([
      {
        session_id: 's1',
        sequence: 2,
        emitted_at: '2026-11-28T17:00:05.000Z',
        recognition_ms: 400,
        languages: [{ language: 'en', is_source: true, translation_ms: null, delivery_ms: null }],
      },
      {
        session_id: 's1',
        sequence: 1,
        emitted_at: '2026-11-28T17:00:05.000Z',
        recognition_ms: 400,
        languages: [
          { language: 'en', is_source: true, translation_ms: null, delivery_ms: null },
          { language: 'es', is_source: false, translation_ms: 80, delivery_ms: 12 },
          { language: 'fr', is_source: false, translation_ms: 90, delivery_ms: 4 },
        ],
      },
    ]);
  });
});
