import { describe, expect, it } from 'vitest';
import type { SubtitleFinal, SubtitlePartial } from '../api/sdk.js';
import { CaptionStore } from './captions.js';

const base = {
  event_id: 'e',
  channel_id: 'c',
  session_id: 's',
  is_source: false,
  start_ms: 0,
  end_ms: 1000,
  timings: { recognition_ms: 1, translation_ms: 1, emitted_at: '2026-01-01T00:00:00Z' },
};
const final = (sequence: number, text: string, language = 'es'): SubtitleFinal => ({
  ...base,
  type: 'subtitle_final',
  segment_id: `seg-${sequence}`,
  sequence,
  language,
  text,
  replayed: false,
});
const partial = (segment: number, revision: number, text: string, language = 'es'): SubtitlePartial => ({
  ...base,
  type: 'subtitle_partial',
  segment_id: `seg-${segment}`,
  revision,
  language,
  text,
});

describe('what the listener reads', () => {
  it('shows the partial being spoken in place, then its final instead', () => {
    const store = new CaptionStore();
    store.setPartial(partial(1, 1, 'Buenos'));
    store.setPartial(partial(1, 2, 'Buenos días'));
    expect(store.captions('es').map((caption) => [caption.kind, caption.text])).toEqual([['partial', 'Buenos días']]);
    store.addFinal(final(1, 'Buenos días a todos.'));
    expect(store.captions('es').map((caption) => [caption.kind, caption.text])).toEqual([['final', 'Buenos días a todos.']]);
  });

  it('ignores a late partial revision and a partial of a segment already final', () => {
    const store = new CaptionStore();
    store.setPartial(partial(1, 3, 'Buenos días a'));
    store.setPartial(partial(1, 2, 'Buenos'));
    expect(store.captions('es')[0]!.text).toBe('Buenos días a');
    store.addFinal(final(1, 'Buenos días a todos.'));
    store.setPartial(partial(1, 4, 'Buenos días a todos'));
    expect(store.captions('es')).toHaveLength(1);
  });

  it('keeps each final once and in sequence order when a reconnection replays some', () => {
    const store = new CaptionStore();
    store.addFinal(final(1, 'uno'));
    store.addFinal(final(3, 'tres'));
    expect(store.addFinal(final(3, 'tres'))).toBe(false);
    store.addFinal(final(2, 'dos'));
    expect(store.captions('es').map((caption) => caption.text)).toEqual(['uno', 'dos', 'tres']);
    expect(store.lastSequence('es')).toBe(3);
  });

  it('keeps the languages apart', () => {
    const store = new CaptionStore();
    store.addFinal(final(1, 'Good morning', 'en'));
    store.addFinal(final(1, 'Buenos días', 'es'));
    expect(store.captions('en').map((caption) => caption.text)).toEqual(['Good morning']);
    expect(store.lastSequence('fr')).toBeUndefined();
  });
});
