import { describe, expect, it } from 'vitest';
import { serverTextFrame } from './websocket-frame.js';

describe('serverTextFrame', () => {
  it('has a one-byte length up to 125 bytes', () => {
    const { frame, payload } = serverTextFrame('hello');
    expect([...frame.subarray(0, 2)]).toEqual([0x81, 5]);
    expect(payload.toString('utf8')).toBe('hello');
    expect(frame.byteLength).toBe(7);
  });

  it('counts UTF-8 bytes, not characters, and has a 16-bit length from 126 bytes', () => {
    // 100 characters, 200 bytes.
    const text = 'ñ'.repeat(100);
    const { frame, payload } = serverTextFrame(text);
    expect([...frame.subarray(0, 4)]).toEqual([0x81, 126, 0, 200]);
    expect(payload.toString('utf8')).toBe(text);
    expect(frame.byteLength).toBe(204);
  });

  it('has a 64-bit length from 65,536 bytes', () => {
    const text = 'a'.repeat(70_000);
    const { frame, payload } = serverTextFrame(text);
    expect([...frame.subarray(0, 10)]).toEqual([0x81, 127, 0, 0, 0, 0, 0, 0x01, 0x11, 0x70]);
    expect(payload.byteLength).toBe(70_000);
    expect(frame.byteLength).toBe(70_010);
  });

  it('gives the payload as a view into the frame, not a copy', () => {
    const { frame, payload } = serverTextFrame('shared');
    expect(payload.buffer).toBe(frame.buffer);
    expect(payload.byteOffset).toBe(frame.byteOffset + 2);
  });
});
