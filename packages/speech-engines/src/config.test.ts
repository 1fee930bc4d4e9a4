import { describe, expect, it } from 'vitest';
import { ConfigReader } from '@ilenia/kit';
import { readEngineConfig } from './config.js';

function read(environment: Record<string, string>) {
  const reader = new ConfigReader(environment);
  const config = readEngineConfig(reader);
  return { config, done: () => reader.done() };
}

describe('readEngineConfig', () => {
  it('defaults to the offline engines, with no HF settings needed', () => {
    const { config, done } = read({});
    expect(done).not.toThrow();
    expect(config).toMatchObject({ stt: 'local', mt: 'local', tts: 'local', hf: { asr: undefined, mt: undefined } });
    expect(config.local.vadPostspeechFrames).toBe(30);
    expect(config.local.endSilenceMs).toBe(150);
  });

  it('reads the energy end-of-utterance silence, 0 turning the detector off', () => {
    expect(read({ POCKETSPHINX_END_SILENCE_MS: '0' }).config.local.endSilenceMs).toBe(0);
    expect(read({ POCKETSPHINX_END_SILENCE_MS: '-5' }).done).toThrow(/POCKETSPHINX_END_SILENCE_MS/);
  });

  it('requires the URL and token of each HF endpoint chosen, naming each variable', () => {
    const { done } = read({ STT_ENGINE: 'hf', MT_ENGINE: 'hf' });
    expect(done).toThrow(/HF_ASR_URL is required[\s\S]*HF_ASR_TOKEN is required[\s\S]*HF_MT_URL is required[\s\S]*HF_MT_TOKEN is required/);
  });

  it('reads the HF endpoints, their languages and retry settings', () => {
    const { config, done } = read({
      STT_ENGINE: 'hf',
      HF_ASR_URL: 'https://asr.example.endpoints.huggingface.cloud',
      HF_ASR_TOKEN: 'hf_secret',
      HF_ASR_LANGUAGES: 'en, ES',
      HF_MAX_ATTEMPTS: '2',
    });
    expect(done).not.toThrow();
    expect(config.hf.asr).toMatchObject({
      token: 'hf_secret',
      tokenVariable: 'HF_ASR_TOKEN',
      languages: ['en', 'es'],
      maxAttempts: 2,
      timeoutMs: 15_000,
    });
    expect(config.hf.asr!.url.host).toBe('asr.example.endpoints.huggingface.cloud');
    expect(config.mt).toBe('local');
  });

  it('refuses unknown engines and a TTS engine that does not exist yet', () => {
    const { done } = read({ STT_ENGINE: 'whisper', TTS_ENGINE: 'hf', POCKETSPHINX_VAD_POSTSPEECH: '1' });
    expect(done).toThrow(
      /STT_ENGINE must be one of local, hf; got "whisper"[\s\S]*TTS_ENGINE must be one of local; got "hf"[\s\S]*POCKETSPHINX_VAD_POSTSPEECH must be an integer from 5/,
    );
  });
});
