/**
 * English test speech for the live-event tests: `flite -voice slt` (pocketsphinx recognises it at
 * ≈ 8% WER; espeak-ng voices at ≈ 90%, so never use those for ASR tests) resampled by `sox` to raw
 * PCM s16le 16 kHz mono. Each text is synthesised once and cached in `.tmp/speech/` under a hash of
 * the voice and text, so later runs and other test files read it back in microseconds.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cacheDir = fileURLToPath(new URL('../../../../.tmp/speech/', import.meta.url));

/** Samples per millisecond of the fixtures' audio (16 kHz). */
const samplesPerMs = 16;
/** Bytes per 20 ms chunk, the size a browser microphone typically sends. */
const bytesPer20Ms = 640;

/** Whether flite and sox are installed (outside CI, tests that need them skip and say so). */
export function speechToolsAvailable(): boolean {
  return ['/usr/bin/flite', '/usr/bin/sox'].every((tool) => existsSync(tool)) || (commandOnPath('flite') && commandOnPath('sox'));
}

function commandOnPath(name: string): boolean {
  return (process.env.PATH ?? '').split(':').some((folder) => folder && existsSync(join(folder, name)));
}

/** English speech for `text` as raw PCM s16le 16 kHz mono (cached). */
export async function englishSpeech(text: string, options: { voice?: string } = {}): Promise<Buffer> {
  const voice = options.voice ?? 'slt';
  const hash = createHash('sha256').update(`${voice}\n${text}`).digest('hex').slice(0, 20);
  const file = join(cacheDir, `${hash}.raw`);
  try {
    return await readFile(file);
  } catch {
    // not cached yet
  }
  await mkdir(cacheDir, { recursive: true });
  const scratch = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    await run('flite', ['-voice', voice, '-t', text, '-o', `${scratch}.wav`]);
    await run('sox', [`${scratch}.wav`, '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', scratch]);
    await rename(scratch, file);
  } finally {
    await rm(`${scratch}.wav`, { force: true });
    await rm(scratch, { force: true });
  }
  return readFile(file);
}

/** `milliseconds` of digital silence (all-zero samples, like a muted microphone). */
export function silence(milliseconds: number): Buffer {
  return Buffer.alloc(milliseconds * samplesPerMs * 2);
}

/** Quiet background noise (about -50 dBFS), deterministic, like a room between sentences. */
export function roomNoise(milliseconds: number, seed = 1): Buffer {
  const samples = milliseconds * samplesPerMs;
  const buffer = Buffer.alloc(samples * 2);
  let state = seed;
  for (let i = 0; i < samples; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    buffer.writeInt16LE(((state >> 16) % 21) - 10, i * 2);
  }
  return buffer;
}

/** Splits PCM into chunks of `bytes` (20 ms by default), the way a client streams it. */
export function chunks(pcm: Buffer, bytes = bytesPer20Ms): Buffer[] {
  const result: Buffer[] = [];
  for (let offset = 0; offset < pcm.length; offset += bytes) result.push(pcm.subarray(offset, offset + bytes));
  return result;
}

/** Where speech ends in `pcm`, in milliseconds: the last sample louder than `threshold`. */
export function speechEndMs(pcm: Buffer, threshold = 200): number {
  for (let index = pcm.length / 2 - 1; index >= 0; index--) {
    if (Math.abs(pcm.readInt16LE(index * 2)) > threshold) return (index + 1) / samplesPerMs;
  }
  return 0;
}
