import { pino, type Logger } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { healthHandlers } from '@ilenia/kit';
import { checkChannelLanguages, createEngines, readEngineConfig, type Engines } from '../src/index.js';
import { debianToolsAvailable, skippedUnless } from '../src/testing/engine-availability.js';
import { FakeHfServer } from './fake-hf-server.js';

const available = debianToolsAvailable(
  'apertium-wblank-mode',
  'espeak-ng',
  'sox',
  'gcc',
  'pkg-config',
  '/usr/share/apertium/modes/eng-spa.mode',
  '/usr/include/pocketsphinx/pocketsphinx.h',
  '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
);
const configFrom = (environment: Record<string, string>) => readEngineConfig(new ConfigReader(environment));
const context = {} as Parameters<ReturnType<typeof healthHandlers>['getReadiness']>[1];
const opened: Engines[] = [];
afterAll(() => Promise.all(opened.map((engines) => engines.close())));

function engines(environment: Record<string, string>, options: { path?: string; logger?: Logger } = {}): Engines {
  const created = createEngines(configFrom(environment), options);
  opened.push(created);
  return created;
}

describe.skipIf(!available)(
  `engine selection with the offline engines${skippedUnless(available, 'apertium, espeak-ng, sox or gcc')}`,
  () => {
    it('reports each engine and its capabilities in /ready', async () => {
      const local = engines({});
      const { body, status } = await healthHandlers({ name: 'live-event' }, local.readinessProbes(), 10_000).getReadiness(
        undefined,
        context,
      );
      expect(status).toBe(200);
      const checks = (body as { checks: Record<string, unknown> }).checks;
      expect(checks.stt).toMatchObject({ status: 'up', info: { engine: 'pocketsphinx', languages: ['en'] } });
      expect(checks.mt).toMatchObject({ status: 'up', info: { engine: 'apertium', pairs: expect.arrayContaining(['en-es']) as unknown } });
      expect(checks.tts).toMatchObject({
        status: 'up',
        info: { engine: 'espeak-ng', languages: expect.arrayContaining(['es']) as unknown },
      });
    });

    it('refuses a channel whose languages the engines cannot serve, before the talk', () => {
      const local = engines({});
      expect(checkChannelLanguages(local, 'en-US', ['es', 'en'])).toEqual([]);
      expect(checkChannelLanguages(local, 'en', ['es', 'de'])).toEqual([
        { language: 'de', need: 'translation', reason: expect.stringContaining('en to de') as unknown },
      ]);
      expect(checkChannelLanguages(local, 'es', ['en'])).toEqual([
        { language: 'es', need: 'recognition', reason: expect.stringContaining('recognises en') as unknown },
      ]);
      expect(
        checkChannelLanguages(local, 'en', ['es', 'xx'], { synthesis: true }).map((unserved) => `${unserved.need}:${unserved.language}`),
      ).toEqual(['translation:xx', 'synthesis:xx']);
    });

    it('prepare() probes every engine once and says what is missing without rejecting', async () => {
      const prepared = await engines({}, { path: '/nonexistent' }).prepare();
      expect(prepared.mt).toMatchObject({ code: 'engine_missing', message: expect.stringContaining('apertium') as unknown });
      expect(prepared.tts).toMatchObject({ code: 'engine_missing', message: expect.stringContaining('espeak-ng') as unknown });
      expect((await engines({}).prepare()).stt).toMatchObject({ engine: 'pocketsphinx', languages: ['en'] });
    });

    it('refuses every channel once the recogniser found its model missing, rather than failing mid-talk', async () => {
      const withoutModel = engines({ POCKETSPHINX_MODEL_DIR: '/nonexistent/en-us' });
      expect(checkChannelLanguages(withoutModel, 'en', ['es'])).toEqual([]);
      expect((await withoutModel.prepare()).stt).toMatchObject({
        code: 'engine_missing',
        message: expect.stringContaining('pocketsphinx-en-us') as unknown,
      });
      expect(checkChannelLanguages(withoutModel, 'en', ['es'])).toEqual([
        { language: 'en', need: 'recognition', reason: expect.stringContaining('recognises nothing') as unknown },
      ]);
    });

    it('/ready names the missing Debian packages when the programs are not on the PATH', async () => {
      const missing = engines({}, { path: '/nonexistent' });
      const { body, status } = await healthHandlers({ name: 'live-event' }, missing.readinessProbes(), 10_000).getReadiness(
        undefined,
        context,
      );
      expect(status).toBe(503);
      const checks = (body as { checks: Record<string, unknown> }).checks;
      expect(checks.mt).toMatchObject({ status: 'down', detail: expect.stringContaining('Debian package apertium') as unknown });
      expect(checks.tts).toMatchObject({ status: 'down', detail: expect.stringContaining('Debian package espeak-ng') as unknown });
    });
  },
);

describe('engine selection with the HF endpoints', () => {
  const environment = {
    STT_ENGINE: 'hf',
    MT_ENGINE: 'hf',
    HF_ASR_URL: 'https://asr.example.endpoints.huggingface.cloud',
    HF_ASR_TOKEN: 'hf_asr_secret',
    HF_MT_URL: 'https://mt.example.endpoints.huggingface.cloud/v1',
    HF_MT_TOKEN: 'hf_mt_secret',
    HF_ASR_LANGUAGES: 'en,es',
    HF_MT_LANGUAGES: 'en,es,fr',
  };

  it('chooses the HF engines, whose probes report the configuration without the tokens', async () => {
    const hf = engines(environment);
    expect([hf.recognizer.name, hf.translator.name]).toEqual(['hf-asr', 'hf-mt']);
    const probes = hf.readinessProbes();
    const stt = await probes.stt();
    const mt = await probes.mt();
    expect(stt).toMatchObject({ info: { engine: 'hf-asr', languages: ['en', 'es'] } });
    expect(mt).toMatchObject({ info: { engine: 'hf-mt', pairs: expect.arrayContaining(['es-fr']) as unknown } });
    expect(JSON.stringify([stt, mt])).not.toMatch(/hf_(asr|mt)_secret/);
  });

  it('logs retries of an endpoint without its token', async () => {
    const server = new FakeHfServer();
    const url = await server.start();
    try {
      server.answer = (_request, index) =>
        index === 0
          ? { status: 503, json: { error: 'Model is currently loading', estimated_time: 0.01 } }
          : { status: 200, json: { choices: [{ message: { content: 'Hola.' } }] } };
      const lines: string[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
      const hf = engines({ ...environment, HF_MT_URL: `${url}/v1` }, { logger });
      await expect(hf.translator.translate('Hello.', 'en', 'es')).resolves.toBe('Hola.');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({
        level: 40,
        engine: 'hf-mt',
        attempt: 1,
        status: 503,
        delay_ms: 10,
        msg: 'engine request retried',
      });
      expect(lines.join('')).not.toContain('hf_mt_secret');
      expect(server.requests[0]!.headers.authorization).toBe('Bearer hf_mt_secret');
    } finally {
      await server.stop();
    }
  });

  it('checks channels against the configured languages', () => {
    const hf = engines(environment);
    expect(checkChannelLanguages(hf, 'es', ['en', 'fr'])).toEqual([]);
    expect(checkChannelLanguages(hf, 'fr', ['de']).map((unserved) => `${unserved.need}:${unserved.language}`)).toEqual([
      'recognition:fr',
      'translation:de',
    ]);
  });
});
