import { describe, expect, it } from 'vitest';
import { isStorableText, unstorableTextIssues } from './storable-text.js';

describe('storable text', () => {
  it('accepts every Unicode scalar value but NUL, astral characters included', () => {
    expect(isStorableText('Ünïcode 🎙️ 字幕 \u2028\t\uFFFD\u0001')).toBe(true);
    expect(isStorableText('\ud83c\udf99')).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud83c'],
    ['a lone low surrogate', '\udf99b'],
    ['two high surrogates', '\ud83c\ud83c'],
  ])('refuses %s', (_name, text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it('names every place, property names included, as JSON pointers, and walks deep nesting without recursion', () => {
    expect(unstorableTextIssues('body', { title: 'ok', tags: ['x', 'y\u0000'], 'a/b\u0000': 1 })).toEqual([
      { location: 'body', path: '/a~1b\u0000', message: 'is a property name with NUL characters or unpaired UTF-16 surrogates' },
      { location: 'body', path: '/tags/1', message: 'must not contain NUL characters or unpaired UTF-16 surrogates' },
    ]);
    let deep: unknown = '\u0000';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(unstorableTextIssues('body', deep)).toHaveLength(1);
  });
});
