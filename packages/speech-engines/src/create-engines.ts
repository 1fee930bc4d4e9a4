import type { Logger } from 'pino';
import type { ReadinessProbe } from '@ilenia/kit';
import type { EngineConfig } from './config.js';
import type { ExecutableSearch } from './executables.js';
import { HfRecognizer } from './hf/hf-recognizer.js';
import { HfTranslator } from './hf/hf-translator.js';
import type { RetryNotice } from './hf/http-retry.js';
import { primaryLanguage } from './languages.js';
import { ApertiumTranslator } from './local/apertium-translator.js';
import { EspeakSynthesizer } from './local/espeak-synthesizer.js';
import { PocketsphinxRecognizer } from './local/pocketsphinx-recognizer.js';
import { EngineError, type EngineCapabilities, type SpeechRecognizer, type SpeechSynthesizer, type Translator } from './types.js';

/** The three engines the service runs with, chosen by configuration. */
export interface Engines {
  recognizer: SpeechRecognizer;
  translator: Translator;
  synthesizer: SpeechSynthesizer;
  /** `/ready` checks (`stt`, `mt`, `tts`): each reports its engine's capabilities, or what is missing. */
  readinessProbes(): Record<'stt' | 'mt' | 'tts', ReadinessProbe>;
  /**
   * Probes every engine once, for `main.ts` to call before it listens: the recogniser's helper is
   * compiled then (≈ 1 s the first time), not during the first `/ready` or the first talk. Never
   * rejects: each engine's capabilities or the error that says what is missing.
   */
  prepare(): Promise<Record<'stt' | 'mt' | 'tts', EngineCapabilities | EngineError>>;
  close(): Promise<void>;
}

export interface CreateEnginesOptions extends ExecutableSearch {
  /** Restarts and retries are logged here (never a token: notices carry host and path only). */
  logger?: Logger;
}

/** Builds the engines `config` names. Nothing starts yet: processes start with the first stream or request. */
export function createEngines(config: EngineConfig, options: CreateEnginesOptions = {}): Engines {
  const logger = options.logger;
  const onRestart = (engine: string) => (reason: string) => logger?.warn({ engine, reason }, 'engine process restarted');
  const onRetry = (engine: string) => (notice: RetryNotice) =>
    logger?.warn(
      { engine, attempt: notice.attempt, status: notice.status, delay_ms: notice.delayMs, reason: notice.reason },
      'engine request retried',
    );

  const recognizer: SpeechRecognizer =
    config.stt === 'hf' && config.hf.asr
      ? new HfRecognizer({
          endpoint: config.hf.asr,
          languages: config.hf.asr.languages,
          partialIntervalMs: config.hf.asr.partialIntervalMs,
          onRetry: onRetry('hf-asr'),
        })
      : new PocketsphinxRecognizer({
          modelDir: config.local.pocketsphinxModelDir,
          vadPostspeechFrames: config.local.vadPostspeechFrames,
          endSilenceMs: config.local.endSilenceMs,
          path: options.path,
          onRestart: onRestart('pocketsphinx'),
        });
  const translator: Translator =
    config.mt === 'hf' && config.hf.mt
      ? new HfTranslator({
          endpoint: config.hf.mt,
          model: config.hf.mt.model,
          languages: config.hf.mt.languages,
          onRetry: onRetry('hf-mt'),
        })
      : new ApertiumTranslator({
          modesDir: config.local.apertiumModesDir,
          timeoutMs: config.local.translationTimeoutMs,
          path: options.path,
          onRestart: onRestart('apertium'),
        });
  const synthesizer: SpeechSynthesizer = new EspeakSynthesizer({ path: options.path });

  return {
    recognizer,
    translator,
    synthesizer,
    readinessProbes: () => ({ stt: readiness(recognizer), mt: readiness(translator), tts: readiness(synthesizer) }),
    prepare: async () => {
      const settle = (engine: { probe(): Promise<EngineCapabilities> }) =>
        engine
          .probe()
          .catch((error: unknown) =>
            error instanceof EngineError ? error : new EngineError('engine_failed', String(error), { cause: error }),
          );
      const [stt, mt, tts] = await Promise.all([settle(recognizer), settle(translator), settle(synthesizer)]);
      return { stt, mt, tts };
    },
    close: async () => {
      await Promise.all([recognizer.close(), translator.close(), synthesizer.close()]);
    },
  };
}

/** An engine's probe in the shape `/ready` reports (`detail`, and the capabilities under `info`). */
function readiness(engine: { probe(): Promise<EngineCapabilities> }): ReadinessProbe {
  return async () => {
    const capabilities = await engine.probe();
    return {
      detail: capabilities.detail,
      info: {
        engine: capabilities.engine,
        ...(capabilities.languages ? { languages: capabilities.languages } : {}),
        ...(capabilities.pairs ? { pairs: capabilities.pairs } : {}),
      },
    };
  };
}

/** A language of a channel that the configured engines cannot serve, and why. */
export interface UnservedLanguage {
  language: string;
  /** `recognition` for the spoken language, `translation` for a subtitle language, `synthesis` for a dubbed one. */
  need: 'recognition' | 'translation' | 'synthesis';
  reason: string;
}

/**
 * What a channel (spoken `source`, subtitle `targets`) would need that the engines cannot serve:
 * empty when the channel can go live. Checked when a channel is admitted, so that a language is
 * refused before the talk rather than discovered in the middle of it. With `synthesis`, each
 * target must also have a voice (the LiveKit mode speaks translations).
 */
export function checkChannelLanguages(
  engines: Pick<Engines, 'recognizer' | 'translator' | 'synthesizer'>,
  source: string,
  targets: readonly string[],
  options: { synthesis?: boolean } = {},
): UnservedLanguage[] {
  const unserved: UnservedLanguage[] = [];
  const spoken = primaryLanguage(source);
  if (!engines.recognizer.languages().includes(spoken)) {
    unserved.push({
      language: source,
      need: 'recognition',
      reason: `${engines.recognizer.name} cannot recognise ${source} (it recognises ${engines.recognizer.languages().join(', ') || 'nothing'}).`,
    });
  }
  for (const target of new Set(targets)) {
    if (!engines.translator.supports(source, target)) {
      unserved.push({
        language: target,
        need: 'translation',
        reason: `${engines.translator.name} cannot translate ${source} to ${target}.`,
      });
    }
    if (options.synthesis && !engines.synthesizer.languages().includes(primaryLanguage(target))) {
      unserved.push({ language: target, need: 'synthesis', reason: `${engines.synthesizer.name} has no voice for ${target}.` });
    }
  }
  return unserved;
}
