import { describe, expect, it } from 'vitest';
import { HttpProblem } from '@ilenia/kit';
import { entityTag, versionFromIfMatch } from './versions.js';

describe('If-Match versions', () => {
  it('reads the version of a strong entity tag (and of a bare number)', () => {
    expect(versionFromIfMatch('"7"')).toBe(7);
    expect(versionFromIfMatch(entityTag(12))).toBe(12);
    expect(versionFromIfMatch(' 3 ')).toBe(3);
  });

  it('refuses *, weak tags, lists and garbage with a 400 naming the header', () => {
    for (const value of ['*', 'W/"3"', '"3", "4"', 'abc', '""', undefined]) {
      const error = (() => {
        try {
          versionFromIfMatch(value);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(HttpProblem);
      expect((error as HttpProblem).status).toBe(400);
      expect((error as HttpProblem).extensions.errors).toEqual([expect.objectContaining({ location: 'header', path: '/if-match' })]);
    }
  });
});
