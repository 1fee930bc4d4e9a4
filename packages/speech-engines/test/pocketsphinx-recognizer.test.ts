import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PocketsphinxRecognizer } from '../src/local/pocketsphinx-recognizer.js';
import type { PocketsphinxStream } from '../src/local/pocketsphinx-stream.js';
import { EngineError } from '../src/types.js';
import { chunks, englishSpeech, roomNoise, silence } from '@ilenia/speech-engines/testing';
import { wordErrorRate } from '../src/testing/wer.js';
import { debianToolsAvailable, skippedUnless } from '../src/testing/engine-availability.js';
import { feed, record } from './recording.js';

const available = debianToolsAvailable(
  'gcc',
  'pkg-config',
  'flite',
  'sox',
  '/usr/include/pocketsphinx/pocketsphinx.h',
  '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
);
const skipped = skippedUnless(available, 'pocketsphinx, gcc, flite or sox');
const first = 'The weather is nice today and we are going to the park.';
const second = 'Please open the door for me.';

describe.skipIf(!available)(`local recogniser: pocketsphinx through the ps-stream helper${skipped}`, () => {
  const recognizer = new PocketsphinxRecognizer();
  afterAll(() => recognizer.close());

  it('streams partial hypotheses, then a final per sentence, within 25% WER, in 20 ms chunks', async () => {
    const stream = recognizer.openStream({ language: 'en-US' });
    const recording = record(stream);
    const audio = [silence(500), await englishSpeech(first), roomNoise(1500), await englishSpeech(second), silence(1500)];
    await feed(stream, chunks(Buffer.concat(audio)));
    await recording.until((r) => r.finals().length >= 2);
    await stream.close();

    const [firstFinal, secondFinal] = recording.finals();
    expect(wordErrorRate(first, firstFinal!.text)).toBeLessThanOrEqual(0.25);
    expect(wordErrorRate(second, secondFinal!.text)).toBeLessThanOrEqual(0.25);
    const firstFinalIndex = recording.events.findIndex((event) => event.type === 'result' && event.result.kind === 'final');
    expect(recording.partials().length).toBeGreaterThan(0);
    expect(recording.events.slice(0, firstFinalIndex).some((event) => event.type === 'result' && event.result.kind === 'partial')).toBe(
      true,
    );
    // Offsets are session time: the first sentence starts after the 500 ms of silence, the second after the first.
    expect(firstFinal!.startMs).toBeGreaterThanOrEqual(200);
    expect(firstFinal!.endMs).toBeGreaterThan(firstFinal!.startMs);
    expect(secondFinal!.startMs).toBeGreaterThanOrEqual(firstFinal!.endMs);
    expect(recording.gaps()).toEqual([]);
  });

  it('flush() turns the utterance in progress into a final', async () => {
    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    await feed(stream, chunks(await englishSpeech(second)));
    await stream.flush();
    expect(recording.finals()).toHaveLength(1);
    expect(wordErrorRate(second, recording.finals()[0]!.text)).toBeLessThanOrEqual(0.25);
    await stream.close();
  });

  it('reports the audio of a killed helper as a gap and recognises what comes after', async () => {
    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    const speech = await englishSpeech(first);
    const pieces = chunks(Buffer.concat([silence(300), speech]));
    const half = Math.floor(pieces.length / 2);
    await feed(stream, pieces.slice(0, half));
    await recording.until((r) => r.partials().length > 0);
    const pid = (stream as PocketsphinxStream).pid!;
    process.kill(pid, 'SIGKILL');
    await recording.until((r) => r.gaps().length > 0);
    await feed(stream, [...pieces.slice(half), ...chunks(Buffer.concat([silence(1000), await englishSpeech(second), silence(1200)]))]);
    await recording.until((r) => r.finals().some((final) => wordErrorRate(second, final.text) <= 0.25));
    await stream.close();

    const [gap] = recording.gaps();
    expect((stream as PocketsphinxStream).pid).not.toBe(pid);
    expect(gap!.reason).toMatch(/exited \(SIGKILL\)/);
    expect(gap!.startMs).toBeLessThanOrEqual(recording.partials()[0]!.startMs);
    expect(gap!.endMs).toBeGreaterThan(gap!.startMs);
    const finalsAfterGap = recording.finals().filter((final) => final.startMs >= gap!.endMs);
    expect(finalsAfterGap.length).toBeGreaterThan(0);
  });

  it('pushes back while the helper is stalled, kills it when it stops answering, and reports the gap', async () => {
    const impatient = new PocketsphinxRecognizer({ responseTimeoutMs: 1_000 });
    const stream = impatient.openStream({ language: 'en' });
    const recording = record(stream);
    let drained = 0;
    stream.on('drain', () => (drained += 1));
    await feed(stream, chunks(silence(200)));
    await stream.flush(); // the helper is up and answering
    const pid = (stream as PocketsphinxStream).pid!;
    process.kill(pid, 'SIGSTOP');
    const pieces = chunks(Buffer.concat([await englishSpeech(first), silence(3000), await englishSpeech(first)]));
    const accepted = pieces.map((piece) => stream.write(piece));
    // More than 5 s of audio is waiting for a helper that reads nothing: the stream says so.
    expect(accepted.indexOf(false)).toBeGreaterThan(0);
    await recording.until((r) => r.gaps().length > 0);
    expect(recording.gaps()[0]!.reason).toMatch(/stopped answering/);
    expect(drained).toBeGreaterThan(0);
    expect((stream as PocketsphinxStream).pid).not.toBe(pid);
    await feed(stream, chunks(Buffer.concat([silence(500), await englishSpeech(second), silence(1200)])));
    await recording.until((r) => r.finals().some((final) => wordErrorRate(second, final.text) <= 0.25));
    await stream.close();
    await impatient.close();
  });

  it('refuses a language it has no model for', () => {
    expect(() => recognizer.openStream({ language: 'es' })).toThrow(expect.objectContaining({ code: 'unsupported_language' }));
    expect(recognizer.languages()).toEqual(['en']);
  });

  it('probe() reports its languages', async () => {
    await expect(recognizer.probe()).resolves.toMatchObject({ engine: 'pocketsphinx', languages: ['en'] });
  });
});

describe('local recogniser: missing packages are named', () => {
  const scratch: string[] = [];
  afterAll(() => Promise.all(scratch.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('names pocketsphinx-en-us when the model is missing', async () => {
    const recognizer = new PocketsphinxRecognizer({ modelDir: '/nonexistent/pocketsphinx-model' });
    const error = await recognizer.probe().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'engine_missing', message: expect.stringContaining('pocketsphinx-en-us') as unknown });
  });

  it('names gcc when the helper must be built and no compiler is on the PATH, and the stream reports it', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'ilenia-ps-cache-'));
    scratch.push(cacheDir);
    const recognizer = new PocketsphinxRecognizer({ cacheDir, path: join(cacheDir, 'empty-bin') });
    const error = await recognizer.probe().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'engine_missing', message: expect.stringContaining('gcc') as unknown });

    const stream = recognizer.openStream({ language: 'en' });
    const recording = record(stream);
    stream.write(silence(100));
    await recording.until((r) => r.events.some((event) => event.type === 'error'));
    await stream.flush();
    expect(recording.events[0]).toMatchObject({ type: 'error', message: expect.stringContaining('gcc') as unknown });
    expect(recording.gaps()).toEqual([{ startMs: 0, endMs: 100, reason: expect.stringContaining('gcc') as unknown }]);
    await stream.close();
  });
});
