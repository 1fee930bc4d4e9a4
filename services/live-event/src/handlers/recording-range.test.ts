import { describe, expect, it } from 'vitest';
import { parseRange } from './recording-handlers.js';

describe('Range parsing (one range, RFC 9110)', () => {
  it('reads first-last, first- and -suffix ranges, clamped to the file', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'range', start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ kind: 'range', start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ kind: 'range', start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'range', start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ kind: 'range', start: 990, end: 999 });
  });

  it('ignores malformed and multi-range headers, and refuses ranges past the end', () => {
    for (const header of [undefined, 'bytes=', 'bytes=a-b', 'items=0-1', 'bytes=0-1,4-5', 'bytes=5-1'])
      expect(parseRange(header, 1000)).toEqual({ kind: 'ignore' });
    expect(parseRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
  });
});
