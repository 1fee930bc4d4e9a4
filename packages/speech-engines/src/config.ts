import type { ConfigReader } from '@ilenia/kit';
import type { HfEndpoint } from './hf/http-retry.js';
import { defaultModesDir } from './local/apertium-modes.js';
import { defaultModelDir } from './local/pocketsphinx-helper.js';
import { defaultEndSilenceMs } from './local/pocketsphinx-recognizer.js';

/** Languages an HF endpoint is assumed to serve unless `HF_ASR_LANGUAGES`/`HF_MT_LANGUAGES` say otherwise. */
const defaultHfLanguages = ['en', 'es', 'ca', 'fr', 'pt', 'gl', 'it', 'ro', 'de'];

/** Which engines serve speech recognition, translation and synthesis, and how. */
export interface EngineConfig {
  stt: 'local' | 'hf';
  mt: 'local' | 'hf';
  /** Speech synthesis (the LiveKit mode's translated audio): only the offline engine exists so far. */
  tts: 'local';
  local: {
    pocketsphinxModelDir: string;
    vadPostspeechFrames: number;
    /** The energy end-of-utterance detector's silence (0: off). */
    endSilenceMs: number;
    apertiumModesDir: string;
    translationTimeoutMs: number;
  };
  hf: {
    asr?: HfEndpoint & { languages: string[]; partialIntervalMs: number };
    mt?: HfEndpoint & { languages: string[]; model: string };
  };
}

/**
 * Reads the engine variables with the service's reader (problems are reported with the others when
 * the service calls `reader.done()`):
 *
 * | variable | default | meaning |
 * | --- | --- | --- |
 * | `STT_ENGINE`, `MT_ENGINE` | `local` | `local` (pocketsphinx, Apertium) or `hf` (HuggingFace endpoints) |
 * | `TTS_ENGINE` | `local` | `local` (espeak-ng) |
 * | `POCKETSPHINX_MODEL_DIR` | Debian's en-us model | |
 * | `POCKETSPHINX_VAD_POSTSPEECH` | `30` | frames (10 ms) of silence that end an utterance |
 * | `POCKETSPHINX_END_SILENCE_MS` | `150` | ms quieter than 4x the noise floor that end an utterance sooner (`0`: off) |
 * | `APERTIUM_MODES_DIR` | `/usr/share/apertium/modes` | |
 * | `APERTIUM_TIMEOUT_MS` | `5000` | per translation, from when it is written to a started pipeline |
 * | `HF_ASR_URL`, `HF_ASR_TOKEN` | required with `STT_ENGINE=hf` | the ASR endpoint and its token |
 * | `HF_MT_URL`, `HF_MT_TOKEN` | required with `MT_ENGINE=hf` | the OpenAI-compatible base URL (`.../v1`) and its token |
 * | `HF_MT_MODEL` | `tgi` | the `model` of chat completions |
 * | `HF_ASR_LANGUAGES`, `HF_MT_LANGUAGES` | `en,es,ca,fr,pt,gl,it,ro,de` | what the deployed models serve |
 * | `HF_TIMEOUT_MS` | `15000` | per attempt |
 * | `HF_MAX_ATTEMPTS` | `4` | attempts in all on 429/503/timeouts |
 * | `HF_ASR_PARTIAL_INTERVAL_MS` | `1500` | re-decode the utterance in progress this often (`0`: no partials) |
 */
export function readEngineConfig(reader: ConfigReader): EngineConfig {
  const stt = reader.oneOf('STT_ENGINE', ['local', 'hf'], { default: 'local' });
  const mt = reader.oneOf('MT_ENGINE', ['local', 'hf'], { default: 'local' });
  const tts = reader.oneOf('TTS_ENGINE', ['local'], { default: 'local' });
  const retries = {
    timeoutMs: reader.integer('HF_TIMEOUT_MS', { default: 15_000, min: 100 }),
    maxAttempts: reader.integer('HF_MAX_ATTEMPTS', { default: 4, min: 1, max: 10 }),
    baseDelayMs: 500,
    maxDelayMs: 30_000,
  };
  return {
    stt,
    mt,
    tts,
    local: {
      pocketsphinxModelDir: reader.string('POCKETSPHINX_MODEL_DIR', { default: defaultModelDir }),
      vadPostspeechFrames: reader.integer('POCKETSPHINX_VAD_POSTSPEECH', { default: 30, min: 5, max: 200 }),
      endSilenceMs: reader.integer('POCKETSPHINX_END_SILENCE_MS', { default: defaultEndSilenceMs, min: 0, max: 5_000 }),
      apertiumModesDir: reader.string('APERTIUM_MODES_DIR', { default: defaultModesDir }),
      translationTimeoutMs: reader.integer('APERTIUM_TIMEOUT_MS', { default: 5_000, min: 100 }),
    },
    hf: {
      asr:
        stt === 'hf'
          ? {
              url: reader.url('HF_ASR_URL', { protocols: ['https:', 'http:'] }),
              token: reader.string('HF_ASR_TOKEN'),
              tokenVariable: 'HF_ASR_TOKEN',
              languages: reader.list('HF_ASR_LANGUAGES', { default: defaultHfLanguages }).map((tag) => tag.toLowerCase()),
              partialIntervalMs: reader.integer('HF_ASR_PARTIAL_INTERVAL_MS', { default: 1_500, min: 0 }),
              ...retries,
            }
          : undefined,
      mt:
        mt === 'hf'
          ? {
              url: reader.url('HF_MT_URL', { protocols: ['https:', 'http:'] }),
              token: reader.string('HF_MT_TOKEN'),
              tokenVariable: 'HF_MT_TOKEN',
              model: reader.string('HF_MT_MODEL', { default: 'tgi' }),
              languages: reader.list('HF_MT_LANGUAGES', { default: defaultHfLanguages }).map((tag) => tag.toLowerCase()),
              ...retries,
            }
          : undefined,
    },
  };
}
