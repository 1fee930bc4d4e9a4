import { describe, expect, it } from 'vitest';
import type { FinalLatency } from '../../api/sdk.js';
import { latencyLanguages, latencyMedians, median } from './latency.js';

const final = (sequence: number, recognition: number, es: { translation: number | null; delivery: number | null }): FinalLatency => ({
  session_id: 's1',
  sequence,
  emitted_at: '2026-11-28T17:00:00Z',
  recognition_ms: recognition,
  languages: [
    { language: 'en', is_source: true, translation_ms: null, delivery_ms: null },
    { language: 'es', is_source: false, translation_ms: es.translation, delivery_ms: es.delivery },
  ],
});

describe('latency figures', () => {
  it('takes the median of the numbers present, none when there are none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, null, 2, 10])).toBe(3);
    expect(median([null, undefined])).toBeNull();
  });

  it('gives the medians per stage and language, skipping what was not measured', () => {
    const finals = [
      final(3, 400, { translation: 80, delivery: 5 }),
      final(2, 500, { translation: 100, delivery: null }),
      final(1, 300, { translation: 90, delivery: 3 }),
    ];
    expect(latencyMedians(finals, ['en', 'es'])).toEqual({
      recognition: 400,
      languages: { en: { translation: null, delivery: null }, es: { translation: 90, delivery: 4 } },
    });
    expect(latencyLanguages(['en', 'fr'], finals)).toEqual(['en', 'fr', 'es']);
  });
});
