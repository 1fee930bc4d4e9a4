import { describe, expect, it } from 'vitest';
import { normalisedWords, wordErrorRate } from '../src/testing/wer.js';

describe('wordErrorRate', () => {
  it('ignores case and punctuation, keeps apostrophes inside words', () => {
    expect(wordErrorRate("Don't stop, Mr. Smith!", "don't stop mr smith")).toBe(0);
    expect(normalisedWords("'Quoted' well-known don't.")).toEqual(['quoted', 'well', 'known', "don't"]);
  });

  it('counts substitutions, deletions and insertions against the reference length', () => {
    expect(wordErrorRate('the quick brown fox', 'the quick brown box')).toBe(0.25);
    expect(wordErrorRate('the quick brown fox', 'quick brown fox')).toBe(0.25);
    expect(wordErrorRate('the quick brown fox', 'the very quick brown fox jumps')).toBe(0.5);
    expect(wordErrorRate('', '')).toBe(0);
    expect(wordErrorRate('', 'noise')).toBe(1);
  });
});
