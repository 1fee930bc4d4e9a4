import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WavWriter, wavHeaderBytes } from './wav-writer.js';

async function scratchFile(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'wav-writer-')), 'nested', 'session.wav');
}

function pcm(bytes: number, value: number): Buffer {
  return Buffer.alloc(bytes, value);
}

describe('WAV recording', () => {
  it('writes a RIFF/WAVE file of 16 kHz mono 16-bit PCM whose header is fixed on close', async () => {
    const file = await scratchFile();
    const writer = await WavWriter.open(file);
    writer.append(pcm(640, 1));
    writer.append(pcm(320, 2));
    expect(await writer.close()).toBe(wavHeaderBytes + 960);
    const wav = await readFile(file);
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.subarray(8, 16).toString()).toBe('WAVEfmt ');
    expect([wav.readUInt16LE(20), wav.readUInt16LE(22), wav.readUInt32LE(24), wav.readUInt32LE(28), wav.readUInt16LE(34)]).toEqual([
      1, 1, 16000, 32000, 16,
    ]);
    expect(wav.readUInt32LE(4)).toBe(36 + 960);
    expect(wav.readUInt32LE(40)).toBe(960);
    expect(wav.subarray(44, 44 + 640).every((byte) => byte === 1)).toBe(true);
    expect(wav.subarray(44 + 640).every((byte) => byte === 2)).toBe(true);
  });

  it('keeps a playable file if the process dies: sizes are rewritten every second of audio', async () => {
    const file = await scratchFile();
    const writer = await WavWriter.open(file, { syncEveryBytes: 32_000 });
    writer.append(pcm(32_000, 3));
    writer.append(pcm(1_000, 4));
    // No close: as if the process had been killed once the writes reached the file.
    await expect.poll(async () => (await readFile(file)).length).toBe(wavHeaderBytes + 33_000);
    const wav = await readFile(file);
    expect(wav.readUInt32LE(40)).toBe(32_000);
  });

  it('continues an existing recording after a restart and repairs its header', async () => {
    const file = await scratchFile();
    const first = await WavWriter.open(file, { syncEveryBytes: 1_000_000 });
    first.append(pcm(2_000, 5));
    await expect.poll(async () => (await readFile(file)).length).toBe(wavHeaderBytes + 2_000);
    expect((await readFile(file)).readUInt32LE(40)).toBe(0);
    const second = await WavWriter.open(file);
    expect(second.bytesWritten).toBe(2_000);
    second.append(pcm(1_000, 6));
    await second.close();
    const wav = await readFile(file);
    expect(wav.readUInt32LE(40)).toBe(3_000);
    expect(wav.subarray(44 + 2_000).every((byte) => byte === 6)).toBe(true);
  });
});
