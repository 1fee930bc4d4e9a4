import { describe, expect, it } from 'vitest';
import { EspeakSynthesizer } from '../src/local/espeak-synthesizer.js';
import { debianToolsAvailable, skippedUnless } from '../src/testing/engine-availability.js';

const available = debianToolsAvailable('espeak-ng', 'sox');

/** Root mean square of PCM s16le: speech is loud, silence or noise is not. */
function loudness(pcm: Buffer): number {
  let sum = 0;
  for (let offset = 0; offset + 1 < pcm.length; offset += 2) sum += pcm.readInt16LE(offset) ** 2;
  return Math.sqrt(sum / (pcm.length / 2));
}

describe.skipIf(!available)(`local synthesiser: espeak-ng + sox${skippedUnless(available, 'espeak-ng or sox')}`, () => {
  const synthesizer = new EspeakSynthesizer();

  it('speaks Spanish and English as PCM s16le at 16 kHz, longer text giving longer audio', async () => {
    const short = await synthesizer.synthesize('Hola.', 'es');
    const long = await synthesizer.synthesize('Buenos días a todos, bienvenidos a la conferencia de hoy.', 'es-ES');
    expect(short.length % 2).toBe(0);
    // About 3 to 6 seconds of speech at 16 kHz, 2 bytes a sample.
    expect(long.length / 32_000).toBeGreaterThan(2.5);
    expect(long.length / 32_000).toBeLessThan(8);
    expect(long.length).toBeGreaterThan(short.length * 3);
    expect(loudness(long)).toBeGreaterThan(500);
    expect((await synthesizer.synthesize('Good morning.', 'en-US')).length).toBeGreaterThan(16_000);
  });

  it('reads text starting with a dash as text, not as an option', async () => {
    const audio = await synthesizer.synthesize('-v xx --help', 'en');
    expect(audio.length).toBeGreaterThan(16_000);
  });

  it('lists the languages it has voices for and refuses the others', async () => {
    expect(synthesizer.languages()).toEqual(expect.arrayContaining(['ca', 'en', 'es', 'fr', 'it', 'pt', 'ro']));
    await expect(synthesizer.synthesize('Hello.', 'tlh')).rejects.toMatchObject({ code: 'unsupported_language' });
    await expect(synthesizer.probe()).resolves.toMatchObject({ engine: 'espeak-ng' });
  });

  it('stops on an aborted signal', async () => {
    const controller = new AbortController();
    const speaking = synthesizer.synthesize('This sentence will never be heard in full by anyone at all.', 'en', {
      signal: controller.signal,
    });
    controller.abort();
    await expect(speaking).rejects.toMatchObject({ code: 'engine_failed' });
  });
});

describe('local synthesiser: missing packages are named', () => {
  it('names espeak-ng when it is not on the PATH', async () => {
    const synthesizer = new EspeakSynthesizer({ path: '/nonexistent' });
    expect(synthesizer.languages()).toEqual([]);
    await expect(synthesizer.probe()).rejects.toMatchObject({
      code: 'engine_missing',
      message: expect.stringContaining('Debian package espeak-ng') as unknown,
    });
    await expect(synthesizer.synthesize('Hola.', 'es')).rejects.toMatchObject({ code: 'engine_missing' });
  });
});
