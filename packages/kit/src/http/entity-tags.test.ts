import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../problem.js';
import { ifMatchAccepts, parseIfMatch, versionMatchingIfMatch, versionTag } from './entity-tags.js';

function thrownBy(action: () => unknown): HttpProblem {
  try {
    action();
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('expected a problem to be thrown');
}

describe('If-Match and ETag', () => {
  it('formats a version as a strong entity tag that its own If-Match matches', () => {
    expect(versionTag(7)).toBe('"7"');
    expect(versionMatchingIfMatch(parseIfMatch(versionTag(7)), 7)).toBe(7);
  });

  it('matches the current version, any member of a list, and * for any existing representation', () => {
    expect(versionMatchingIfMatch(parseIfMatch('"3"'), 3)).toBe(3);
    expect(versionMatchingIfMatch(parseIfMatch(' "2", "3" '), 3)).toBe(3);
    expect(versionMatchingIfMatch(parseIfMatch('"1",,"3"'), 3)).toBe(3);
    expect(versionMatchingIfMatch(parseIfMatch('*'), 12)).toBe(12);
  });

  it('refuses a stale version and a weak tag with 412 (strong comparison, RFC 9110 §13.1.1)', () => {
    for (const header of ['"2"', 'W/"3"', 'W/"3", "4"']) {
      const problem = thrownBy(() => versionMatchingIfMatch(parseIfMatch(header), 3));
      expect(problem.status).toBe(412);
      expect(problem.type).toBe('https://ilenia.dev/problems/precondition-failed');
      expect(problem.detail).toContain('"3"');
    }
    expect(ifMatchAccepts(parseIfMatch('W/"3"'), '3')).toBe(false);
  });

  it('refuses what is not an entity tag (a bare number, garbage, an empty value) with a 400 naming the header', () => {
    for (const header of ['3', ' 3 ', 'abc', '', ',', '"3', '"3", 4', '**', 'w/"3"', undefined]) {
      const problem = thrownBy(() => parseIfMatch(header));
      expect(problem.status, String(header)).toBe(400);
      expect(problem.extensions.errors).toEqual([expect.objectContaining({ location: 'header', path: '/if-match' })]);
    }
  });

  it('reads the opaque value of every tag, weak or strong', () => {
    expect(parseIfMatch('W/"a", "b"')).toEqual({
      kind: 'tags',
      tags: [
        { weak: true, opaque: 'a' },
        { weak: false, opaque: 'b' },
      ],
    });
    expect(parseIfMatch('""')).toEqual({ kind: 'tags', tags: [{ weak: false, opaque: '' }] });
  });
});
