import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './http-retry.js';
import { pcmToWav } from './wav.js';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Tue, 01 Dec 2026 07:00:05 GMT', Date.parse('Tue, 01 Dec 2026 07:00:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});

describe('pcmToWav', () => {
  it('wraps PCM in a 44-byte RIFF header describing s16le mono 16 kHz', () => {
    const wav = pcmToWav(Buffer.alloc(3200));
    expect(wav.length).toBe(3244);
    expect(wav.toString('ascii', 0, 4) + wav.toString('ascii', 8, 16) + wav.toString('ascii', 36, 40)).toBe('RIFFWAVEfmt data');
    expect([wav.readUInt32LE(4), wav.readUInt32LE(24), wav.readUInt32LE(28), wav.readUInt32LE(40)]).toEqual([3236, 16_000, 32_000, 3200]);
  });
});
