import { access, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExecutable } from '../src/executables.js';
import { ApertiumTranslator } from '../src/local/apertium-translator.js';
import { debianToolsAvailable, skippedUnless } from '../src/testing/engine-availability.js';

const available = debianToolsAvailable('apertium', 'apertium-wblank-mode', 'lt-proc', '/usr/share/apertium/modes/eng-spa.mode');
const skipped = skippedUnless(available, 'apertium or apertium-eng-spa');
const debianModes = '/usr/share/apertium/modes';

function processGroupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

// Polls until the condition holds; the bound (30 s) only guards against a hang on a loaded machine.
async function until(condition: () => boolean, attempts = 3_000): Promise<void> {
  for (let attempt = 0; attempt < attempts && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe.skipIf(!available)(`local translator: kept-alive Apertium pipelines${skipped}`, () => {
  const translator = new ApertiumTranslator();
  afterAll(() => translator.close());

  it('translates English to Spanish as Apertium does, one utterance per request', async () => {
    await expect(translator.translate('Good morning, everybody.', 'en', 'es')).resolves.toBe('Buenos días, todo el mundo.');
    await expect(translator.translate('I have a black cat.', 'en-GB', 'es')).resolves.toBe('Tengo un gato negro.');
    await expect(translator.translate('Welcome to the conference', 'en', 'es-419')).resolves.toBe('Bienvenido a la conferencia');
    await expect(translator.translate('Tengo un gato negro.', 'es', 'en')).resolves.toBe('Have a black cat.');
  });

  it("round-trips Apertium's reserved characters instead of losing text or breaking the stream", async () => {
    await expect(translator.translate('Price [draft] is <10> dollars ^ok$ a/b @home {x} \\ back.', 'en', 'es')).resolves.toBe(
      'Precio [borrador] es <10> dólares ^vale$ un/b @casa {x} \\ atrás.',
    );
  });

  it('keeps answers paired with their requests under many concurrent requests', async () => {
    const sentences = Array.from({ length: 12 }, (_, index) => `I have ${index + 2} black cats and ${index + 30} white dogs.`);
    const expected = new Map<string, string>();
    for (const sentence of sentences) expected.set(sentence, await translator.translate(sentence, 'en', 'es'));
    expect(new Set(expected.values()).size).toBe(sentences.length);

    const requests = Array.from({ length: 240 }, (_, index) => sentences[(index * 7) % sentences.length]!);
    const answers = await Promise.all(requests.map((sentence) => translator.translate(sentence, 'en', 'es')));
    answers.forEach((answer, index) => expect(answer).toBe(expected.get(requests[index]!)));
  });

  it('answers the next requests after its pipeline process is killed, those in flight included', async () => {
    await translator.translate('Hello.', 'en', 'es');
    const mode = translator.route('en', 'es')![0]!;
    const pid = translator.pipeline(mode).pid!;
    const pending = Array.from({ length: 20 }, (_, index) => translator.translate(`I have ${index + 2} black cats.`, 'en', 'es'));
    process.kill(pid, 'SIGKILL');
    const answers = await Promise.all(pending);
    answers.forEach((answer, index) => expect(answer).toBe(`Tengo ${index + 2} gatos negros.`));
    await expect(translator.translate('I have a black cat.', 'en', 'es')).resolves.toBe('Tengo un gato negro.');
    expect(translator.pipeline(mode).pid).not.toBe(pid);
    // No stage of the dead pipeline is left running.
    await until(() => !processGroupAlive(pid));
  });

  it('refuses a pair it cannot serve, directly or through Spanish', async () => {
    expect(translator.supports('en', 'de')).toBe(false);
    await expect(translator.translate('Hello.', 'en', 'de')).rejects.toMatchObject({
      code: 'unsupported_language',
      message: expect.stringContaining('en-es') as unknown,
    });
    expect(translator.pairs()).toEqual(expect.arrayContaining(['en-es', 'es-en']));
  });

  it('probe() reports the installed pairs', async () => {
    await expect(translator.probe()).resolves.toMatchObject({
      engine: 'apertium',
      pairs: expect.arrayContaining(['en-es', 'es-en']) as unknown,
    });
  });
});

/**
 * Debian bookworm's CI image has only apertium-eng-spa, so the second leg of a pivot is a stand-in
 * mode (a real process speaking the same NUL-framed stream) beside the real eng-spa mode.
 */
describe.skipIf(!available)(`local translator: pivoting through Spanish, timeouts, missing packages${skipped}`, () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ilenia-apertium-'));
    await mkdir(join(scratch, 'modes'));
    await symlink(join(debianModes, 'eng-spa.mode'), join(scratch, 'modes', 'eng-spa.mode'));
    await writeFile(join(scratch, 'modes', 'spa-glg.mode'), "sed -u -z 's/gato/gato galego/g'\n");
    // Alive and silent: it never answers, not even the warm-up.
    await mkdir(join(scratch, 'stuck'));
    await writeFile(join(scratch, 'stuck', 'eng-cat.mode'), 'sed -u -z -n /never-matches/p\n');
    // Answers its warm-up, then never again: a stage that gets stuck on a sentence.
    await mkdir(join(scratch, 'stuck-later'));
    await writeFile(join(scratch, 'stuck-later', 'eng-cat.mode'), 'sed -u -z -n 1p\n');
    // Slow to start (a pair's dictionaries loading on a busy machine), then an echo.
    await mkdir(join(scratch, 'bin'));
    await writeFile(join(scratch, 'bin', 'slow-start'), '#!/bin/sh\nsleep 6\nexec cat\n', { mode: 0o755 });
    await mkdir(join(scratch, 'slow'));
    await writeFile(join(scratch, 'slow', 'eng-cat.mode'), 'slow-start\n');
    await mkdir(join(scratch, 'no-modes'));
    await mkdir(join(scratch, 'bin-without-lttoolbox'));
    for (const program of ['apertium-wblank-mode', 'bash', 'cat']) {
      await symlink(findExecutable(program)!, join(scratch, 'bin-without-lttoolbox', program));
    }
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('serves en→gl through es when only en→es and es→gl exist, running both legs', async () => {
    const translator = new ApertiumTranslator({ modesDir: join(scratch, 'modes') });
    try {
      expect(translator.supports('en', 'gl')).toBe(true);
      expect(translator.route('en', 'gl')!.map((mode) => mode.name)).toEqual(['eng-spa', 'spa-glg']);
      expect(translator.route('en', 'es')!.map((mode) => mode.name)).toEqual(['eng-spa']);
      expect(translator.supports('gl', 'en')).toBe(false);
      expect(translator.pairs()).toEqual(['en-es', 'en-gl', 'es-gl']);
      await expect(translator.translate('I have a black cat.', 'en', 'gl')).resolves.toBe('Tengo un gato galego negro.');
    } finally {
      await translator.close();
    }
  });

  it('fails a request that its pipeline does not answer in time with engine_timeout, and kills the stuck pipeline', async () => {
    const translator = new ApertiumTranslator({ modesDir: join(scratch, 'stuck-later'), timeoutMs: 300 });
    try {
      const pipeline = translator.pipeline(translator.route('en', 'ca')![0]!);
      await pipeline.ready();
      const pid = pipeline.pid!;
      await expect(translator.translate('Hello.', 'en', 'ca')).rejects.toMatchObject({ code: 'engine_timeout' });
      // Every stage dies with it; the next request starts another.
      await until(() => !processGroupAlive(pid));
    } finally {
      await translator.close();
    }
  });

  it('fails what waits for a pipeline that never answers its warm-up, and kills it', async () => {
    const translator = new ApertiumTranslator({ modesDir: join(scratch, 'stuck'), startupTimeoutMs: 300 });
    try {
      const translation = translator.translate('Hello.', 'en', 'ca');
      await expect(translation).rejects.toMatchObject({
        code: 'engine_timeout',
        message: expect.stringContaining('did not start') as unknown,
      });
      const stuck = translator.pipeline(translator.route('en', 'ca')![0]!);
      const pid = stuck.pid!;
      await until(() => stuck.pid === undefined && !processGroupAlive(pid));
    } finally {
      await translator.close();
    }
  });

  it("starts its shell without the user's ~/.bashrc, which bash would run for a socket on stdin", async () => {
    const home = join(scratch, 'home');
    await mkdir(home, { recursive: true });
    await writeFile(join(home, '.bashrc'), `touch ${join(home, 'bashrc-ran')}\n`);
    const saved = { HOME: process.env.HOME, SHLVL: process.env.SHLVL };
    // SHLVL=0, as in a service started by a process manager: bash then takes itself for a remote shell's.
    Object.assign(process.env, { HOME: home, SHLVL: '0' });
    const translator = new ApertiumTranslator({ modesDir: join(scratch, 'modes') });
    try {
      await expect(translator.translate('I have a black cat.', 'en', 'gl')).resolves.toBe('Tengo un gato galego negro.');
      await expect(access(join(home, 'bashrc-ran'))).rejects.toThrow();
    } finally {
      Object.assign(process.env, saved);
      await translator.close();
    }
  });

  it('does not count a slow start against the requests waiting for it', async () => {
    const translator = new ApertiumTranslator({
      modesDir: join(scratch, 'slow'),
      path: `${join(scratch, 'bin')}:${process.env.PATH}`,
      timeoutMs: 3_000,
    });
    try {
      // The process takes 6 s to start, twice a request's time (a time a loaded machine keeps for an echo): the request waits for it, then is answered.
      await expect(translator.translate('Hello there.', 'en', 'ca')).resolves.toBe('Hello there.');
    } finally {
      await translator.close();
    }
  });

  it('names apertium-eng-spa when no pair is installed', async () => {
    const translator = new ApertiumTranslator({ modesDir: join(scratch, 'no-modes') });
    await expect(translator.probe()).rejects.toMatchObject({
      code: 'engine_missing',
      message: expect.stringContaining('apertium-eng-spa') as unknown,
    });
    expect(translator.supports('en', 'es')).toBe(false);
  });

  it('names the package of a program missing from the pipeline (apertium, lttoolbox)', async () => {
    const noApertium = new ApertiumTranslator({ path: join(scratch, 'empty') });
    await expect(noApertium.translate('Hello.', 'en', 'es')).rejects.toMatchObject({
      code: 'engine_missing',
      message: expect.stringMatching(/apertium-wblank-mode.*Debian package apertium\b/) as unknown,
    });
    const noLttoolbox = new ApertiumTranslator({ path: join(scratch, 'bin-without-lttoolbox') });
    await expect(noLttoolbox.probe()).rejects.toMatchObject({
      code: 'engine_missing',
      message: expect.stringMatching(/lt-proc.*Debian package lttoolbox/) as unknown,
    });
  });
});
